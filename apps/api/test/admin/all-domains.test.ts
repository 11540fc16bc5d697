import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { createKey } from "../api-keys/key-fixtures.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const MAILBOXES = `query M($d: ID, $f: MailboxFilter, $first: Int!, $after: String, $s: MailboxSortInput) {
  mailboxes(domainId: $d, filter: $f, first: $first, after: $after, sort: $s) {
    totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } nodes { id username displayName devices domainId domainName }
  }
}`;

interface Node { id: string; username: string; displayName: string; devices: number; domainId: string; domainName: string }
interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] }

describe.each(ENGINES)("mailboxes across all domains, sorted, on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let token: string;
  let otherToken: string;
  let second: { id: string; name: string };

  const query = async (vars: Record<string, unknown>, as = token) => {
    const res = await t.gql<{ mailboxes: Page }>(MAILBOXES, { first: 50, ...vars }, bearer(as));
    return { page: res.body.data?.mailboxes, code: codeOf(res.body.errors) };
  };
  /** Every row of a query, page after page of `size`. */
  const all = async (vars: Record<string, unknown>, size: number, as = token) => {
    const rows: Node[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const { page } = await query({ ...vars, first: size, after }, as);
      if (!page) throw new Error("no page");
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return rows;
  };

  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    other = await createTenant(t, "OPTIONAL");
    const provisioning = new ProvisioningService(t.server.dataSource);
    const domain = await provisioning.createDomain({ accountId: tenant.accountId, name: `sales.${tenant.domainName}`, mfaPolicy: "OPTIONAL" });
    second = { id: domain.id, name: domain.name };
    // Many equal names (the sort key) across two domains: only the tie-breaker orders them.
    for (let i = 0; i < 7; i++) {
      await provisioning.createMailbox({ accountId: tenant.accountId, domainId: tenant.domainId, localPart: `user${i}`, displayName: "Same Name", password: PASSWORD });
      await provisioning.createMailbox({ accountId: tenant.accountId, domainId: second.id, localPart: `user${i}`, displayName: i % 2 ? "Same Name" : "Other Name", password: PASSWORD });
    }
    // The other account has mailboxes that every search here would match.
    for (let i = 0; i < 3; i++) {
      await provisioning.createMailbox({ accountId: other.accountId, domainId: other.domainId, localPart: `user${i}`, displayName: "Same Name", password: PASSWORD });
    }
    await enrolTotp(t, `user3@${second.name}`);
    token = (await login(t, tenant.adminUsername)).token as string;
    otherToken = (await login(t, other.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  it("lists every domain's mailboxes with their domain, counted from the counters", async () => {
    // The argument left out of the query means every domain, as null does.
    const omitted = await t.gql<{ mailboxes: Page }>(`{ mailboxes(first: 50) { totalCount nodes { domainName } } }`, {}, bearer(token));
    expect(omitted.body.data?.mailboxes.totalCount).toBe(14);
    const { page } = await query({ d: null });
    expect(page?.totalCount).toBe(14);
    expect(new Set(page?.nodes.map((n) => n.domainName))).toEqual(new Set([tenant.domainName, second.name]));
    const sales = page?.nodes.find((n) => n.username === `user3@${second.name}`);
    expect(sales).toMatchObject({ domainId: second.id, domainName: second.name, devices: 1 });
    expect((await query({ d: null, f: { mfaStatus: "ENROLLED" } })).page?.totalCount).toBe(1);
  });

  it("searches across the account's domains and never another account's (cross-tenant)", async () => {
    const mine = await all({ d: null, f: { search: "user" } }, 5);
    expect(mine).toHaveLength(14);
    expect(mine.every((n) => n.domainName === tenant.domainName || n.domainName === second.name)).toBe(true);
    const theirs = await all({ d: null, f: { search: "same" } }, 50, otherToken);
    expect(theirs.map((n) => n.domainName)).toEqual([other.domainName, other.domainName, other.domainName]);
    // A domain of another account, asked by id, is not found, with or without a search.
    expect((await query({ d: other.domainId, f: { search: "user" } })).code).toBe("NOT_FOUND");
    // Every search and sort, page after page, from either account, stays in its own account.
    const mineIds = new Set(mine.map((n) => n.id));
    for (const field of ["ADDRESS", "NAME", "DEVICES"]) {
      for (const direction of ["ASC", "DESC"]) {
        const rows = await all({ d: null, f: { search: "s" }, s: { field, direction } }, 3, otherToken);
        expect(rows.some((n) => mineIds.has(n.id))).toBe(false);
        expect(rows).toHaveLength(3);
      }
    }
  });

  it("pages a sort with equal keys without a row twice or missing, in both directions", async () => {
    const everyone = (await all({ d: null }, 100)).map((n) => n.id).sort();
    for (const field of ["ADDRESS", "NAME", "DEVICES"]) {
      for (const direction of ["ASC", "DESC"]) {
        for (const size of [1, 3, 4]) {
          const rows = await all({ d: null, s: { field, direction } }, size);
          const ids = rows.map((n) => n.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort()).toEqual(everyone);
          const keys = rows.map((n) => (field === "NAME" ? n.displayName.toLowerCase() : field === "DEVICES" ? n.devices : n.username));
          const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect(keys).toEqual(direction === "ASC" ? sorted : sorted.reverse());
        }
      }
    }
    // One domain sorts the same way.
    const byName = await all({ d: second.id, s: { field: "NAME", direction: "DESC" } }, 2);
    expect(byName.map((n) => n.displayName)).toEqual([...Array(3).fill("Same Name"), ...Array(4).fill("Other Name")]);
  });

  it("refuses a cursor of another sort or a forged one", async () => {
    const { page } = await query({ d: null, first: 2, s: { field: "NAME", direction: "ASC" } });
    expect((await query({ d: null, after: page?.pageInfo.endCursor, s: { field: "DEVICES", direction: "ASC" } })).code).toBe("BAD_USER_INPUT");
    expect((await query({ d: null, after: "not-a-cursor" })).code).toBe("BAD_USER_INPUT");
  });

  it("gives a domain-limited key the mailboxes of its domains only", async () => {
    const key = await createKey(t, token, { name: `sales-${engine}`, scope: "READ", domainIds: [second.id] });
    const rows = await all({ d: null }, 4, key.secret);
    expect(rows).toHaveLength(7);
    expect(rows.every((n) => n.domainId === second.id)).toBe(true);
    expect((await query({ d: null }, key.secret)).page?.totalCount).toBe(7);
    expect((await all({ d: null, f: { search: "user" } }, 50, key.secret)).every((n) => n.domainId === second.id)).toBe(true);
  });
});
