import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { bearer, COMPLETE, createMailbox, createTenant, enrolTotp, lastTextedCode, login, oathtool, PASSWORD, VERIFY } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

/** Every row of every table, as text: what a database dump would hold. */
async function dumpAllRows(t: TestServer): Promise<string> {
  const ds = t.server.dataSource;
  const tables: { name: string }[] =
    ds.options.type === "better-sqlite3"
      ? await ds.query("SELECT name FROM sqlite_master WHERE type = 'table'")
      : await ds.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()");
  const parts: string[] = [];
  for (const { name } of tables) parts.push(JSON.stringify(await ds.query(`SELECT * FROM ${name}`)));
  return parts.join("\n");
}

describe.each(ENGINES)("secrets at rest on %s", (engine) => {
  let t: TestServer;
  const seen: string[] = [];
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("keeps no TOTP secret, SMS code, recovery code, password or token in clear", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, "atrest");
    const { secret, token, verifiedAtMs } = await enrolTotp(t, username);
    seen.push(secret, token, PASSWORD);

    const phone = await t.gql<{ addPhone: { device: { id: string } } }>(
      `mutation { addPhone(input: { country: "GB", number: "07400 123456", name: "Mobile" }) { device { id } } }`,
      {},
      bearer(token),
    );
    const smsCode = await lastTextedCode(t, tenant);
    seen.push(smsCode);
    await t.gql(VERIFY, { input: { deviceId: phone.body.data?.addPhone.device.id, code: smsCode } }, bearer(token));

    const codes = await t.gql<{ generateRecoveryCodes: { codes: string[] } }>(`mutation { generateRecoveryCodes(quantity: 10) { codes } }`, {}, bearer(token));
    for (const code of codes.body.data?.generateRecoveryCodes.codes ?? []) seen.push(code, code.replace(/-/g, ""));

    const step1 = await login(t, username);
    seen.push(step1.challengeId as string);
    const done = await t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    seen.push(done.body.data?.completeLogin.token as string);

    const dump = await dumpAllRows(t);
    expect(dump.length).toBeGreaterThan(1000);
    for (const value of seen) {
      expect(value.length).toBeGreaterThanOrEqual(6);
      expect(dump.includes(value), `found in the database: ${value.slice(0, 4)}…`).toBe(false);
    }
    if (engine === "sqlite") {
      const file = t.server.dataSource.options.database as string;
      const raw = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString("latin1")).join("");
      for (const value of seen) expect(raw.includes(value)).toBe(false);
    }
  });
});
