import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { RemoveDeviceDocument } from "./DeviceList";
import { RemoveAllDevicesDocument } from "./RemoveAllDevices";
import { SecurityPage, SecurityPageDocument } from "./SecurityPage";

afterEach(cleanup);

const app = {
  __typename: "Device",
  id: "d1",
  kind: "TOTP",
  name: "Work phone",
  maskedPhone: null,
  verified: true,
  isDefault: true,
  isBackup: false,
  lastUsedAt: "2026-03-01T09:30:00Z",
  createdAt: "2026-02-01T09:00:00Z",
};
const mobile = {
  ...app,
  id: "d2",
  kind: "SMS",
  name: "Personal mobile",
  maskedPhone: "+1 *** *** 1000",
  isDefault: false,
  isBackup: true,
  lastUsedAt: null,
};
const pending = { ...mobile, id: "d3", name: "Spare phone", maskedPhone: "+44 **** **1234", verified: false, isBackup: false };

function security(devices: object[], extra: object = {}) {
  return {
    __typename: "Security",
    policy: "OPTIONAL",
    policyExplanation: "Multi-factor authentication is optional and you have turned it on: every sign-in asks for a code.",
    mfaEnabled: devices.length > 0,
    canChangeMfaEnabled: devices.length > 0,
    canEnroll: true,
    recoveryCodesLeft: devices.length > 0 ? 8 : 0,
    locked: false,
    devices,
    ...extra,
  };
}

function page(devices: object[]): MockLink.MockedResponse {
  return {
    request: { query: SecurityPageDocument },
    result: { data: { me: { __typename: "Viewer", id: "u1", security: security(devices) } } },
  };
}

describe("SecurityPage", () => {
  it("explains the policy and lists the devices with their badges and actions", async () => {
    renderWithProviders(<SecurityPage />, { path: "/security", mocks: [page([app, mobile, pending])] });

    expect(screen.getByRole("heading", { level: 1, name: "Security" })).toBeTruthy();
    expect(await screen.findByText(/optional and you have turned it on/)).toBeTruthy();
    expect((screen.getByRole("switch", { name: "Multi-factor authentication" }) as HTMLInputElement).checked).toBe(true);

    const list = screen.getByRole("list", { name: "Your devices" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    const [first, second, third] = items as [HTMLElement, HTMLElement, HTMLElement];

    expect(within(first).getByRole("heading", { name: "Work phone" })).toBeTruthy();
    expect(first.textContent).toContain("Authenticator app");
    expect(within(first).getByText("Default")).toBeTruthy();
    expect(first.textContent).toContain("Last used");
    expect(within(first).queryByRole("button", { name: "Make default" })).toBeNull();

    expect(second.textContent).toContain("Phone · +1 *** *** 1000");
    expect(within(second).getByText("Backup")).toBeTruthy();
    expect(second.textContent).toContain("Never used");
    expect(within(second).getByRole("button", { name: "Make default" })).toBeTruthy();

    expect(within(third).getByText("Not verified")).toBeTruthy();
    fireEvent.click(within(third).getByRole("button", { name: "Verify" }));
    expect(within(third).getByLabelText("Code")).toBeTruthy();
    expect(within(third).getByRole("button", { name: "Send code again" })).toBeTruthy();

    expect(screen.getByRole("button", { name: "Add an authenticator" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add a phone" })).toBeTruthy();
    expect(screen.getByText("You have 8 unused recovery codes.")).toBeTruthy();
  });

  it("removes a device only after confirmation", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [
        page([app, mobile]),
        {
          request: { query: RemoveDeviceDocument, variables: { deviceId: "d2" } },
          result: { data: { removeDevice: { __typename: "SecurityPayload", security: security([app]) } } },
        },
      ],
    });
    const list = await screen.findByRole("list", { name: "Your devices" });
    const row = within(list).getAllByRole("listitem")[1] as HTMLElement;

    fireEvent.click(within(row).getByRole("button", { name: "Remove" }));
    let dialog = screen.getByRole("dialog", { name: "Remove “Personal mobile”?" });
    expect(dialog.textContent).toContain("You will no longer be able to sign in with it.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);

    fireEvent.click(within(row).getByRole("button", { name: "Remove" }));
    dialog = screen.getByRole("dialog", { name: "Remove “Personal mobile”?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));

    expect(await screen.findByText("“Personal mobile” was removed.")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Your devices" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("warns before removing the last device and removes all devices after confirmation", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [
        page([app]),
        {
          request: { query: RemoveAllDevicesDocument },
          result: { data: { removeAllDevices: { __typename: "SecurityPayload", security: security([]) } } },
        },
      ],
    });
    const list = await screen.findByRole("list", { name: "Your devices" });
    fireEvent.click(within(list).getByRole("button", { name: "Remove" }));
    expect(screen.getByRole("dialog").textContent).toContain("This is your only verified device");
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));

    fireEvent.click(screen.getByRole("button", { name: "Remove all devices" }));
    const dialog = screen.getByRole("dialog", { name: "Remove all devices?" });
    expect(dialog.textContent).toContain("multi-factor authentication will be turned off");
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove all devices" }));

    expect(await screen.findByText("You have no devices yet.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Remove all devices" })).toBeNull();
    expect(screen.getByText("Recovery codes become available once you have a verified device.")).toBeTruthy();
  });

  it("asks for a code from the authenticator every time all devices are removed, then removes them", async () => {
    let calls = 0;
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [
        page([app]),
        {
          request: { query: RemoveAllDevicesDocument },
          maxUsageCount: 2,
          result: () =>
            ++calls === 1
              ? graphQLError("Confirm it is you: this change asks every time.", "RECENT_AUTH_REQUIRED", { reason: "EVERY_TIME" })
              : { data: { removeAllDevices: { __typename: "SecurityPayload", security: security([]) } } },
        },
        reauthFactors([{ id: "d1", kind: "TOTP", name: "Work phone", isDefault: true }]),
        stepUp({ passcode: "123456" }),
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Remove all devices" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: "Remove all devices?" })).getByRole("button", { name: "Remove all devices" }));

    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    expect(prompt.textContent).toContain("every time");
    expect(within(prompt).queryByLabelText("Password")).toBeNull();
    fireEvent.change(await within(prompt).findByLabelText("Code"), { target: { value: "123456" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("You have no devices yet.")).toBeTruthy();
    expect(calls).toBe(2);
  });

  it("opens the setup wizard when a user without a device turns the switch on", async () => {
    renderWithProviders(<SecurityPage />, { path: "/security", mocks: [page([])] });
    const toggle = await screen.findByRole<HTMLInputElement>("switch", { name: "Multi-factor authentication" });
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await expect.poll(() => window.location.pathname).toBe("/setup");
  });

  it("offers to try again when the page cannot load", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [{ request: { query: SecurityPageDocument }, result: graphQLError("Sign in first.", "UNAUTHENTICATED") }],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your session has ended. Sign in again.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
