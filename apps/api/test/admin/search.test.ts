import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, createTenant, enrolTotp, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const MAILBOXES = `query M($d: ID!, $f: MailboxFilter, $first: Int!) { mailboxes(domainId: $d, filter: $f, first: $first) { totalCount totalCountIsLowerBound nodes { username } } }`;

describe.each(ENGINES)("the mailbox search and counts on %s", (engine) => {
  let t: TestServer;
  let tenant: Tenant;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer(engine);
    tenant = await createTenant(t, "OPTIONAL");
    const provisioning = new ProvisioningService(t.server.dataSource);
    for (const [localPart, displayName] of [
      ["john.smith", "John Smith"],
      ["jsmithers", "Jane Smithers"],
      ["mary.jones", "Mary Jones"],
      ["a_b", "Underscore"],
    ]) {
      await provisioning.createMailbox({ accountId: tenant.accountId, domainId: tenant.domainId, localPart: localPart as string, displayName: displayName as string, password: PASSWORD });
    }
    await enrolTotp(t, `john.smith@${tenant.domainName}`);
    token = (await login(t, tenant.adminUsername)).token as string;
  });
  afterAll(async () => t?.close());

  const names = async (f: Record<string, unknown> | null) => {
    const res = await t.gql<{ mailboxes: { totalCount: number; totalCountIsLowerBound: boolean; nodes: { username: string }[] } }>(MAILBOXES, { d: tenant.domainId, f, first: 50 }, bearer(token));
    const page = res.body.data?.mailboxes;
    return { count: page?.totalCount, capped: page?.totalCountIsLowerBound, names: page?.nodes.map((n) => n.username.split("@")[0]) };
  };

  it("finds a mailbox by the start of its address, its name, or a word of them, case-insensitively", async () => {
    expect(await names({ search: "smi" })).toEqual({ count: 2, capped: false, names: ["john.smith", "jsmithers"] });
    expect(await names({ search: "SMITHERS" })).toEqual({ count: 1, capped: false, names: ["jsmithers"] });
    expect(await names({ search: "john.s" })).toEqual({ count: 1, capped: false, names: ["john.smith"] });
    expect(await names({ search: "mary jo" })).toEqual({ count: 1, capped: false, names: ["mary.jones"] });
    expect(await names({ search: "a_" })).toEqual({ count: 1, capped: false, names: ["a_b"] });
    // Inside a word is not a prefix: a search is an index range, not a scan.
    expect(await names({ search: "ith" })).toEqual({ count: 0, capped: false, names: [] });
  });

  it("combines a search with a status, and counts every status from the domain's counters", async () => {
    expect(await names({ search: "smi", mfaStatus: "ENROLLED" })).toEqual({ count: 1, capped: false, names: ["john.smith"] });
    expect(await names({ search: "smi", mfaStatus: "NOT_ENROLLED" })).toEqual({ count: 1, capped: false, names: ["jsmithers"] });
    expect(await names(null)).toMatchObject({ count: 4 });
    expect(await names({ mfaStatus: "ENROLLED" })).toMatchObject({ count: 1, names: ["john.smith"] });
    expect(await names({ mfaStatus: "NOT_ENROLLED" })).toMatchObject({ count: 3 });
    expect(await names({ mfaStatus: "LOCKED" })).toMatchObject({ count: 0 });
  });
});
