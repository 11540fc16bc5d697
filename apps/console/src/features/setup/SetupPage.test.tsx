import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { VerifyDeviceDocument } from "../verify-device/VerifyDeviceForm";
import { DeferMfaSetupDocument } from "./RemindLater";
import { DiscardPendingDeviceDocument, SetupKindsDocument, SetupPage } from "./SetupPage";
import { EnrollTotpDocument, secretGroups } from "./TotpSetup";

afterEach(cleanup);

const QR = "data:image/png;base64,iVBORw0KGgo=";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

const enrollRequest = { query: EnrollTotpDocument, variables: { input: { name: "Work phone" } } };
const enrolled: MockLink.MockedResponse = {
  request: enrollRequest,
  result: {
    data: {
      enrollTotp: {
        __typename: "EnrollTotpPayload",
        device: { __typename: "Device", id: "d9", kind: "TOTP", name: "Work phone", verified: false },
        secret: SECRET,
        qrCodeDataUrl: QR,
      },
    },
  },
};

/** The removal of the pending "d9", counting how often it is asked for. */
function discardOfD9() {
  const discard = {
    calls: 0,
    mock: {
      request: { query: DiscardPendingDeviceDocument, variables: { deviceId: "d9" } },
      result: () => {
        discard.calls++;
        return { data: { discardPendingDevice: { __typename: "DiscardPendingDevicePayload", deviceId: "d9" } } };
      },
    } as MockLink.MockedResponse,
  };
  return discard;
}

function verify(code: string, result: MockLink.MockedResponse["result"], makeDefault = false): MockLink.MockedResponse {
  return { request: { query: VerifyDeviceDocument, variables: { input: { deviceId: "d9", code, makeDefault } } }, result };
}

const verified = {
  data: {
    verifyDevice: {
      __typename: "VerifyDevicePayload",
      device: { __typename: "Device", id: "d9", verified: true, isDefault: true, lastUsedAt: "2026-03-03T10:00:00Z" },
    },
  },
};

function nameAndContinue() {
  fireEvent.change(screen.getByLabelText("Device name"), { target: { value: "Work phone" } });
  fireEvent.click(screen.getByRole("button", { name: "Continue" }));
}

