import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { reminder } from "./mail-fixtures.js";

const DAY = 24 * 60 * 60 * 1000;

describe.each(ENGINES)("email retention on %s", (engine) => {
  let t: TestServer;
  let offset = 0;
  const now = () => Date.now() + offset;
  beforeAll(async () => {
    t = await startTestServer(engine, { EMAIL_RETENTION_DAYS: "30" }, { now });
  });
  afterAll(async () => t?.close());

  const count = async (accountId: string) =>
    Number(((await t.server.dataSource.query("SELECT COUNT(*) AS n FROM email_messages WHERE account_id = ?", [accountId])) as { n: number | string }[])[0]?.n);

  it("keeps emails for the retention period, then deletes them in batches, once a day", async () => {
    offset = 0;
    const tenant = await createTenant(t, "OPTIONAL");
    for (let i = 0; i < 3; i++) {
      const sent = await t.server.services.mail.send({ accountId: tenant.accountId, userId: null, to: `user${i}@${tenant.domainName}`, content: reminder(tenant.domainName) });
      expect(sent.status).toBe("STORED");
    }
    expect(await count(tenant.accountId)).toBe(3);
    const { emailRetention } = t.server.services;

    // 29 days on: nothing is old enough.
    offset = 29 * DAY;
    expect(await emailRetention.prune()).toBe(0);
    expect(await count(tenant.accountId)).toBe(3);

    // 31 days on (another day): the three go, and the day's work is done (the next round that day reads nothing).
    offset = 31 * DAY;
    expect(await emailRetention.prune()).toBeGreaterThanOrEqual(3);
    expect(await count(tenant.accountId)).toBe(0);
    expect(await emailRetention.prune()).toBe(0);
  });
});
