import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, createTenant, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { adminToken, signedIn, verifiedPhone } from "../sms/sms-fixtures.js";
import { auditsOf } from "./alerts-fixtures.js";

const FLAGS = `query U($id: ID!) { user(id: $id) { sharedPhoneNumbers { deviceId maskedPhone mailboxesInAccount inOtherAccounts reasons } } }`;
type Flag = { deviceId: string; maskedPhone: string; mailboxesInAccount: number; inOtherAccounts: boolean; reasons: string[] };

describe.each(ENGINES)("the shared recovery number on %s", (engine) => {
  let t: TestServer;
  let n = 0;
  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_BUDGET_DESTINATION_DAILY: "20" });
  });
  afterAll(async () => t?.close());

  const flagsOf = async (tenant: Tenant, userId: string): Promise<Flag[]> => {
    const res = await t.gql<{ user: { sharedPhoneNumbers: Flag[] } }>(FLAGS, { id: userId }, bearer(await adminToken(t, tenant)));
    if (!res.body.data) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data.user.sharedPhoneNumbers;
  };

  it("is flagged once a number is verified on more mailboxes of the account than 3, audited once when the line is crossed, compared by keyed digest", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const users = [];
    for (let i = 0; i < 5; i++) users.push(await signedIn(t, tenant, `shared-${++n}`));
    const [u0, u1, u2, u3, u4] = users as [(typeof users)[0], (typeof users)[0], (typeof users)[0], (typeof users)[0], (typeof users)[0]];
    for (const u of [u0, u1, u2]) await verifiedPhone(t, u, "2015550111");
    expect(await flagsOf(tenant, u0.id)).toEqual([]);
    const crossing = await verifiedPhone(t, u3, "2015550111");
    const flags = await flagsOf(tenant, u0.id);
    expect(flags).toEqual([{ deviceId: expect.any(String), maskedPhone: "+1 *** *** 0111", mailboxesInAccount: 4, inOtherAccounts: false, reasons: ["THRESHOLD"] }]);
    expect((await flagsOf(tenant, u3.id))[0]?.deviceId).toBe(crossing);
    expect(await auditsOf(t, u3.id, "SHARED_PHONE_NUMBER_FLAGGED")).toEqual([{ deviceId: crossing, reason: "THRESHOLD", mailboxesInAccount: 4, inOtherAccounts: false, threshold: 3 }]);
    // A fifth mailbox is flagged too, but the crossing was audited once.
    await verifiedPhone(t, u4, "2015550111");
    expect((await flagsOf(tenant, u4.id))[0]?.mailboxesInAccount).toBe(5);
    expect(await auditsOf(t, u4.id, "SHARED_PHONE_NUMBER_FLAGGED")).toEqual([]);
    // Digests, not numbers: the column holds the key id and an HMAC, the same for the same number.
    const rows: { phone_digest: string }[] = await t.server.dataSource.query("SELECT DISTINCT phone_digest FROM devices WHERE phone_e164 = ?", ["+12015550111"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.phone_digest).toMatch(/^[^.]+\.[A-Za-z0-9_-]{43}$/);
    expect(rows[0]?.phone_digest).not.toContain("2015550111");
  });

  it("is flagged when mailboxes of another account have the number; the other account's admin cannot see this account's users", async () => {
    const a = await createTenant(t, "OPTIONAL");
    const b = await createTenant(t, "OPTIONAL");
    const alice = await signedIn(t, a, `cross-${++n}`);
    const bob = await signedIn(t, b, `cross-${++n}`);
    await verifiedPhone(t, alice, "2015550122");
    expect(await flagsOf(a, alice.id)).toEqual([]);
    await verifiedPhone(t, bob, "2015550122");
    expect((await flagsOf(b, bob.id))[0]).toMatchObject({ mailboxesInAccount: 1, inOtherAccounts: true, reasons: ["OTHER_ACCOUNTS"] });
    expect((await flagsOf(a, alice.id))[0]).toMatchObject({ inOtherAccounts: true, reasons: ["OTHER_ACCOUNTS"] });
    expect((await auditsOf(t, bob.id, "SHARED_PHONE_NUMBER_FLAGGED"))[0]).toMatchObject({ reason: "OTHER_ACCOUNTS" });
    const foreign = await t.gql(FLAGS, { id: alice.id }, bearer(await adminToken(t, b)));
    expect(foreign.body.data?.user ?? null).toBeNull();
  });

  it("a phone added before digests existed gets one at start-up, and is compared like the others", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const u = await signedIn(t, tenant, `legacy-${++n}`);
    const deviceId = await verifiedPhone(t, u, "2015550133");
    await t.server.dataSource.query("UPDATE devices SET phone_digest = NULL WHERE id = ?", [deviceId]);
    expect(await t.server.services.mfa.digestPhones()).toBeGreaterThanOrEqual(1);
    const rows: { phone_digest: string | null }[] = await t.server.dataSource.query("SELECT phone_digest FROM devices WHERE id = ?", [deviceId]);
    expect(rows[0]?.phone_digest).toMatch(/^[^.]+\./);
  });
});
