import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { ENGINES } from "../support/engines.js";
import { bearer, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { countStatements } from "../support/query-counter.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PAGE = `query M($d: ID!, $first: Int!) { mailboxes(domainId: $d, first: $first) { totalCount nodes { username mfaStatus devices lockedAt } } }`;

describe.each(ENGINES)("SQL statements per admin page on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    const template = await t.server.dataSource.manager.findOneByOrFail(UserEntity, { username: await createMailbox(t, tenant, "template") });
    // 150 mailboxes, inserted directly (hashing 150 passwords would only slow the test).
    const rows = Array.from({ length: 150 }, (_, i) => ({ ...template, id: randomUUID(), username: `m${String(i).padStart(3, "0")}@${tenant.domainName}` }));
    await t.server.dataSource.manager.insert(UserEntity, rows);
    adminToken = (await login(t, tenant.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  it("a page of 100 mailboxes with their MFA status costs as many statements as a page of 10", async () => {
    const run = (first: number) => countStatements(t.server.dataSource, () => t.gql<{ mailboxes: { nodes: unknown[] } }>(PAGE, { d: tenant.domainId, first }, bearer(adminToken)));
    const ten = await run(10);
    const hundred = await run(100);
    expect(ten.result.body.data?.mailboxes.nodes).toHaveLength(10);
    expect(hundred.result.body.data?.mailboxes.nodes).toHaveLength(100);
    expect(hundred.statements.length).toBe(ten.statements.length);
    // session lookup + page + count
    expect(hundred.statements.length, hundred.statements.join("\n")).toBeLessThanOrEqual(3);
    console.log(`mailboxes page on ${engine}: ${hundred.statements.length} statements for 100 rows (${ten.statements.length} for 10)`);
  });

  it("the domain tree with coverage costs a fixed number of statements", async () => {
    const { statements } = await countStatements(t.server.dataSource, () => t.gql(`{ domains { id coverage { mailboxes enrolled locked } children { id } } }`, {}, bearer(adminToken)));
    expect(statements.length).toBeLessThanOrEqual(3);
  });
});
