import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch } from "#src/db/batch.js";
import { AuditExportService } from "#src/modules/audit-log/audit-export.service.js";
import { insertAuditEvent } from "#src/modules/audit/audit.queries.js";
import type { AuditAction } from "#src/modules/audit/audit-action.js";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const EVENTS = `query E($f: AuditEventFilter, $first: Int!, $after: String, $s: AuditSortInput) {
  auditEvents(filter: $f, first: $first, after: $after, sort: $s) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id action outcome createdAt targetUserId targetUsername actorUsername detail ip }
  }
}`;

interface Event { id: string; action: string; outcome: string; createdAt: string; targetUserId: string | null; targetUsername: string | null; actorUsername: string | null; detail: string | null; ip: string | null }
interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Event[] }
type Row = Record<string, string>;

/** A fixed instant far from now, so the rows written by the test's own sign-ins never fall in the ranges. */
const T0 = Date.UTC(2030, 0, 15, 0, 0, 0);
const DAY = 86_400_000;

describe.each(ENGINES)("the audit log for people on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let token: string;
  let otherToken: string;
  let anna: { id: string; username: string };
  let bert: { id: string; username: string };
  let sales: { id: string; name: string };

  const events = async (vars: Record<string, unknown>, as = token) => {
    const res = await t.gql<{ auditEvents: Page }>(EVENTS, { first: 100, ...vars }, bearer(as));
    return { page: res.body.data?.auditEvents, code: codeOf(res.body.errors) };
  };
  const all = async (vars: Record<string, unknown>, size: number) => {
    const rows: Event[] = [];
    let after: string | null = null;
    for (let i = 0; i < 200; i++) {
      const { page, code } = await events({ ...vars, first: size, after });
      if (!page) throw new Error(`no page: ${code}`);
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return rows;
  };
  const download = async (query: Record<string, string>, as: string | null = token) => {
    const res = await fetch(`${t.url}/exports/audit.csv?${new URLSearchParams(query)}`, { headers: as ? bearer(as) : {} });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const rows = (csv: string): Row[] => parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
  const put = (accountId: string, action: AuditAction, at: number, target: string | null, outcome: "SUCCESS" | "FAILURE" = "SUCCESS", detail: object | null = null) =>
    insertAuditEvent({ id: randomUUID(), accountId, actorId: null, targetUserId: target, action, outcome, detail: detail && JSON.stringify(detail), ip: "192.0.2.7", createdAt: at });

  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    other = await createTenant(t, "OPTIONAL");
    const provisioning = new ProvisioningService(t.server.dataSource);
    const domain = await provisioning.createDomain({ accountId: tenant.accountId, name: `sales.${tenant.domainName}`, mfaPolicy: "OPTIONAL" });
    sales = { id: domain.id, name: domain.name };
    const a = await provisioning.createMailbox({ accountId: tenant.accountId, domainId: tenant.domainId, localPart: "anna", displayName: "Anna", password: PASSWORD });
    const b = await provisioning.createMailbox({ accountId: tenant.accountId, domainId: sales.id, localPart: "bert", displayName: "Bert", password: PASSWORD });
    anna = { id: a.id, username: a.username };
    bert = { id: b.id, username: b.username };
    const theirs = await provisioning.createMailbox({ accountId: other.accountId, domainId: other.domainId, localPart: "anna", displayName: "Anna", password: PASSWORD });
    // Events at the edges of a day: the first millisecond, the last, and the next day's first; many at one instant.
    await runBatch(t.server.dataSource, [
      put(tenant.accountId, "ACCOUNT_LOCKED", T0, anna.id),
      put(tenant.accountId, "ACCOUNT_UNLOCKED", T0 + DAY - 1, anna.id),
      put(tenant.accountId, "LOGIN_PASSCODE_FAILED", T0 + DAY, anna.id, "FAILURE"),
      put(tenant.accountId, "MFA_RESET", T0 - 1, bert.id),
      put(tenant.accountId, "DOMAIN_POLICY_CHANGED", T0 + 5, null, "SUCCESS", { domainId: sales.id, from: "OFF", to: "REQUIRED" }),
      ...Array.from({ length: 9 }, (_, i) => put(tenant.accountId, i % 3 ? "LOGIN_PASSCODE_FAILED" : "DEVICE_REMOVED", T0 + 2 * DAY, i % 2 ? anna.id : bert.id, i % 3 ? "FAILURE" : "SUCCESS", { n: i })),
      put(other.accountId, "ACCOUNT_LOCKED", T0 + 1, theirs.id),
      put(other.accountId, "DOMAIN_POLICY_CHANGED", T0 + 5, null, "SUCCESS", { domainId: sales.id }),
    ]);
    token = (await login(t, tenant.adminUsername)).token as string;
    otherToken = (await login(t, other.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  const day = (from: number, to: number) => ({ since: new Date(from).toISOString(), until: new Date(to).toISOString() });

  it("takes a date range with the start included and the end excluded, to the millisecond", async () => {
    const first = await all({ f: day(T0, T0 + DAY) }, 2);
    expect(first.map((e) => e.action).sort()).toEqual(["ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "DOMAIN_POLICY_CHANGED"]);
    expect((await all({ f: day(T0 + 1, T0 + DAY) }, 10)).map((e) => e.action).sort()).toEqual(["ACCOUNT_UNLOCKED", "DOMAIN_POLICY_CHANGED"]);
    expect((await all({ f: day(T0, T0 + DAY + 1) }, 10)).map((e) => e.action)).toContain("LOGIN_PASSCODE_FAILED");
    expect((await all({ f: day(T0 - 1, T0) }, 10)).map((e) => e.action)).toEqual(["MFA_RESET"]);
  });

  it("filters by user, domain, action and outcome together, within the account only", async () => {
    const range = day(T0 - DAY, T0 + 3 * DAY);
    const annas = await all({ f: { ...range, userId: anna.id } }, 3);
    expect(annas.every((e) => e.targetUserId === anna.id)).toBe(true);
    expect(annas).toHaveLength(3 + 4);
    const inSales = await all({ f: { ...range, domainId: sales.id } }, 3);
    // bert's events (a mailbox of sales) and the policy change naming the domain; never the other account's.
    expect(inSales.filter((e) => e.targetUserId === null).map((e) => JSON.parse(e.detail ?? "{}").to)).toEqual(["REQUIRED"]);
    expect(inSales.filter((e) => e.targetUserId !== null).every((e) => e.targetUserId === bert.id)).toBe(true);
    expect(inSales).toHaveLength(1 + 1 + 5);
    const failures = await all({ f: { ...range, userId: anna.id, outcome: "FAILURE", action: "LOGIN_PASSCODE_FAILED" } }, 2);
    expect(failures.every((e) => e.outcome === "FAILURE" && e.action === "LOGIN_PASSCODE_FAILED" && e.targetUserId === anna.id)).toBe(true);
    expect(failures).toHaveLength(1 + 3);
    // The other account's admin, with the same filters, sees only theirs.
    const theirs = await events({ f: { ...range, domainId: sales.id, userId: anna.id } }, otherToken);
    expect(theirs.page?.nodes).toEqual([]);
    const theirRange = await events({ f: range }, otherToken);
    expect(theirRange.page?.nodes.map((e) => e.action).sort()).toEqual(["ACCOUNT_LOCKED", "DOMAIN_POLICY_CHANGED"]);
  });

  it("sorts by time, action or outcome, paging without a row twice or missing when keys are equal", async () => {
    const range = day(T0 - DAY, T0 + 3 * DAY);
    const everyone = (await all({ f: range }, 100)).map((e) => e.id).sort();
    expect(everyone).toHaveLength(14);
    for (const field of ["TIME", "ACTION", "OUTCOME"]) {
      for (const direction of ["ASC", "DESC"]) {
        for (const size of [1, 4]) {
          const list = await all({ f: range, s: { field, direction } }, size);
          const ids = list.map((e) => e.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort()).toEqual(everyone);
          const keys = list.map((e) => (field === "TIME" ? e.createdAt : field === "ACTION" ? e.action : e.outcome));
          const sorted = [...keys].sort();
          expect(keys).toEqual(direction === "ASC" ? sorted : sorted.reverse());
        }
      }
    }
    const page = await events({ f: range, first: 2, s: { field: "ACTION", direction: "ASC" } });
    expect((await events({ f: range, after: page.page?.pageInfo.endCursor })).code).toBe("BAD_USER_INPUT");
  });

  it("exports the filtered set as CSV that parses and matches the log, row for row, audited", async () => {
    const filter = { userId: anna.id, ...day(T0, T0 + 3 * DAY) };
    const answer = await download({ ...filter, sort: "ACTION", direction: "ASC" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(answer.headers.get("x-export-truncated")).toBe("false");
    const csv = rows(answer.text);
    const log = await all({ f: filter, s: { field: "ACTION", direction: "ASC" } }, 3);
    expect(csv.map((r) => r.id)).toEqual(log.map((e) => e.id));
    for (const [i, e] of log.entries()) {
      expect(csv[i]).toMatchObject({ time: e.createdAt, action: e.action, outcome: e.outcome, target: e.targetUsername, ip: e.ip ?? "", detail: e.detail ?? "" });
    }
    const bertRows = rows((await download({ userId: bert.id, ...day(T0 - DAY, T0 + 3 * DAY) })).text);
    expect(bertRows.length).toBe(6);
    const audit = await events({ f: { action: "AUDIT_LOG_EXPORTED" }, first: 1 });
    const event = audit.page?.nodes[0];
    expect(event?.outcome).toBe("SUCCESS");
    expect(JSON.parse(event?.detail ?? "{}")).toMatchObject({ userId: bert.id, rows: 6, truncated: false, complete: true });
  });

  it("stops a huge set at its cap and says so", async () => {
    const small = new AuditExportService({ dataSource: t.server.dataSource, audit: t.server.services.audit, pageSize: 2, cap: 5 });
    const filter = { since: T0 - DAY, until: T0 + 3 * DAY };
    expect(await small.matching(tenant.accountId, filter)).toBe(6);
    const progress = { rows: 0 };
    let text = "";
    for await (const chunk of small.csv(tenant.accountId, filter, { field: "TIME", direction: "DESC" }, progress)) text += chunk;
    expect(progress.rows).toBe(5);
    const newest = await all({ f: { since: new Date(filter.since).toISOString(), until: new Date(filter.until).toISOString() } }, 5);
    expect(rows(text).map((r) => r.id)).toEqual(newest.slice(0, 5).map((e) => e.id));
  });

  it("answers only an account admin and refuses bad filters", async () => {
    expect((await download({}, null)).status).toBe(401);
    const mailbox = (await login(t, anna.username)).token as string;
    expect((await download({}, mailbox)).status).toBe(403);
    expect((await download({ since: "yesterday" })).status).toBe(400);
    expect((await download({ action: "NOPE" })).status).toBe(400);
    // The other admin downloads none of this account's events.
    const theirs = rows((await download({ ...day(T0 - DAY, T0 + 3 * DAY) }, otherToken)).text);
    expect(theirs.map((r) => r.action).sort()).toEqual(["ACCOUNT_LOCKED", "DOMAIN_POLICY_CHANGED"]);
  });
});
