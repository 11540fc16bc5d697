import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createdCredential, notAllowed, REGISTRATION_OPTIONS, restoreCredentials, stubCredentials } from "../../test/credentials-stub";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { FinishPasskeyDocument, ForgetPendingPasskeyDocument, PasskeySetup, StartPasskeyDocument } from "./PasskeySetup";

afterEach(() => {
  cleanup();
  restoreCredentials();
});

const started = (name: string): MockLink.MockedResponse => ({
  request: { query: StartPasskeyDocument, variables: { input: { name } } },
  result: { data: { startWebAuthnRegistration: { __typename: "StartWebAuthnRegistrationPayload", optionsJson: REGISTRATION_OPTIONS, device: { __typename: "Device", id: "pk1", name } } } },
});

/** The browser's answer arrives as the JSON SimpleWebAuthn makes of the credential. */
const finished = (makeDefault?: boolean, result?: MockLink.MockedResponse["result"]): MockLink.MockedResponse => ({
  request: {
    query: FinishPasskeyDocument,
    variables: (vars: { input: { deviceId: string; webauthnResponse: string; makeDefault?: boolean } }) => {
      const answer = JSON.parse(vars.input.webauthnResponse) as { id: string; response: { transports: string[] } };
      return vars.input.deviceId === "pk1" && answer.id === "Y3JlZC0x" && answer.response.transports[0] === "internal" && vars.input.makeDefault === makeDefault;
    },
  },
  result: result ?? {
    data: {
      finishWebAuthnRegistration: {
        __typename: "VerifyDevicePayload",
        device: { __typename: "Device", id: "pk1", kind: "WEBAUTHN", name: "Work laptop", verified: true, isDefault: true, transports: ["internal"] },
      },
    },
  },
});

function add(name = "Work laptop") {
  fireEvent.change(screen.getByLabelText("Name"), { target: { value: name } });
  fireEvent.click(screen.getByRole("button", { name: "Add it" }));
}

describe("PasskeySetup", () => {
  it("names the passkey, asks the browser, and hands its answer to the service", async () => {
    const { create } = stubCredentials({ create: async () => createdCredential() });
    const onDone = vi.fn();
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending onDone={onDone} />, { mocks: [started("Work laptop"), finished()] });
    add();
    await expect.poll(() => onDone.mock.calls.length).toBe(1);
    expect(onDone).toHaveBeenCalledWith("Work laptop");
    const options = create.mock.calls[0] as unknown as [{ publicKey: { rp: { id: string }; challenge: ArrayBuffer } }];
    expect(options[0].publicKey.rp.id).toBe("localhost");
    expect(new TextDecoder().decode(options[0].publicKey.challenge)).toBe("challenge");
  });

  it("sends the user's choice of default when it is offered", async () => {
    stubCredentials({ create: async () => createdCredential() });
    const onDone = vi.fn();
    renderWithProviders(<PasskeySetup offerDefault forgetPending onDone={onDone} />, { mocks: [started("Work laptop"), finished(false)] });
    fireEvent.click(screen.getByLabelText("Make it my default method"));
    add();
    await expect.poll(() => onDone.mock.calls.length).toBe(1);
  });

  it("asks for a name first", () => {
    const { create } = stubCredentials({});
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending onDone={vi.fn()} />);
    add("  ");
    expect(screen.getByText("Enter a name for this passkey or security key.")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("says so when the user cancels the browser's prompt (NotAllowedError), removes the pending passkey, and can try again", async () => {
    stubCredentials({ create: () => Promise.reject(notAllowed()) });
    const forgotten = vi.fn(() => ({ data: { removeDevice: { __typename: "SecurityPayload", security: { __typename: "Security", devices: [] } } } }));
    const onDone = vi.fn();
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending onDone={onDone} />, {
      mocks: [started("Work laptop"), { request: { query: ForgetPendingPasskeyDocument, variables: { deviceId: "pk1" } }, result: forgotten }],
    });
    add();
    expect(await screen.findByText(/The request was cancelled, timed out or refused by your browser/)).toBeTruthy();
    await expect.poll(() => forgotten.mock.calls.length).toBe(1);
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByRole("button", { name: "Add it" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("in a setup-only session leaves the pending passkey alone (that session cannot remove devices)", async () => {
    stubCredentials({ create: () => Promise.reject(notAllowed()) });
    const forgotten = vi.fn(() => ({ data: { removeDevice: { __typename: "SecurityPayload", security: { __typename: "Security", devices: [] } } } }));
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending={false} onDone={vi.fn()} />, {
      mocks: [started("Work laptop"), { request: { query: ForgetPendingPasskeyDocument, variables: { deviceId: "pk1" } }, result: forgotten }],
    });
    add();
    expect(await screen.findByText(/The request was cancelled/)).toBeTruthy();
    expect(forgotten).not.toHaveBeenCalled();
  });

  it("says an already registered key is already registered (InvalidStateError)", async () => {
    stubCredentials({ create: () => Promise.reject(new DOMException("excluded", "InvalidStateError")) });
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending={false} onDone={vi.fn()} />, { mocks: [started("Work laptop")] });
    add();
    expect(await screen.findByText(/already registered to your account/)).toBeTruthy();
  });

  it("shows the service's refusal of the answer", async () => {
    stubCredentials({ create: async () => createdCredential() });
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending onDone={vi.fn()} />, {
      mocks: [started("Work laptop"), finished(undefined, graphQLError("The passkey's answer could not be verified. Try again.", "INVALID_PASSCODE"))],
    });
    add();
    expect(await screen.findByText("The passkey's answer could not be verified. Try again.")).toBeTruthy();
  });

  it("tells a browser without WebAuthn to use another one", () => {
    renderWithProviders(<PasskeySetup offerDefault={false} forgetPending onDone={vi.fn()} />);
    expect(screen.getByText(/This browser cannot use passkeys or security keys/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add it" })).toBeNull();
  });
});
