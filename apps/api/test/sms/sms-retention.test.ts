import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const DAY = 24 * 60 * 60 * 1000;

describe.each(ENGINES)("text retention on %s", (engine) => {
  let t: TestServer;
  let offset = 0;
  const now = () => Date.now() + offset;
  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_RETENTION_DAYS: "30" }, { now });
  });
  afterAll(async () => t?.close());

  const count = async (accountId: string) =>
    Number(((await t.server.dataSource.query("SELECT COUNT(*) AS n FROM sms_messages WHERE account_id = ?", [accountId])) as { n: number | string }[])[0]?.n);

  it("keeps texts for the retention period, then deletes them (a send cut short too), once a day", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    for (let i = 0; i < 3; i++) {
      await t.server.services.sms.send({ accountId: tenant.accountId, userId: null, domainId: tenant.domainId, to: `+1202555010${i}`, body: `Your code is 12345${i}` });
    }
    // A send the process never finished (it stopped between the record and the provider's answer).
    await t.server.dataSource.query("UPDATE sms_messages SET status = 'QUEUED' WHERE account_id = ? AND to_e164 = ?", [tenant.accountId, "+12025550100"]);
    expect(await count(tenant.accountId)).toBe(3);
    const { smsRetention } = t.server.services;

    // 29 days on: nothing is old enough, and the outbox still shows the texts.
    offset = 29 * DAY;
    expect(await smsRetention.prune()).toBe(0);
    expect(await count(tenant.accountId)).toBe(3);

    // 31 days on (another day): all three go, and the day's work is done (the next round that day reads nothing).
    offset = 31 * DAY;
    expect(await smsRetention.prune()).toBeGreaterThanOrEqual(3);
    expect(await count(tenant.accountId)).toBe(0);
    expect(await smsRetention.prune()).toBe(0);
  });
});
