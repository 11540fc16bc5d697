import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { mySessions } from "../../test/session-fixtures";
import { reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { RemoveDeviceDocument, SetDefaultDeviceDocument } from "./DeviceList";
import { RemoveAllDevicesDocument } from "./RemoveAllDevices";
import { RenameDeviceDocument } from "./RenameDeviceForm";
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
  transports: [],
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
    acceptedKinds: ["WEBAUTHN", "TOTP", "SMS"],
    recoveryCodesLeft: devices.length > 0 ? 8 : 0,
    locked: false,
    canCreateAppPasswords: devices.length > 0,
    appPasswordsUnavailableReason: devices.length > 0 ? null : "MFA_OFF",
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

const passkey = { ...app, id: "d4", kind: "WEBAUTHN", name: "Blue key", isDefault: false, lastUsedAt: null, transports: ["usb", "nfc"] };

describe("SecurityPage", () => {
  it("explains the policy and lists the devices with their badges and actions", async () => {
    renderWithProviders(<SecurityPage />, { path: "/security", mocks: [mySessions(), page([app, mobile, pending])] });

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
      mocks: [mySessions(), 
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
      mocks: [mySessions(), 
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

  it("never shows a phone as Default and Backup at once, and offers no Make backup on the default", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [
        mySessions(),
        page([app, mobile]),
        {
          request: { query: SetDefaultDeviceDocument, variables: { deviceId: "d2" } },
          result: { data: { setDefaultDevice: { __typename: "DevicePayload", device: { __typename: "Device", id: "d2", isDefault: true, isBackup: false } } } },
        },
      ],
    });
    const list = await screen.findByRole("list", { name: "Your devices" });
    const phoneRow = () => within(list).getAllByRole("listitem")[1] as HTMLElement;
    fireEvent.click(within(phoneRow()).getByRole("button", { name: "Make default" }));
    expect(await screen.findByText("“Personal mobile” is now your default method.")).toBeTruthy();
    expect(within(phoneRow()).getByText("Default")).toBeTruthy();
    expect(within(phoneRow()).queryByText("Backup")).toBeNull();
    expect(within(phoneRow()).queryByRole("button", { name: "Make backup" })).toBeNull();
  });

  it("clears earlier success messages once all devices are removed", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [
        mySessions(),
        page([app, mobile]),
        {
          request: { query: SetDefaultDeviceDocument, variables: { deviceId: "d2" } },
          result: { data: { setDefaultDevice: { __typename: "DevicePayload", device: { __typename: "Device", id: "d2", isDefault: true, isBackup: false } } } },
        },
        {
          request: { query: RemoveAllDevicesDocument },
          result: { data: { removeAllDevices: { __typename: "SecurityPayload", security: security([]) } } },
        },
      ],
    });
    const list = await screen.findByRole("list", { name: "Your devices" });
    fireEvent.click(within(within(list).getAllByRole("listitem")[1] as HTMLElement).getByRole("button", { name: "Make default" }));
    expect(await screen.findByText("“Personal mobile” is now your default method.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Remove all devices" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: "Remove all devices?" })).getByRole("button", { name: "Remove all devices" }));
    expect(await screen.findByText("You have no devices yet.")).toBeTruthy();
    // The emptied list shows first; the fresh list (without the old message) follows once the removal settles.
    await waitFor(() => expect(screen.queryByText("“Personal mobile” is now your default method.")).toBeNull());
    expect(screen.getByText("All your devices and recovery codes were removed.")).toBeTruthy();
  });

  it("asks for a code from the authenticator every time all devices are removed, then removes them", async () => {
    let calls = 0;
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [mySessions(), 
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
    renderWithProviders(<SecurityPage />, { path: "/security", mocks: [mySessions(), page([])] });
    const toggle = await screen.findByRole<HTMLInputElement>("switch", { name: "Multi-factor authentication" });
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await expect.poll(() => window.location.pathname).toBe("/setup");
  });

  it("offers to try again when the page cannot load", async () => {
    renderWithProviders(<SecurityPage />, {
      path: "/security",
      mocks: [mySessions(), { request: { query: SecurityPageDocument }, result: graphQLError("Sign in first.", "UNAUTHENTICATED") }],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Your session has ended. Sign in again.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("lists a passkey with its kind and transports, and renames it", async () => {
    const renamed = vi.fn(() => ({ data: { renameDevice: { __typename: "DevicePayload", device: { __typename: "Device", id: "d4", name: "Spare key" } } } }));
    renderWithProviders(<SecurityPage />, {
      mocks: [page([app, passkey]), mySessions(), { request: { query: RenameDeviceDocument, variables: { input: { deviceId: "d4", name: "Spare key" } } }, result: renamed }],
    });
    const item = (await screen.findByRole("heading", { name: "Blue key" })).closest("li") as HTMLElement;
    expect(item.textContent).toContain("Security key · USB, NFC");
    expect(within(item).queryByRole("button", { name: "Verify" })).toBeNull();
    expect(screen.getByRole("button", { name: "Add a passkey or security key" })).toBeTruthy();
    fireEvent.click(within(item).getByRole("button", { name: "Rename" }));
    fireEvent.change(within(item).getByLabelText("New name"), { target: { value: "Spare key" } });
    fireEvent.click(within(item).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Renamed to “Spare key”.")).toBeTruthy();
    expect(renamed).toHaveBeenCalledTimes(1);
  });

  it("under a phishing-resistant policy offers only a passkey or security key", async () => {
    renderWithProviders(<SecurityPage />, {
      mocks: [mySessions(), { request: { query: SecurityPageDocument }, result: { data: { me: { __typename: "Viewer", id: "u1", security: security([passkey], { policy: "PHISHING_RESISTANT", acceptedKinds: ["WEBAUTHN"] }) } } } }],
    });
    expect(await screen.findByRole("button", { name: "Add a passkey or security key" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add an authenticator" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Add a phone" })).toBeNull();
  });
});
