import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { renderWithProviders } from "../../test/providers";
import { DomainNamesDocument } from "../admin-shared/domain-names";
import { AUDIT_PAGE_SIZE, AuditEventsDocument, AuditPage, AuditUserNameDocument } from "./AuditPage";
import { AuditUserSearchDocument } from "./UserPicker";

afterEach(cleanup);

const event = (id: string, action: string, extra: object = {}) => ({
  __typename: "AuditEvent",
  id,
  action,
  outcome: "SUCCESS",
  createdAt: "2026-03-01T10:00:00Z",
  actorId: "u-admin",
  actorUsername: "admin",
  actorApiKeyName: null,
  targetUserId: "u-alice",
  targetUsername: "alice@example.com",
  detail: null,
  ip: "127.0.0.1",
  ...extra,
});

function answer(nodes: object[], total: number, next: string | null, lowerBound = false) {
  return {
    data: {
      auditEvents: {
        __typename: "AuditEventConnection",
        totalCount: total,
        totalCountIsLowerBound: lowerBound,
        pageInfo: { __typename: "PageInfo", hasNextPage: next !== null, endCursor: next },
        nodes,
      },
    },
  };
}

const NEWEST_FIRST = { field: "TIME", direction: "DESC" };
const mock = (filter: object | null, after: string | null, result: object, sort: object = NEWEST_FIRST): MockLink.MockedResponse => ({
  request: { query: AuditEventsDocument, variables: { filter, first: AUDIT_PAGE_SIZE, after, sort } },
  result,
});
const noFilter = { userId: null, domainId: null, action: null, outcome: null, since: null, until: null };
const domains: MockLink.MockedResponse = {
  request: { query: DomainNamesDocument },
  maxUsageCount: 5,
  result: {
    data: {
      domains: [
        { __typename: "Domain", id: "d1", name: "example.com", children: [{ __typename: "Domain", id: "d2", name: "sales.example.com", children: [] }] },
      ],
    },
  },
};

