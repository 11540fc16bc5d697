import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DELETE = `mutation D($id: ID!) { deleteDomain(id: $id) { deletedDomainId } }`;
const DOMAINS = `{ domains { id name children { id name } } }`;

describe.each(ENGINES)("deleting a domain on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  const provisioning = () => new ProvisioningService(t.server.dataSource);
  const adminToken = async (tenant: Tenant) => (await login(t, tenant.adminUsername)).token as string;
  const exists = async (domainId: string) => ((await t.server.dataSource.query("SELECT id FROM domains WHERE id = ?", [domainId])) as unknown[]).length === 1;

  async function events(accountId: string, action: string): Promise<Record<string, unknown>[]> {
    const rows: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE account_id = ? AND action = ? ORDER BY created_at", [accountId, action]);
    return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
  }

  it("deletes an empty domain, audited as DOMAIN_DELETED, and it leaves the tree", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const empty = await provisioning().createDomain({ accountId: tenant.accountId, name: `spare.${tenant.domainName}`, parentId: tenant.domainId, mfaPolicy: "REQUIRED" });
    const token = await adminToken(tenant);

    const res = await t.gql<{ deleteDomain: { deletedDomainId: string } }>(DELETE, { id: empty.id }, bearer(token));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.deleteDomain.deletedDomainId).toBe(empty.id);
    expect(await exists(empty.id)).toBe(false);

    const tree = await t.gql<{ domains: { id: string; children: { id: string }[] }[] }>(DOMAINS, {}, bearer(token));
    expect(tree.body.data?.domains).toEqual([{ id: tenant.domainId, name: tenant.domainName, children: [] }]);
    expect(await events(tenant.accountId, "DOMAIN_DELETED")).toEqual([{ domainId: empty.id, domain: empty.name, parentId: tenant.domainId, policy: "REQUIRED" }]);
  });

  it("refuses a domain that still has mailboxes, with the count, and one with sub-domains; nothing is deleted", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    await createMailbox(t, tenant, "one");
    await createMailbox(t, tenant, "two");
    const token = await adminToken(tenant);

    const withMailboxes = await t.gql(DELETE, { id: tenant.domainId }, bearer(token));
    expect(codeOf(withMailboxes.body.errors)).toBe("DOMAIN_NOT_EMPTY");
    expect(withMailboxes.body.errors?.[0]?.extensions).toMatchObject({ mailboxes: 2, subDomains: 0 });
    expect(withMailboxes.body.errors?.[0]?.message).toBe(`${tenant.domainName} still has 2 mailboxes. Only an empty domain can be deleted: move or delete the mailboxes first.`);
    expect(await exists(tenant.domainId)).toBe(true);
    const users: unknown[] = await t.server.dataSource.query("SELECT id FROM users WHERE domain_id = ?", [tenant.domainId]);
    expect(users).toHaveLength(2);

    const parent = await provisioning().createDomain({ accountId: tenant.accountId, name: `parent-${tenant.domainName}` });
    await provisioning().createDomain({ accountId: tenant.accountId, name: `child.parent-${tenant.domainName}`, parentId: parent.id });
    const withChild = await t.gql(DELETE, { id: parent.id }, bearer(token));
    expect(codeOf(withChild.body.errors)).toBe("DOMAIN_NOT_EMPTY");
    expect(withChild.body.errors?.[0]?.extensions).toMatchObject({ mailboxes: 0, subDomains: 1 });
    expect(withChild.body.errors?.[0]?.message).toMatch(/still has 1 sub-domain\. .*delete the sub-domain first\.$/);
    expect(await exists(parent.id)).toBe(true);
    expect(await events(tenant.accountId, "DOMAIN_DELETED")).toEqual([]);
  });

  it("answers another account's admin as for a missing domain, audits the refusal and leaves the domain", async () => {
    const mine = await createTenant(t, "OPTIONAL");
    const other = await createTenant(t, "OPTIONAL");
    const empty = await provisioning().createDomain({ accountId: mine.accountId, name: `empty-${mine.domainName}` });
    const otherToken = await adminToken(other);

    const foreign = await t.gql(DELETE, { id: empty.id }, bearer(otherToken));
    const missing = await t.gql(DELETE, { id: "00000000-0000-4000-8000-000000000000" }, bearer(otherToken));
    expect(codeOf(foreign.body.errors)).toBe("NOT_FOUND");
    expect(foreign.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    expect(foreign.body.errors?.[0]?.extensions).toEqual(missing.body.errors?.[0]?.extensions);
    expect(await exists(empty.id)).toBe(true);
    expect(await events(other.accountId, "ACCESS_DENIED")).toEqual(
      expect.arrayContaining([{ operation: "deleteDomain", reason: "NOT_IN_ACCOUNT", targetId: empty.id }]),
    );

    // A mailbox of the same account is not an admin.
    const mailbox = await createMailbox(t, mine, "peer");
    const peer = await t.gql(DELETE, { id: empty.id }, bearer((await login(t, mailbox)).token as string));
    expect(codeOf(peer.body.errors)).toBe("FORBIDDEN");
    expect(await exists(empty.id)).toBe(true);
  });

  it("the same domain deleted by 5 requests in parallel: one success, the others NOT_FOUND, one audit event", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const empty = await provisioning().createDomain({ accountId: tenant.accountId, name: `race-${tenant.domainName}` });
    const token = await adminToken(tenant);
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql(DELETE, { id: empty.id }, bearer(token))));
    expect(answers.filter((a) => a.body.errors === undefined)).toHaveLength(1);
    expect(answers.filter((a) => codeOf(a.body.errors) === "NOT_FOUND")).toHaveLength(4);
    expect(await events(tenant.accountId, "DOMAIN_DELETED")).toHaveLength(1);
    expect(await exists(empty.id)).toBe(false);
  });

  it("a mailbox created while its domain is deleted is never deleted with it: either both remain or neither was made", async () => {
    for (let round = 0; round < 10; round++) {
      const tenant = await createTenant(t, "OPTIONAL");
      const empty = await provisioning().createDomain({ accountId: tenant.accountId, name: `busy${round}-${tenant.domainName}` });
      const token = await adminToken(tenant);
      const create = provisioning()
        .createMailbox({ accountId: tenant.accountId, domainId: empty.id, localPart: "late", displayName: "Late", password: PASSWORD })
        .then(
          () => "CREATED",
          () => "REFUSED",
        );
      // The delete starts a little later each round, so that it meets the mailbox at every stage of its creation.
      const later = new Promise((resolve) => setTimeout(resolve, round * 15)).then(() => t.gql(DELETE, { id: empty.id }, bearer(token)));
      const [deleted, created] = await Promise.all([later, create]);
      const users: unknown[] = await t.server.dataSource.query("SELECT id FROM users WHERE username = ?", [`late@${empty.name}`]);
      if (deleted.body.errors === undefined) {
        expect(created).toBe("REFUSED");
        expect(await exists(empty.id)).toBe(false);
      } else {
        expect(codeOf(deleted.body.errors)).toBe("DOMAIN_NOT_EMPTY");
        expect(created).toBe("CREATED");
        expect(await exists(empty.id)).toBe(true);
      }
      expect(users).toHaveLength(created === "CREATED" ? 1 : 0);
    }
  });

  it("needs a recent proof, as other destructive admin changes do", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const empty = await provisioning().createDomain({ accountId: tenant.accountId, name: `proof-${tenant.domainName}` });
    const token = await adminToken(tenant);
    await t.server.dataSource.query("UPDATE sessions SET proof_at = proof_at - 660000 WHERE user_id = (SELECT id FROM users WHERE username = ?)", [tenant.adminUsername]);
    const stale = await t.gql(DELETE, { id: empty.id }, bearer(token));
    expect(codeOf(stale.body.errors)).toBe("RECENT_AUTH_REQUIRED");
    expect(await exists(empty.id)).toBe(true);
    expect((await t.gql(DELETE, { id: empty.id }, bearer(await adminToken(tenant)))).body.errors).toBeUndefined();
  });
});
