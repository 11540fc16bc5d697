import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MailboxExportService } from "#src/modules/mailbox-export/mailbox-export.service.js";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { createKey } from "../api-keys/key-fixtures.js";
import { ENGINES } from "../support/engines.js";
import { COMPLETE, PASSWORD, bearer, createMailbox, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const MAILBOXES = `query M($d: ID!, $f: MailboxFilter, $after: String) {
  mailboxes(domainId: $d, filter: $f, first: 100, after: $after) { nodes { username displayName mfaStatus devices mfaOverride lockedAt } }
}`;
const HEADER = ["username", "name", "status", "devices", "kinds", "default_factor", "last_sign_in", "override", "locked_since"];

type Row = Record<string, string>;

describe.each(ENGINES)("the mailboxes CSV export on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let admin: string;
  let names: { app: string; locked: string; plain: string; formula: string; forced: string };

  const download = async (query: Record<string, string>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/exports/mailboxes.csv?${new URLSearchParams(query)}`, { headers });
    return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  };
  const rows = (csv: string): Row[] => parse(csv, { columns: true, skip_empty_lines: true }) as Row[];

  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    // An admin with MFA of their own, who may require it of a user.
    admin = (await enrolTotp(t, tenant.adminUsername)).token;
    names = {
      app: await createMailbox(t, tenant, "anna"),
      locked: await createMailbox(t, tenant, "bert"),
      plain: await createMailbox(t, tenant, "carl"),
      formula: (await new ProvisioningService(t.server.dataSource).createMailbox({ accountId: tenant.accountId, domainId: tenant.domainId, localPart: "dora", displayName: "=HYPERLINK(\"x\")", password: PASSWORD })).username,
      forced: await createMailbox(t, tenant, "emil"),
    };
    await enrolTotp(t, names.app);
    await enrolTotp(t, names.locked);
    // Seven wrong codes in a row lock bert.
    for (let i = 0; i < 7; i++) {
      const challenge = await login(t, names.locked).catch(() => null);
      if (!challenge?.challengeId) break;
      await t.gql(COMPLETE, { input: { challengeId: challenge.challengeId, passcode: "000000" } });
    }
    const emil = (await login(t, names.forced)).user as { id: string };
    await t.gql(`mutation O($u: ID!) { setUserMfaOverride(userId: $u, level: REQUIRED) { __typename } }`, { u: emil.id }, bearer(admin));
  });
  afterAll(async () => t?.close());

  it("parses as CSV and matches the mailboxes table, row for row", async () => {
    const answer = await download({ domainId: tenant.domainId }, bearer(admin));
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^text\/csv/);
    const header = (parse(answer.text, { to_line: 1 }) as string[][])[0];
    expect(header).toEqual(HEADER);
    const csv = rows(answer.text);
    const table = await t.gql<{ mailboxes: { nodes: { username: string; displayName: string; mfaStatus: string; devices: number; mfaOverride: string; lockedAt: string | null }[] } }>(MAILBOXES, { d: tenant.domainId }, bearer(admin));
    const nodes = table.body.data?.mailboxes.nodes ?? [];
    expect(csv.map((r) => r.username)).toEqual(nodes.map((n) => n.username));
    for (const [i, n] of nodes.entries()) {
      const r = csv[i] as Row;
      expect({ status: r.status, devices: Number(r.devices), override: r.override, locked: r.locked_since || null }).toEqual({
        status: n.mfaStatus,
        devices: n.devices,
        override: n.mfaOverride,
        locked: n.lockedAt,
      });
    }
    const by = new Map(csv.map((r) => [r.username, r]));
    expect(by.get(names.app)).toMatchObject({ status: "ENROLLED", kinds: "TOTP", default_factor: "TOTP" });
    expect(by.get(names.locked)?.status).toBe("LOCKED");
    expect(by.get(names.locked)?.locked_since).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(by.get(names.plain)).toMatchObject({ status: "NOT_ENROLLED", kinds: "", default_factor: "", last_sign_in: "" });
    expect(by.get(names.forced)).toMatchObject({ override: "REQUIRED" });
    expect(by.get(names.forced)?.last_sign_in).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A name a spreadsheet would run as a formula is written inert.
    expect(by.get(names.formula)?.name).toBe("'=HYPERLINK(\"x\")");
  });

  it("applies the table's filters: status and search", async () => {
    const notEnrolled = rows((await download({ domainId: tenant.domainId, mfaStatus: "NOT_ENROLLED" }, bearer(admin))).text);
    expect(notEnrolled.map((r) => r.username).sort()).toEqual([names.plain, names.formula, names.forced].sort());
    const searched = rows((await download({ domainId: tenant.domainId, search: "ann" }, bearer(admin))).text);
    expect(searched.map((r) => r.username)).toEqual([names.app]);
  });

  it("pages through in username order with keyset paging, whatever the page size", async () => {
    const service = new MailboxExportService({ dataSource: t.server.dataSource, audit: t.server.services.audit, pageSize: 2 });
    const progress = { rows: 0 };
    let text = "";
    let chunks = 0;
    for await (const chunk of service.csv(tenant.accountId, { domainId: tenant.domainId, status: null, search: null }, progress)) {
      text += chunk;
      chunks++;
    }
    expect(progress.rows).toBe(5);
    expect(chunks).toBe(1 + 3);
    const whole = rows((await download({ domainId: tenant.domainId }, bearer(admin))).text);
    expect(rows(text)).toEqual(whole);
  });

  it("is audited with the filter and the row count", async () => {
    await download({ domainId: tenant.domainId, mfaStatus: "LOCKED" }, bearer(admin));
    const audit = await t.gql<{ auditEvents: { nodes: { detail: string; outcome: string }[] } }>(
      `{ auditEvents(first: 1, filter: { action: MAILBOXES_EXPORTED }) { nodes { detail outcome } } }`,
      {},
      bearer(admin),
    );
    const [event] = audit.body.data?.auditEvents.nodes ?? [];
    expect(event?.outcome).toBe("SUCCESS");
    expect(JSON.parse(event?.detail ?? "{}")).toMatchObject({ domainId: tenant.domainId, mfaStatus: "LOCKED", rows: 1, complete: true });
  });

  it("answers only an admin of the account or a key within its domains, like the mailboxes query", async () => {
    expect((await download({ domainId: tenant.domainId })).status).toBe(401);
    const mailbox = (await login(t, names.plain)).token as string;
    expect((await download({ domainId: tenant.domainId }, bearer(mailbox))).status).toBe(403);
    const other = await createTenant(t, "OPTIONAL");
    const otherAdmin = (await login(t, other.adminUsername)).token as string;
    const foreign = await download({ domainId: tenant.domainId }, bearer(otherAdmin));
    expect(foreign.status).toBe(404);
    expect(foreign.text).not.toContain(names.app);
    expect((await download({ domainId: "not-an-id" }, bearer(admin))).status).toBe(400);
    expect((await download({ domainId: tenant.domainId, mfaStatus: "SOMETIMES" }, bearer(admin))).status).toBe(400);

    const readKey = await createKey(t, admin, { name: "reader", scope: "READ" });
    const byKey = await download({ domainId: tenant.domainId }, bearer(readKey.secret));
    expect(byKey.status).toBe(200);
    expect(rows(byKey.text)).toHaveLength(5);
    const limited = await createKey(t, otherAdmin, { name: "limited", scope: "READ", domainIds: [other.domainId] });
    expect((await download({ domainId: tenant.domainId }, bearer(limited.secret))).status).toBe(404);
  });
});