describe("AuditPage", () => {
  it("lists events with a readable summary, loads more, and filters by action", async () => {
    renderWithProviders(<AuditPage />, {
      path: "/admin/audit",
      session: adminSession,
      mocks: [
        mock(null, null, answer([event("e1", "MFA_RESET", { detail: JSON.stringify({ username: "alice@example.com", devicesRemoved: 2 }) })], 2, "c1")),
        mock(null, "c1", answer([event("e2", "DOMAIN_POLICY_CHANGED", { targetUserId: null, targetUsername: null, detail: JSON.stringify({ domainId: "d1", domain: "example.com", from: "OFF", to: "REQUIRED" }) })], 2, null)),
        mock({ ...noFilter, action: "MFA_RESET" }, null, answer([event("e1", "MFA_RESET")], 1, null)),
      ],
    });
    const row = (await screen.findByTitle("MFA_RESET")).closest("tr") as HTMLElement;
    expect(within(row).getByText("Success")).toBeTruthy();
    expect(within(row).getByRole("rowheader").textContent).toBe("MFA resetAdministration (MFA_RESET)");
    expect(within(row).getByRole("link", { name: "alice@example.com" }).getAttribute("href")).toBe("/admin/users/u-alice");
    const facts = [...row.querySelectorAll("dt")].map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual(["Devices removed:=2", "From:=127.0.0.1"]);
    expect(row.querySelector("dl")?.textContent).toBe("Devices removed: 2From: 127.0.0.1");
    expect(screen.getByText("1 of 2 events shown")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("2 of 2 events shown")).toBeTruthy();
    expect(screen.getByText("Off → Force-On")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();

    const administration = screen.getByLabelText("Action").querySelector('optgroup[label="Administration"]') as HTMLElement;
    expect(within(administration).getByRole("option", { name: "MFA reset" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Action"), { target: { value: "MFA_RESET" } });
    fireEvent.click(screen.getByRole("button", { name: "Filter" }));
    expect(await screen.findByText("1 of 1 event shown")).toBeTruthy();
    expect(window.location.search).toBe("?action=MFA_RESET");
  });

  it("names the API key that acted, linking to the keys", async () => {
    renderWithProviders(<AuditPage />, {
      path: "/admin/audit",
      session: adminSession,
      mocks: [mock(null, null, answer([event("e1", "ACCOUNT_UNLOCKED", { actorId: "k-1", actorUsername: null, actorApiKeyName: "Helpdesk sync" })], 1, null))],
    });
    const row = (await screen.findByRole("link", { name: "API key “Helpdesk sync”" })).closest("tr") as HTMLElement;
    expect(within(row).getByRole("link", { name: "API key “Helpdesk sync”" }).getAttribute("href")).toBe("/admin/api-keys");
    expect(within(screen.getByLabelText("Action")).getByRole("option", { name: "API key used" })).toBeTruthy();
  });

  it("shows every action when the address names an action the log does not know", async () => {
    renderWithProviders(<AuditPage />, {
      path: "/admin/audit?action=NO_SUCH_ACTION",
      session: adminSession,
      mocks: [mock(null, null, answer([event("e1", "LOGOUT")], 1, null))],
    });
    expect(await screen.findByText("1 of 1 event shown")).toBeTruthy();
    expect(screen.getByLabelText("Action")).toHaveProperty("value", "");
  });

  it("filters by a user found by address, a domain, an outcome and days, in the address, with a CSV of the same set", async () => {
    const since = new Date(2026, 2, 1).toISOString();
    const until = new Date(2026, 2, 3).toISOString();
    const filter = { userId: "u-alice", domainId: "d2", action: null, outcome: "FAILURE", since, until };
    renderWithProviders(<AuditPage />, {
      path: "/admin/audit",
      session: adminSession,
      mocks: [
        domains,
        mock(null, null, answer([event("e1", "LOGOUT")], 1, null)),
        {
          request: { query: AuditUserSearchDocument, variables: { search: "ali" } },
          result: { data: { mailboxes: { __typename: "MailboxConnection", nodes: [{ __typename: "Mailbox", id: "u-alice", username: "alice@example.com", displayName: "Alice Archer" }] } } },
        },
        { request: { query: AuditUserNameDocument, variables: { id: "u-alice" } }, result: { data: { user: { __typename: "AdminUserView", id: "u-alice", username: "alice@example.com" } } } },
        mock(filter, null, answer([event("e2", "LOGIN_PASSCODE_FAILED", { outcome: "FAILURE" })], 10000, null, true)),
        mock(filter, null, answer([event("e2", "LOGIN_PASSCODE_FAILED", { outcome: "FAILURE" })], 1, null), { field: "OUTCOME", direction: "ASC" }),
      ],
    });
    await screen.findByText("1 of 1 event shown");
    const user = screen.getByRole("combobox", { name: "User" });
    fireEvent.change(user, { target: { value: "ali" } });
    const option = await screen.findByRole("option", { name: /alice@example.com/ });
    fireEvent.keyDown(user, { key: "ArrowDown" });
    expect(option.getAttribute("aria-selected")).toBe("true");
    expect(user.getAttribute("aria-activedescendant")).toBe(option.id);
    fireEvent.keyDown(user, { key: "Enter" });
    expect((user as HTMLInputElement).value).toBe("alice@example.com");
    expect(user.getAttribute("aria-expanded")).toBe("false");
    await screen.findByRole("option", { name: "sales.example.com" });
    fireEvent.change(screen.getByLabelText("Domain"), { target: { value: "d2" } });
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "FAILURE" } });
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-03-02" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2026-03-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Filter" }));
    expect(screen.getByText("The end is before the start.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-03-01" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2026-03-02" } });
    fireEvent.click(screen.getByRole("button", { name: "Filter" }));
    expect(await screen.findByText("1 of 10,000+ events shown")).toBeTruthy();
    expect(window.location.search).toBe("?user=u-alice&domain=d2&outcome=FAILURE&from=2026-03-01&to=2026-03-02");
    expect(screen.getByText(/A download holds at most 50,000 events/)).toBeTruthy();
    const csv = screen.getByRole("link", { name: "Download CSV (filtered)" });
    const query = new URLSearchParams((csv.getAttribute("href") ?? "").split("?")[1]);
    expect(Object.fromEntries(query)).toEqual({ userId: "u-alice", domainId: "d2", outcome: "FAILURE", since, until, sort: "TIME", direction: "DESC" });
    const their = await screen.findByText(/their page/);
    expect(within(their).getByRole("link", { name: "alice@example.com" }).getAttribute("href")).toBe("/admin/users/u-alice");

    const outcome = screen.getByRole("button", { name: /^Outcome/ });
    expect(outcome.closest("th")?.getAttribute("aria-sort")).toBe("none");
    expect(screen.getByRole("button", { name: /^Time/ }).closest("th")?.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(outcome);
    expect(await screen.findByText("1 of 1 event shown")).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Outcome/ }).closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    expect(window.location.search).toContain("sort=outcome&dir=asc");
  });
});
