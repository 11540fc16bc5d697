import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { userSessions } from "../../test/session-fixtures";
import { mobile, reauthFactors, stepUp, textedStepUp } from "../../test/reauth-fixtures";
import { IssueBypassCodesDocument, RevokeBypassCodesDocument } from "./BypassCodes";
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
  transports: [],
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
  appPasswordCount: 2,
  sharedPhoneNumbers: [],
  bypassCodes: { __typename: "BypassCodes", count: 0, expiresAt: null },
  devices: [device],
  ...extra,
});

describe("UserPage", () => {
  it("flags a recovery number shared by more mailboxes than allowed, or by other accounts", async () => {
    const flag = { __typename: "SharedPhoneNumber", deviceId: "dev1", maskedPhone: "+1 *** *** 1000", mailboxesInAccount: 4, inOtherAccounts: true, reasons: ["THRESHOLD", "OTHER_ACCOUNTS"] };
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [userSessions("u-carol"), { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user({ sharedPhoneNumbers: [flag] }) } } }],
    });
    expect(await screen.findByText("Shared recovery number")).toBeTruthy();
    expect(screen.getByText("+1 *** *** 1000 is verified on 4 mailboxes of this account and mailboxes of other accounts.")).toBeTruthy();
  });


  it("shows the user's MFA state and masked devices, and resets after confirmation", async () => {
    const reset = vi.fn(() => ({
      data: { resetUserMfa: { __typename: "AdminUserPayload", user: user({ lockedAt: null, mfaEnabled: false, mfaStatus: "NOT_ENROLLED", recoveryCodesLeft: 0, devices: [] }) } },
    }));
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [userSessions("u-carol"), 
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
    expect(screen.getByText("2 app passwords for mail apps")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Revoke app passwords" })).toBeTruthy();

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
      mocks: [userSessions("u-carol"), 
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
      mocks: [userSessions("u-carol"), 
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

  it("keeps the chosen override and the open confirmation when saving it fails, with the reason", async () => {
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [
        userSessions("u-carol"),
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        { request: { query: SetUserMfaOverrideDocument, variables: { userId: "u-carol", level: "REQUIRED" } }, error: new TypeError("Failed to fetch") },
      ],
    });
    const select = (await screen.findByRole("combobox", { name: /override/i })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: "REQUIRED" } });
    const dialog = screen.getByRole("dialog", { name: /^Set the MFA override/ });
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await within(dialog).findByText("We could not reach the service. Check your connection and try again.")).toBeTruthy();
    expect(screen.getByRole("dialog", { name: /^Set the MFA override/ })).toBeTruthy();
    expect(select.value).toBe("REQUIRED");
  });

  it("issues bypass codes for a ticket after validation and confirmation, shows them once, and revokes them", async () => {
    const expiresAt = "2026-03-01T10:30:00Z";
    const withCodes = user({ bypassCodes: { __typename: "BypassCodes", count: 2, expiresAt } });
    const issue = vi.fn(() => ({
      data: { issueBypassCodes: { __typename: "IssueBypassCodesPayload", codes: ["AAAA-BBBB-CCCC-DDDD", "EEEE-FFFF-GGGG-HHHH"], expiresAt, user: withCodes } },
    }));
    const revoke = vi.fn(() => ({ data: { revokeBypassCodes: { __typename: "AdminUserPayload", user: user() } } }));
    const input = { userId: "u-carol", count: 2, validityMinutes: 60, ticket: "HD-1042", reason: "Lost phone" };
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [userSessions("u-carol"), 
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        { request: { query: IssueBypassCodesDocument, variables: { input } }, result: issue },
        { request: { query: RevokeBypassCodesDocument, variables: { userId: "u-carol" } }, result: revoke },
      ],
    });
    expect(await screen.findByText("No bypass codes")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Issue bypass codes" }));
    const form = screen.getByRole("form", { name: "Issue bypass codes" });
    fireEvent.click(within(form).getByRole("button", { name: "Issue" }));
    expect(screen.getByText("Enter the ticket reference.")).toBeTruthy();
    expect(screen.getByText("Enter why the user needs bypass codes.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();

    fireEvent.change(within(form).getByLabelText("Number of codes"), { target: { value: "2" } });
    fireEvent.change(within(form).getByLabelText("Valid for"), { target: { value: "60" } });
    fireEvent.change(within(form).getByLabelText("Ticket reference"), { target: { value: " HD-1042 " } });
    fireEvent.change(within(form).getByLabelText("Reason"), { target: { value: "Lost phone" } });
    fireEvent.click(within(form).getByRole("button", { name: "Issue" }));
    const dialog = screen.getByRole("dialog", { name: "Issue 2 bypass codes for carol@example.com?" });
    expect(dialog.textContent).toContain("1 hour");
    expect(dialog.textContent).toContain("HD-1042");
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));

    const codes = await screen.findByRole("list", { name: "Bypass codes" });
    expect(within(codes).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["AAAA-BBBB-CCCC-DDDD", "EEEE-FFFF-GGGG-HHHH"]);
    expect(screen.getByRole("button", { name: "Copy the codes" })).toBeTruthy();
    expect(issue).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^2 bypass codes, expire at /)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("list", { name: "Bypass codes" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Revoke" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: "Revoke the bypass codes of carol@example.com?" })).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("The bypass codes of carol@example.com were revoked.")).toBeTruthy();
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("No bypass codes")).toBeTruthy();
  });

  it("says why the service refused to issue bypass codes", async () => {
    const input = { userId: "u-carol", count: 1, validityMinutes: 30, ticket: "HD-9", reason: "Travelling" };
    renderWithProviders(<UserPage id="u-carol" />, {
      path: "/admin/users/u-carol",
      session: adminSession,
      mocks: [userSessions("u-carol"), 
        { request: { query: UserPageDocument, variables: { id: "u-carol" } }, result: { data: { user: user() } } },
        { request: { query: IssueBypassCodesDocument, variables: { input } }, result: graphQLError("That user does not exist.", "NOT_FOUND") },
      ],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Issue bypass codes" }));
    const form = screen.getByRole("form", { name: "Issue bypass codes" });
    fireEvent.change(within(form).getByLabelText("Ticket reference"), { target: { value: "HD-9" } });
    fireEvent.change(within(form).getByLabelText("Reason"), { target: { value: "Travelling" } });
    fireEvent.click(within(form).getByRole("button", { name: "Issue" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: /^Issue 1 bypass code for/ })).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Bypass codes" })).toBeNull();
  });
});
