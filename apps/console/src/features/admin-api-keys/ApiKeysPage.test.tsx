import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { ApiKeysDocument, ApiKeysPage, RevokeApiKeyDocument } from "./ApiKeysPage";
import { DomainNamesDocument } from "../admin-shared/domain-names";
import { CreateApiKeyDocument } from "./CreateApiKeyDialog";

afterEach(cleanup);

const SECRET = `mfak_${"a1b2c3d4".repeat(4)}${"Z".repeat(43)}`;

function key(id: string, extra: object = {}) {
  return {
    __typename: "ApiKey",
    id,
    name: `key ${id}`,
    prefix: `mfak_${id}`,
    scope: "READ",
    status: "ACTIVE",
    domains: null,
    createdAt: "2026-03-01T10:00:00Z",
    createdByUsername: "admin",
    lastUsedAt: null,
    lastUsedIp: null,
    expiresAt: "2026-05-30T10:00:00Z",
    revokedAt: null,
    ...extra,
  };
}

/** The page's list, answering in turn with each of `lists` (the last one again after that). */
function list(...lists: object[][]): MockLink.MockedResponse {
  let calls = 0;
  return { request: { query: ApiKeysDocument }, maxUsageCount: 5, result: () => ({ data: { apiKeys: lists[Math.min(calls++, lists.length - 1)] ?? [] } }) };
}

const domains: MockLink.MockedResponse = {
  request: { query: DomainNamesDocument },
  result: {
    data: {
      domains: [
        { __typename: "Domain", id: "d1", name: "example.com", children: [{ __typename: "Domain", id: "d2", name: "sales.example.com", children: [] }] },
      ],
    },
  },
};

describe("ApiKeysPage", () => {
  it("lists each key with its scope, domains, creator, last use and status", async () => {
    renderWithProviders(<ApiKeysPage />, {
      path: "/admin/api-keys",
      session: adminSession,
      mocks: [
        list([
          key("k1", { name: "Helpdesk sync", scope: "ADMIN", domains: [{ __typename: "ApiKeyDomain", id: "d1", name: "example.com" }], lastUsedAt: "2026-03-02T09:30:00Z", lastUsedIp: "203.0.113.7" }),
          key("k2", { name: "Old report", status: "REVOKED", revokedAt: "2026-03-03T10:00:00Z" }),
        ]),
      ],
    });
    const table = await screen.findByRole("table", { name: "API keys, newest first" });
    const [first, second] = within(table).getAllByRole("row").slice(1);
    expect(first?.textContent).toContain("Helpdesk sync");
    expect(first?.textContent).toContain("mfak_k1…");
    expect(first?.textContent).toContain("Admin");
    expect(first?.textContent).toContain("example.com");
    expect(first?.textContent).toContain("by admin");
    expect(first?.textContent).toContain("203.0.113.7");
    expect(within(first as HTMLElement).getByRole("button", { name: "Revoke Helpdesk sync" })).toBeTruthy();
    expect(second?.textContent).toContain("Read only");
    expect(second?.textContent).toContain("All domains");
    expect(second?.textContent).toContain("Never");
    expect(second?.textContent).toContain("Revoked");
    expect(within(second as HTMLElement).queryByRole("button")).toBeNull();
  });

  it("checks the form, limits the key to chosen domains, asks for a step-up when the service wants one, and shows the secret once", async () => {
    const input = { name: "Helpdesk sync", scope: "ADMIN", domainIds: ["d2"], expiresInDays: 30 };
    const create = vi.fn(() => ({ data: { createApiKey: { __typename: "CreateApiKeyPayload", secret: SECRET, apiKey: key("k9", { name: "Helpdesk sync", scope: "ADMIN" }) } } }));
    renderWithProviders(<ApiKeysPage />, {
      path: "/admin/api-keys",
      session: adminSession,
      mocks: [
        list([], [key("k9", { name: "Helpdesk sync", scope: "ADMIN" })]),
        domains,
        { request: { query: CreateApiKeyDocument, variables: { input } }, result: graphQLError("Confirm it is you to make this change.", "RECENT_AUTH_REQUIRED") },
        reauthFactors([]),
        stepUp({ password: "pw" }),
        { request: { query: CreateApiKeyDocument, variables: { input } }, result: create },
      ],
    });
    expect(await screen.findByText("No API keys yet.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Create API key" }));
    const dialog = within(await screen.findByRole("dialog", { name: "Create an API key" }));
    fireEvent.click(dialog.getByLabelText("Some domains only"));
    fireEvent.click(dialog.getByRole("button", { name: "Create key" }));
    expect(await dialog.findByText("Name the key, for example after the integration that uses it.")).toBeTruthy();
    expect(dialog.getByText("Choose at least one domain, or the whole account.")).toBeTruthy();

    fireEvent.change(dialog.getByLabelText("Name"), { target: { value: "  Helpdesk sync " } });
    fireEvent.click(dialog.getByLabelText("Admin"));
    fireEvent.click(await dialog.findByLabelText("sales.example.com"));
    fireEvent.change(dialog.getByLabelText("Expires after"), { target: { value: "30" } });
    fireEvent.click(dialog.getByRole("button", { name: "Create key" }));

    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.change(await within(prompt).findByLabelText("Password"), { target: { value: "pw" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));

    expect(await screen.findByText("API key “Helpdesk sync” created")).toBeTruthy();
    expect(screen.getByLabelText("The new API key").textContent).toBe(SECRET);
    expect(screen.getByRole("button", { name: "Copy the key" })).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "Revoke Helpdesk sync" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByText(SECRET)).toBeNull();
  });

  it("revokes a key after confirmation, and leaves it when cancelled", async () => {
    const revoke = vi.fn(() => ({ data: { revokeApiKey: { __typename: "RevokeApiKeyPayload", apiKey: key("k1", { status: "REVOKED", revokedAt: "2026-03-04T10:00:00Z" }) } } }));
    renderWithProviders(<ApiKeysPage />, {
      path: "/admin/api-keys",
      session: adminSession,
      mocks: [list([key("k1")]), { request: { query: RevokeApiKeyDocument, variables: { id: "k1" } }, result: revoke }],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Revoke key k1" }));
    const ask = await screen.findByRole("dialog", { name: "Revoke the API key “key k1”?" });
    fireEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(revoke).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Revoke key k1" }));
    const again = await screen.findByRole("dialog", { name: "Revoke the API key “key k1”?" });
    expect(again.textContent).toContain("stop working at once");
    fireEvent.click(within(again).getByRole("button", { name: "Revoke" }));
    expect(await screen.findByText("The API key “key k1” was revoked: it and its tokens stopped working.")).toBeTruthy();
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Revoked")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Revoke key k1" })).toBeNull();
  });
});
