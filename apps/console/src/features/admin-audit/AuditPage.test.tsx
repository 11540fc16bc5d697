import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { renderWithProviders } from "../../test/providers";
import { AUDIT_PAGE_SIZE, AuditEventsDocument, AuditPage } from "./AuditPage";

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

function answer(nodes: object[], total: number, next: string | null) {
  return {
    data: {
      auditEvents: {
        __typename: "AuditEventConnection",
        totalCount: total,
        pageInfo: { __typename: "PageInfo", hasNextPage: next !== null, endCursor: next },
        nodes,
      },
    },
  };
}

const mock = (filter: object | null, after: string | null, result: object): MockLink.MockedResponse => ({
  request: { query: AuditEventsDocument, variables: { filter, first: AUDIT_PAGE_SIZE, after } },
  result,
});

describe("AuditPage", () => {
  it("lists events with a readable summary, loads more, and filters by action", async () => {
    renderWithProviders(<AuditPage />, {
      path: "/admin/audit",
      session: adminSession,
      mocks: [
        mock(null, null, answer([event("e1", "MFA_RESET", { detail: JSON.stringify({ username: "alice@example.com", devicesRemoved: 2 }) })], 2, "c1")),
        mock(null, "c1", answer([event("e2", "DOMAIN_POLICY_CHANGED", { targetUserId: null, targetUsername: null, detail: JSON.stringify({ domainId: "d1", domain: "example.com", from: "OFF", to: "REQUIRED" }) })], 2, null)),
        mock({ action: "MFA_RESET", userId: null }, null, answer([event("e1", "MFA_RESET")], 1, null)),
      ],
    });
    const row = (await screen.findByText("MFA_RESET")).closest("tr") as HTMLElement;
    expect(within(row).getByText("Success")).toBeTruthy();
    expect(within(row).getByRole("link", { name: "alice@example.com" }).getAttribute("href")).toBe("/admin/users/u-alice");
    expect(row.textContent).toContain("devices removed: 2 · from 127.0.0.1");
    expect(screen.getByText("1 of 2 events shown")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("2 of 2 events shown")).toBeTruthy();
    expect(screen.getByText(/Off → Force-On · domain: example.com/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();

    expect(within(screen.getByLabelText("Action")).getByRole("option", { name: "MFA reset" })).toBeTruthy();
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
});
