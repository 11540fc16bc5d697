import type { MockLink } from "@apollo/client/testing";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { renderWithProviders } from "../../test/providers";
import { ResetUserMfaDocument, UnlockUserDocument } from "./MailboxActions";
import { MailboxDomainsDocument, MailboxesPage } from "./MailboxesPage";
import { MailboxesDocument, PAGE_SIZE } from "./MailboxTable";

afterEach(cleanup);

const domains: MockLink.MockedResponse = {
  request: { query: MailboxDomainsDocument },
  maxUsageCount: 5,
  result: {
    data: {
      domains: [
        {
          __typename: "Domain",
          id: "d1",
          name: "example.com",
          policy: "REQUIRED",
          children: [{ __typename: "Domain", id: "d2", name: "sales.example.com", policy: "OFF", children: [] }],
        },
      ],
    },
  },
};

type Status = "ENROLLED" | "NOT_ENROLLED" | "LOCKED";
const mailbox = (local: string, name: string, status: Status, devices = status === "NOT_ENROLLED" ? 0 : 1) => ({
  __typename: "Mailbox",
  id: `u-${local}`,
  username: `${local}@example.com`,
  displayName: name,
  mfaStatus: status,
  devices,
  mfaOverride: "DEFAULT",
  lockedAt: status === "LOCKED" ? "2026-03-01T10:00:00Z" : null,
  domainId: "d1",
  domainName: "example.com",
});

const alice = mailbox("alice", "Alice Archer", "ENROLLED", 2);
const bob = mailbox("bob", "Bob Baker", "NOT_ENROLLED");
const carol = mailbox("carol", "Carol Chen", "LOCKED");

function page(nodes: object[], { total = nodes.length, next = null as string | null } = {}) {
  return {
    data: {
      mailboxes: {
        __typename: "MailboxConnection",
        totalCount: total,
        pageInfo: { __typename: "PageInfo", hasNextPage: next !== null, endCursor: next },
        nodes,
      },
    },
  };
}

function mailboxesMock(
  result: MockLink.MockedResponse["result"],
  {
    status = null as Status | null,
    search = null as string | null,
    after = null as string | null,
    uses = 1,
    domainId = "d1" as string | null,
    sort = { field: "ADDRESS", direction: "ASC" } as { field: string; direction: string },
  } = {},
): MockLink.MockedResponse {
  return {
    request: { query: MailboxesDocument, variables: { domainId, filter: { mfaStatus: status, search }, first: PAGE_SIZE, after, sort } },
    result,
    maxUsageCount: uses,
  };
}

const adminUser = (id: string, username: string, extra: object = {}) => ({
  __typename: "AdminUserView",
  id,
  username,
  displayName: "Carol Chen",
  kind: "MAILBOX",
  domainId: "d1",
  effectivePolicy: "REQUIRED",
  lockedAt: null,
  mfaEnabled: true,
  mfaOverride: "DEFAULT",
  mfaStatus: "ENROLLED",
  recoveryCodesLeft: 5,
  devices: [],
  ...extra,
});

const rowOf = (address: string) => {
  const row = screen.getByText(address).closest("tr");
  if (!row) throw new Error(`no row for ${address}`);
  return row;
};

