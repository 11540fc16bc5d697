import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { NOT_ENROLLED_PAGE, NotEnrolledDocument, SendReminderDocument } from "./NotEnrolledList";
import { CHART_DAYS, OverviewPage, RolloutDashboardDocument } from "./OverviewPage";

afterEach(cleanup);

const DEADLINE = "2027-01-15T00:00:00.000Z";
const row = (id: string, name: string, over: Record<string, unknown> = {}) => ({
  __typename: "RolloutDomain",
  id,
  name,
  policy: "REQUIRED",
  enforceFrom: DEADLINE,
  mailboxes: 3,
  enrolled: 1,
  notEnrolled: 2,
  locked: 1,
  remindersSent: 0,
  ...over,
});

function dashboard(domainId: string | null, over: Record<string, unknown> = {}): MockLink.MockedResponse {
  const rows = domainId ? [row("d1", "example.com")] : [row("d1", "example.com"), row("d2", "example.org", { policy: "OPTIONAL", enforceFrom: null, mailboxes: 2, enrolled: 2, notEnrolled: 0, locked: 0 })];
  const sum = (k: string) => rows.reduce((n, r) => n + Number(r[k as keyof typeof r]), 0);
  return {
    request: { query: RolloutDashboardDocument, variables: { domainId, days: CHART_DAYS } },
    result: {
      data: {
        rolloutDashboard: {
          __typename: "RolloutDashboard",
          domainId,
          domainName: domainId ? "example.com" : null,
          mailboxes: sum("mailboxes"),
          enrolled: sum("enrolled"),
          notEnrolled: sum("notEnrolled"),
          locked: sum("locked"),
          enforceFrom: DEADLINE,
          remindersSent: 0,
          lastReminderAt: null,
          domains: rows,
          history: [
            { __typename: "RolloutDay", day: "2026-12-01", mailboxes: 5, enrolled: 1, locked: 0 },
            { __typename: "RolloutDay", day: "2026-12-02", mailboxes: 5, enrolled: 3, locked: 1 },
          ],
          ...over,
        },
      },
    },
  };
}

const notEnrolled: MockLink.MockedResponse = {
  request: { query: NotEnrolledDocument, variables: { domainId: "d1", first: NOT_ENROLLED_PAGE, after: null } },
  maxUsageCount: 5,
  result: {
    data: {
      mailboxes: {
        __typename: "MailboxConnection",
        totalCount: 2,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        nodes: [
          { __typename: "Mailbox", id: "u1", username: "erin@example.com", displayName: "Erin" },
          { __typename: "Mailbox", id: "u2", username: "frank@example.com", displayName: "" },
        ],
      },
    },
  },
};

describe("OverviewPage", () => {
  it("shows the whole account: coverage now, the deadline, the chart with its table, and each domain", async () => {
    renderWithProviders(<OverviewPage />, { path: "/admin/overview", session: adminSession, mocks: [dashboard(null)] });
    const coverage = await screen.findByRole("region", { name: "Coverage of all domains" });
    const terms = within(coverage).getAllByRole("term").map((t) => [t.textContent, t.nextElementSibling?.textContent]);
    expect(terms.slice(0, 3)).toEqual([
      ["Enrolled", "3 of 5 (60%)"],
      ["Not enrolled", "2"],
      ["Locked now", "1"],
    ]);
    expect(within(coverage).getByText(/^Force-On from /)).toBeTruthy();
    expect(within(coverage).getByRole("meter", { name: "MFA coverage of all domains" }).getAttribute("aria-valuetext")).toBe("3 of 5 mailboxes enrolled");
    expect(screen.getByRole("table", { name: /day by day/ })).toBeTruthy();
    const domains = screen.getByRole("table", { name: "Rollout by domain" });
    expect(within(domains).getByRole("link", { name: "example.com" }).getAttribute("href")).toBe("/admin/overview?domain=d1");
    expect(within(domains).getAllByRole("row")).toHaveLength(3);
  });

  it("for one domain, lists who has not enrolled and sends them a reminder now after a confirmation; the count follows", async () => {
    const send = vi.fn(() => ({ data: { bulkMailboxAction: { __typename: "BulkMailboxActionPayload", requested: 2, succeeded: 2, refused: [] } } }));
    let reminded = false;
    const scoped = dashboard("d1");
    renderWithProviders(<OverviewPage />, {
      path: "/admin/overview?domain=d1",
      session: adminSession,
      mocks: [
        dashboard(null),
        { ...dashboard(null), maxUsageCount: 3 },
        { request: scoped.request, maxUsageCount: 5, result: () => (reminded ? (dashboard("d1", { remindersSent: 2, lastReminderAt: "2026-12-02T10:00:00.000Z" }).result as never) : (scoped.result as never)) },
        notEnrolled,
        { request: { query: SendReminderDocument, variables: { input: { domainId: "d1", action: "SEND_REMINDER", filter: { mfaStatus: "NOT_ENROLLED" } } } }, result: () => ((reminded = true), send()) },
      ],
    });
    const list = await screen.findByRole("region", { name: "Not enrolled yet" });
    expect(await within(list).findByRole("link", { name: "erin@example.com" })).toBeTruthy();
    expect(within(list).getByText("2 mailboxes not enrolled")).toBeTruthy();
    expect(within(list).getByRole("button", { name: "Remind frank@example.com" })).toBeTruthy();
    fireEvent.click(within(list).getByRole("button", { name: "Send reminder now" }));
    const dialog = await screen.findByRole("dialog", { name: "Send a reminder to 2 mailboxes?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Send to 2 mailboxes" }));
    expect(await screen.findByText("2 reminders sent.")).toBeTruthy();
    expect(send).toHaveBeenCalledTimes(1);
    const coverage = screen.getByRole("region", { name: "Coverage of example.com" });
    await expect.poll(() => within(coverage).getByText("Reminders sent").nextElementSibling?.textContent, { timeout: 10_000 }).toMatch(/^2last /);
  });

  it("without a deadline, offers no reminder and says why", async () => {
    renderWithProviders(<OverviewPage />, {
      path: "/admin/overview?domain=d1",
      session: adminSession,
      mocks: [dashboard(null), dashboard("d1", { enforceFrom: null }), notEnrolled],
    });
    const list = await screen.findByRole("region", { name: "Not enrolled yet" });
    expect(await within(list).findByText(/Reminders name a Force-On deadline/)).toBeTruthy();
    expect(within(list).queryByRole("button", { name: "Send reminder now" })).toBeNull();
  });

  it("a domain of another account (or none) is a load error with a retry", async () => {
    renderWithProviders(<OverviewPage />, {
      path: "/admin/overview?domain=elsewhere",
      session: adminSession,
      mocks: [dashboard(null), { request: { query: RolloutDashboardDocument, variables: { domainId: "elsewhere", days: CHART_DAYS } }, result: graphQLError("That domain does not exist.", "NOT_FOUND") }],
    });
    expect(await screen.findByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
