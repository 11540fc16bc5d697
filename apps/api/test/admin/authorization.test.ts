import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { ME, bearer, codeOf, createMailbox, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

type Role = "anonymous" | "mailbox" | "admin" | "otherAdmin";

describe.each(ENGINES)("authorization matrix on %s", (engine) => {
  let t: TestServer;
  let a: Tenant;
  let b: Tenant;
  const tokens: Partial<Record<Role, string>> = {};
  let targetUserId = "";
  let targetUsername = "";
  let emptyDomainId = "";

  beforeAll(async () => {
    t = await startTestServer(engine);
    a = await createTenant(t, "OPTIONAL");
    b = await createTenant(t, "OPTIONAL");
    targetUsername = await createMailbox(t, a, "target");
    emptyDomainId = (await new ProvisioningService(t.server.dataSource).createDomain({ accountId: a.accountId, name: `empty-${a.domainName}` })).id;
    const { token } = await enrolTotp(t, targetUsername);
    targetUserId = (await t.gql<{ me: { id: string } }>(ME, {}, bearer(token))).body.data?.me.id as string;
    tokens.mailbox = (await login(t, await createMailbox(t, a, "plainuser"))).token as string;
    tokens.admin = (await login(t, a.adminUsername)).token as string;
    tokens.otherAdmin = (await login(t, b.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  /** Every admin operation, aimed at account A's resources. */
  const operations = (): { name: string; query: string; variables: Record<string, unknown>; mutates?: boolean }[] => [
    { name: "account", query: "{ account { id name adminMfaPolicy } }", variables: {} },
    { name: "domains", query: "{ domains { id name coverage { mailboxes } } }", variables: {} },
    { name: "domain", query: "query Q($id: ID!) { domain(id: $id) { id name } }", variables: { id: a.domainId } },
    { name: "policyImpact", query: "query Q($id: ID!) { policyImpact(domainId: $id, policy: REQUIRED) { affected mustEnrol { sample } } }", variables: { id: a.domainId } },
    { name: "mailboxes", query: "query Q($id: ID!) { mailboxes(domainId: $id, first: 10) { totalCount nodes { username } } }", variables: { id: a.domainId } },
    { name: "user", query: "query Q($id: ID!) { user(id: $id) { username devices { id } } }", variables: { id: targetUserId } },
    { name: "auditEvents", query: "{ auditEvents(first: 50) { nodes { action targetUsername actorUsername } } }", variables: {} },
    { name: "setDomainMfaPolicy", query: "mutation M($id: ID!) { setDomainMfaPolicy(input: { domainId: $id, policy: OPTIONAL }) { revokedSessions } }", variables: { id: a.domainId }, mutates: true },
    { name: "setAccountAdminMfaPolicy", query: "mutation { setAccountAdminMfaPolicy(policy: OPTIONAL) { account { id } } }", variables: {}, mutates: true },
    { name: "createDomain", query: "mutation M($p: ID) { createDomain(input: { name: \"x-CASE.example\", parentId: $p }) { domain { id } } }", variables: { p: a.domainId }, mutates: true },
    { name: "createMailbox", query: "mutation M($id: ID!) { createMailbox(input: { domainId: $id, localPart: \"made-CASE\", displayName: \"x\", password: \"a long enough password\" }) { user { id } } }", variables: { id: a.domainId }, mutates: true },
    { name: "unlockUser", query: "mutation M($id: ID!) { unlockUser(userId: $id) { user { id } } }", variables: { id: targetUserId }, mutates: true },
    { name: "setUserMfaOverride", query: "mutation M($id: ID!) { setUserMfaOverride(userId: $id, level: DEFAULT) { user { id } } }", variables: { id: targetUserId }, mutates: true },
    { name: "resetUserMfa", query: "mutation M($id: ID!) { resetUserMfa(userId: $id) { user { id } } }", variables: { id: targetUserId }, mutates: true },
    { name: "deleteMailbox", query: "mutation M($id: ID!) { deleteMailbox(userId: $id) { deletedUserId } }", variables: { id: targetUserId }, mutates: true },
    { name: "deleteDomain", query: "mutation M($id: ID!) { deleteDomain(id: $id) { deletedDomainId } }", variables: { id: emptyDomainId }, mutates: true },
  ];
  /** Run by the admin after the others: they take away what the others aim at. */
  const last = ["deleteMailbox", "deleteDomain"];

  const expected: Record<Exclude<Role, "admin">, string[]> = {
    anonymous: ["UNAUTHENTICATED"],
    mailbox: ["FORBIDDEN"],
    otherAdmin: ["NOT_FOUND", "OK_OWN_ACCOUNT"],
  };

  it("answers every admin operation by role, and never with another account's data", async () => {
    const table: string[] = [];
    let crossAccountAnswers = 0;
    for (const role of ["anonymous", "mailbox", "otherAdmin", "admin"] as const) {
      for (const op of operations()) {
        if (role === "admin" && last.includes(op.name)) continue; // run last, below
        const query = op.query.replace(/CASE/g, role);
        const res = await t.gql(query, op.variables, tokens[role] ? bearer(tokens[role] as string) : {});
        const code = codeOf(res.body.errors);
        const text = JSON.stringify(res.body.data ?? {});
        const leaks = [a.accountId, a.domainId, a.domainName, targetUserId, targetUsername, a.adminUsername].filter((v) => text.includes(v));
        if (role === "otherAdmin" && leaks.length > 0) crossAccountAnswers++;
        const outcome = code ?? (role === "otherAdmin" ? "OK_OWN_ACCOUNT" : "OK");
        table.push(`${role.padEnd(10)} ${op.name.padEnd(26)} ${outcome}`);
        if (role === "admin") expect(code, `${op.name}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
        else expect(expected[role], `${role} ${op.name}`).toContain(outcome);
        if (role === "otherAdmin" && op.variables && Object.keys(op.variables).length > 0) expect(code, `${op.name} across accounts`).toBe("NOT_FOUND");
      }
    }
    for (const op of operations().filter((o) => last.includes(o.name))) {
      const del = await t.gql(op.query, op.variables, bearer(tokens.admin as string));
      expect(del.body.errors, op.name).toBeUndefined();
    }
    expect(crossAccountAnswers).toBe(0);
    expect(table.length).toBe(4 * operations().length - last.length);
  });
});