describe("the setup wizard", () => {
  it("offers both methods", () => {
    renderWithProviders(<SetupPage forced />, { path: "/setup", session: { status: "setup", user: null, enforceFrom: null } });
    expect(screen.getByRole("heading", { level: 1, name: "Choose your multi-factor authentication method" })).toBeTruthy();
    expect(screen.getByText(/Your administrator requires multi-factor authentication/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Use an authenticator" }));
    expect(window.location.pathname).toBe("/setup/authenticator");
    expect(screen.getByRole("button", { name: "Use a phone" })).toBeTruthy();
  });

  it("under a phishing-resistant policy offers only a passkey or security key, with no other method to go back to", () => {
    renderWithProviders(<SetupPage forced acceptedKinds={["WEBAUTHN"]} />, { path: "/setup", session: { status: "setup", user: null, enforceFrom: null, acceptedKinds: ["WEBAUTHN"] } });
    expect(screen.getByText("Your administrator requires a passkey or security key: they cannot be phished.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Use an authenticator" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Use a phone" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Add a passkey or security key" }));
    expect(window.location.pathname).toBe("/setup/passkey");
    cleanup();
    renderWithProviders(<SetupPage forced method="passkey" acceptedKinds={["WEBAUTHN"]} />, { path: "/setup/passkey", session: { status: "setup", user: null, enforceFrom: null, acceptedKinds: ["WEBAUTHN"] } });
    expect(screen.getByRole("heading", { level: 1, name: "Add a passkey or security key" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Choose another method" })).toBeNull();
  });

  it("a signed-in user's wizard offers what their policy accepts, the passkey first", async () => {
    renderWithProviders(<SetupPage forced={false} />, {
      path: "/setup",
      mocks: [{ request: { query: SetupKindsDocument }, result: { data: { me: { __typename: "Viewer", id: "u1", security: { __typename: "Security", acceptedKinds: ["WEBAUTHN", "TOTP"] } } } } }],
    });
    await expect.poll(() => screen.queryByRole("button", { name: "Use a phone" })).toBeNull();
    const buttons = screen.getAllByRole("button").map((b) => b.textContent);
    expect(buttons).toEqual(["Add a passkey or security key", "Use an authenticator"]);
  });

  it("before the Force-On's deadline, offers “Remind me later”, which signs in without MFA for now", async () => {
    const deadline = "2027-01-15T00:00:00.000Z";
    const deferred: MockLink.MockedResponse = {
      request: { query: DeferMfaSetupDocument },
      result: { data: { deferMfaSetup: { __typename: "DeferMfaSetupPayload", enforceFrom: deadline, remindAfter: "2026-12-02T12:00:00.000Z" } } },
    };
    const { session } = renderWithProviders(<SetupPage forced enforceFrom={deadline} />, {
      path: "/setup",
      session: { status: "setup", user: null, enforceFrom: deadline },
      mocks: [deferred],
    });
    expect(screen.getByText(/requires multi-factor authentication from/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remind me later" }));
    await expect.poll(() => window.location.pathname).toBe("/security");
    expect(session.refresh).toHaveBeenCalled();
  });

  it("without a deadline there is nothing to put off", () => {
    renderWithProviders(<SetupPage forced />, { path: "/setup", session: { status: "setup", user: null, enforceFrom: null } });
    expect(screen.queryByRole("button", { name: "Remind me later" })).toBeNull();
  });

  it("sets up an authenticator: QR code, grouped secret, then a code from the app", async () => {
    const { session } = renderWithProviders(<SetupPage forced method="authenticator" />, {
      path: "/setup/authenticator",
      session: { status: "setup", user: null, enforceFrom: null },
      mocks: [enrolled, verify("000000", graphQLError("The code is not valid. Check it and try again.", "INVALID_PASSCODE")), verify("123456", verified)],
    });
    nameAndContinue();

    const qr = await screen.findByRole("img", { name: "QR code for your authenticator app" });
    expect(qr.getAttribute("src")).toBe(QR);
    const secret = screen.getByTestId("totp-secret");
    expect(secret.textContent).toBe(SECRET);
    expect([...secret.children].map((group) => group.textContent)).toEqual(secretGroups(SECRET));
    expect(secretGroups(SECRET)[0]).toBe("JBSW");
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    // A forced setup has no other device to keep as the default.
    expect(screen.queryByRole("checkbox", { name: "Make this my default method" })).toBeNull();

    fireEvent.change(screen.getByLabelText("Code"), { target: { value: "000000" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect(await screen.findByText("The code is not valid. Check it and try again.")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await expect.poll(() => window.location.pathname).toBe("/security");
    // The setup-only session became a full one: the console asks the service again.
    expect(session.refresh).toHaveBeenCalled();
  });

  it("asks a user without a device for the password again when the service wants a recent proof, then carries on", async () => {
    renderWithProviders(<SetupPage forced={false} method="authenticator" />, {
      path: "/setup/authenticator",
      mocks: [
        { request: enrollRequest, result: graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED") },
        reauthFactors([]),
        stepUp({ password: "pw" }),
        enrolled,
      ],
    });
    nameAndContinue();

    const dialog = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.change(await within(dialog).findByLabelText("Password"), { target: { value: "pw" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByTestId("totp-secret")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("checkbox", { name: "Make this my default method" })).toBeTruthy();
  });
  it.each([
    [true, "keeps"],
    [false, "clears"],
  ])("makes a new authenticator the default unless the user clears the box (%s: %s it)", async (makeDefault) => {
    renderWithProviders(<SetupPage forced={false} method="authenticator" />, {
      path: "/setup/authenticator",
      mocks: [enrolled, verify("123456", verified, makeDefault)],
    });
    nameAndContinue();
    const box = await screen.findByRole<HTMLInputElement>("checkbox", { name: "Make this my default method" });
    expect(box.checked).toBe(true);
    if (!makeDefault) fireEvent.click(box);
    fireEvent.change(screen.getByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    await expect.poll(() => window.location.pathname).toBe("/security");
  });
  it("removes the pending authenticator it created when the user cancels, and goes back", async () => {
    const discard = discardOfD9();
    renderWithProviders(<SetupPage forced={false} method="authenticator" />, {
      path: "/setup/authenticator",
      mocks: [
        enrolled,
        discard.mock,
      ],
    });
    nameAndContinue();
    expect(await screen.findByText("Scan the QR code")).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Cancel and go back to Security" }));
    await expect.poll(() => window.location.pathname).toBe("/security");
    expect(discard.calls).toBe(1);
  });

  it("removes the pending device on “Choose another method” in a forced setup, and nothing when none was created", async () => {
    const discard = discardOfD9();
    renderWithProviders(<SetupPage forced method="authenticator" />, {
      path: "/setup/authenticator",
      session: { status: "setup", user: null, enforceFrom: null },
      mocks: [
        enrolled,
        discard.mock,
      ],
    });
    nameAndContinue();
    expect(await screen.findByText("Scan the QR code")).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Choose another method" }));
    await expect.poll(() => window.location.pathname).toBe("/setup");
    expect(discard.calls).toBe(1);
  });

  it("keeps the user on the step and says why when the pending device cannot be removed", async () => {
    renderWithProviders(<SetupPage forced={false} method="authenticator" />, {
      path: "/setup/authenticator",
      mocks: [enrolled, { request: { query: DiscardPendingDeviceDocument, variables: { deviceId: "d9" } }, error: new TypeError("Failed to fetch") }],
    });
    nameAndContinue();
    expect(await screen.findByText("Scan the QR code")).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Cancel and go back to Security" }));
    expect(await screen.findByText("We could not reach the service. Check your connection and try again.")).toBeTruthy();
    expect(window.location.pathname).toBe("/setup/authenticator");
  });
});
