import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { mobile, reauthFactors, stepUp, textedStepUp } from "../../test/reauth-fixtures";
import { ResetUserMfaDocument } from "./MailboxActions";
import { SetUserMfaOverrideDocument } from "./OverrideSelect";
import { UserPage, UserPageDocument } from "./UserPage";

afterEach(cleanup);

const device = {
  __typename: "Device",
  id: "dev1",
  kind: "SMS",
  name: "Work phone",
  maskedPhone: "+1 *** *** 1000",
  verified: true,
  isDefault: true,
  isBackup: false,
  lastUsedAt: null,
  createdAt: "2026-02-01T09:00:00Z",
};

const user = (extra: object = {}) => ({
  __typename: "AdminUserView",
  id: "u-carol",
  username: "carol@example.com",
  displayName: "Carol Chen",
  kind: "MAILBOX",
  domainId: "d2",
  effectivePolicy: "REQUIRED",
  lockedAt: "2026-03-01T10:00:00Z",
  mfaEnabled: true,
  mfaOverride: "DEFAULT",
  mfaStatus: "LOCKED",
  recoveryCodesLeft: 7,
  devices: [device],
  ...extra,
});

describe("UserPage", () => {
  it("shows the user's MFA state and masked devices, and resets after confirmation", async () => {
    const reset = vi.fn(() => ({
      data: { resetUserMfa: { __typename: "AdminUserPayload", user: user({ lockedAt: null, mfaEnabled: false, mfaStatus: "NOT_ENROLLED", recoveryCodesLeft: 0, devices: [] }) } },
    }));
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        { request: { query: ResetUserMfaDocument, variables: { userId: "u-carol" } }, result: reset },
      ],
    });
    expect(await screen.findByRole("heading", { level: 1, name: "carol@example.com" })).toBeTruthy();
    expect(screen.getByText("Locked")).toBeTruthy();
    expect(screen.getByText("Force-On")).toBeTruthy();
    const devices = screen.getByRole("list", { name: "Devices" });
    expect(within(devices).getByText("Phone · +1 *** *** 1000")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Back to the mailboxes" }).getAttribute("href")).toBe("/admin/mailboxes?domain=d2");
    expect(screen.getByRole("button", { name: "Unlock" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Reset MFA" }));
    const dialog = screen.getByRole("dialog", { name: "Reset multi-factor authentication of carol@example.com?" });
    expect(dialog.textContent).toContain("1 verified device");
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText(/was reset/)).toBeTruthy();
    expect(reset).toHaveBeenCalledTimes(1);
    expect(screen.getByText("No devices. Admins can’t add devices for a user: each user sets up their own.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Unlock" })).toBeNull();
  });

  it("asks the admin to confirm it's them (a text to their phone) before a reset, then resets", async () => {
    let resets = 0;
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        {
          request: { query: ResetUserMfaDocument, variables: { userId: "u-carol" } },
          maxUsageCount: 2,
          result: () =>
            ++resets === 1
              ? graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED")
              : { data: { resetUserMfa: { __typename: "AdminUserPayload", user: user({ lockedAt: null, mfaStatus: "NOT_ENROLLED", recoveryCodesLeft: 0, devices: [] }) } } },
        },
        reauthFactors([mobile]),
        textedStepUp("d-sms", "c-step", "+1 *** *** 0123"),
        stepUp({ passcode: "246810", challengeId: "c-step", deviceId: "d-sms" }),
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Reset MFA" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: /^Reset multi-factor/ })).getByRole("button", { name: "Confirm" }));

    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.click(await within(prompt).findByRole("button", { name: "Text me a code" }));
    fireEvent.change(await within(prompt).findByLabelText("Code"), { target: { value: "246810" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText(/was reset/)).toBeTruthy();
    expect(resets).toBe(2);
  });

  it("changes nothing and says nothing when the admin cancels the confirmation of a lowered override", async () => {
    const override = vi.fn(() => graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED"));
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        { request: { query: SetUserMfaOverrideDocument, variables: { userId: "u-carol", level: "OPTIONAL" } }, result: override },
        reauthFactors([mobile]),
      ],
    });
    fireEvent.change(await screen.findByRole("combobox", { name: /override/i }), { target: { value: "OPTIONAL" } });
    fireEvent.click(within(screen.getByRole("dialog", { name: /^Set the MFA override/ })).getByRole("button", { name: "Confirm" }));
    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.click(within(prompt).getByRole("button", { name: "Cancel" }));
    await expect.poll(() => screen.queryByRole("dialog")).toBeNull();
    expect(override).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText(/is now Optional/)).toBeNull();
  });
});