describe("MailboxesPage", () => {
  it("lists a domain's mailboxes with their status and filters them by MFA status", async () => {
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=d1",
      session: adminSession,
      mocks: [domains, mailboxesMock(page([alice, bob, carol])), mailboxesMock(page([carol]), { status: "LOCKED" })],
    });
    expect(await screen.findByText("alice@example.com")).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Domain" }) as HTMLSelectElement).value).toBe("d1");
    expect(screen.getByText("3 mailboxes")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Mailboxes of example.com" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((th) => th.textContent?.replace(/[▲▼↕].*$/, ""));
    expect(headers).toEqual(["Select", "Mailbox", "Name", "MFA status", "Devices", "Override", "Actions"]);
    expect(within(rowOf("carol@example.com")).getByText("Locked")).toBeTruthy();
    expect(within(rowOf("alice@example.com")).getByText("Enrolled")).toBeTruthy();
    expect(within(rowOf("bob@example.com")).getByText("Not enrolled")).toBeTruthy();
    expect(within(rowOf("carol@example.com")).getByRole("button", { name: "Unlock" })).toBeTruthy();
    expect(within(rowOf("alice@example.com")).queryByRole("button", { name: "Unlock" })).toBeNull();
    expect(within(rowOf("alice@example.com")).getByRole("link", { name: "alice@example.com" }).getAttribute("href")).toBe("/admin/users/u-alice");

    fireEvent.change(screen.getByRole("combobox", { name: "MFA status" }), { target: { value: "LOCKED" } });
    expect(await screen.findByText("1 mailbox match")).toBeTruthy();
    expect(screen.queryByText("alice@example.com")).toBeNull();
    expect(screen.getByText("carol@example.com")).toBeTruthy();
  });

  it("unlocks a locked mailbox only after confirmation, then reloads the page", async () => {
    const unlock = vi.fn(() => ({ data: { unlockUser: { __typename: "AdminUserPayload", user: adminUser("u-carol", "carol@example.com") } } }));
    let loads = 0;
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=d1",
      session: adminSession,
      mocks: [
        domains,
        mailboxesMock(
          () => {
            loads += 1;
            return loads === 1 ? page([alice, carol]) : page([alice, { ...carol, mfaStatus: "ENROLLED", lockedAt: null }]);
          },
          { uses: 2 },
        ),
        { request: { query: UnlockUserDocument, variables: { userId: "u-carol" } }, result: unlock },
      ],
    });
    await screen.findByText("carol@example.com");
    fireEvent.click(within(rowOf("carol@example.com")).getByRole("button", { name: "Unlock" }));
    const dialog = screen.getByRole("dialog", { name: "Unlock carol@example.com?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(unlock).not.toHaveBeenCalled();

    fireEvent.click(within(rowOf("carol@example.com")).getByRole("button", { name: "Unlock" }));
    fireEvent.click(within(screen.getByRole("dialog", { name: "Unlock carol@example.com?" })).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("carol@example.com is unlocked.")).toBeTruthy();
    expect(unlock).toHaveBeenCalledTimes(1);
    expect(loads).toBe(2);
    expect(within(rowOf("carol@example.com")).getByText("Enrolled")).toBeTruthy();
    expect(within(rowOf("carol@example.com")).queryByRole("button", { name: "Unlock" })).toBeNull();
  });

  it("explains what Reset MFA removes before doing it", async () => {
    const reset = vi.fn(() => ({ data: { resetUserMfa: { __typename: "AdminUserPayload", user: adminUser("u-alice", "alice@example.com", { mfaStatus: "NOT_ENROLLED" }) } } }));
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=d1",
      session: adminSession,
      mocks: [domains, mailboxesMock(page([alice]), { uses: 2 }), { request: { query: ResetUserMfaDocument, variables: { userId: "u-alice" } }, result: reset }],
    });
    await screen.findByText("alice@example.com");
    fireEvent.click(within(rowOf("alice@example.com")).getByRole("button", { name: "Reset MFA" }));
    const dialog = screen.getByRole("dialog", { name: "Reset multi-factor authentication of alice@example.com?" });
    expect(dialog.textContent).toContain("2 verified devices");
    expect(dialog.textContent).toContain("recovery codes are removed, bypass codes issued for them stop working");
    expect(dialog.textContent).toContain("signed out everywhere");
    fireEvent.click(within(dialog).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText(/Multi-factor authentication of alice@example.com was reset/)).toBeTruthy();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it("pages forward and back by cursor, and searches", async () => {
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=d1",
      session: adminSession,
      mocks: [
        domains,
        mailboxesMock(page([alice], { total: 2, next: "c1" }), { uses: 2 }),
        mailboxesMock(page([bob], { total: 2 }), { after: "c1" }),
        mailboxesMock(page([bob]), { search: "bob" }),
      ],
    });
    await screen.findByText("alice@example.com");
    expect(screen.getByText(/2 mailboxes · page 1, showing 1–1/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Previous" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("bob@example.com")).toBeTruthy();
    expect(screen.getByText(/page 2, showing 26–26/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText("alice@example.com")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Search"), { target: { value: "bob" } });
    expect(await screen.findByText("bob@example.com")).toBeTruthy();
    expect(screen.getByText("1 mailbox match")).toBeTruthy();
  });

  it("shows every domain's mailboxes with a Domain column, from a shared address with its filters, sort and page", async () => {
    const sales = { ...mailbox("dan", "Dan Dunn", "LOCKED"), username: "dan@sales.example.com", domainId: "d2", domainName: "sales.example.com" };
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=all&status=LOCKED&q=d&sort=name&dir=desc&pages=c1",
      session: adminSession,
      mocks: [
        domains,
        mailboxesMock(page([sales], { total: 26 }), { domainId: null, status: "LOCKED", search: "d", after: "c1", sort: { field: "NAME", direction: "DESC" } }),
      ],
    });
    expect(await screen.findByText("dan@sales.example.com")).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Domain" }) as HTMLSelectElement).value).toBe("all");
    expect((screen.getByRole("combobox", { name: "MFA status" }) as HTMLSelectElement).value).toBe("LOCKED");
    expect((screen.getByLabelText("Search") as HTMLInputElement).value).toBe("d");
    expect(screen.getByText(/page 2, showing 26–26/)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Mailboxes of all domains" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((th) => th.textContent?.replace(/[▲▼↕].*$/, ""))).toEqual(["Mailbox", "Domain", "Name", "MFA status", "Devices", "Override", "Actions"]);
    expect(headers[2]?.getAttribute("aria-sort")).toBe("descending");
    expect(headers[0]?.getAttribute("aria-sort")).toBe("none");
    expect(within(rowOf("dan@sales.example.com")).getByRole("link", { name: "sales.example.com" }).getAttribute("href")).toBe("/admin/mailboxes?domain=d2");
    // One domain's bulk selection is not offered across domains.
    expect(screen.queryByRole("checkbox", { name: "Select every mailbox on this page" })).toBeNull();
  });

  it("sorts by a column header from the keyboard, and the back button restores the order and filters before", async () => {
    renderWithProviders(<MailboxesPage />, {
      path: "/admin/mailboxes?domain=d1",
      session: adminSession,
      mocks: [
        domains,
        mailboxesMock(page([alice, bob, carol]), { uses: 5 }),
        mailboxesMock(page([carol, bob, alice]), { sort: { field: "NAME", direction: "DESC" } }),
        mailboxesMock(page([alice, bob, carol]), { sort: { field: "NAME", direction: "ASC" }, uses: 5 }),
        mailboxesMock(page([carol]), { status: "LOCKED", sort: { field: "NAME", direction: "ASC" } }),
      ],
    });
    await screen.findByText("alice@example.com");
    const nameButton = () => screen.getByRole("button", { name: /^Name/ });
    expect(nameButton().closest("th")?.getAttribute("aria-sort")).toBe("none");
    nameButton().focus();
    fireEvent.click(nameButton());
    await screen.findByText("3 mailboxes");
    expect(window.location.search).toBe("?domain=d1&sort=name");
    expect(nameButton().closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(nameButton());
    expect(window.location.search).toBe("?domain=d1&sort=name&dir=desc");
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    expect(window.location.search).toBe("?domain=d1&sort=name");
    expect(nameButton().closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.change(screen.getByRole("combobox", { name: "MFA status" }), { target: { value: "LOCKED" } });
    expect(await screen.findByText("1 mailbox match")).toBeTruthy();
    expect(window.location.search).toBe("?domain=d1&sort=name&status=LOCKED");
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    expect((screen.getByRole("combobox", { name: "MFA status" }) as HTMLSelectElement).value).toBe("");
    expect(await screen.findByText("3 mailboxes")).toBeTruthy();
  });
});
