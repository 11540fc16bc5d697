import { randomBytes } from "node:crypto";
import { createSealer, parseSealKeys, SealError } from "@mfa/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entities } from "#src/db/entities.js";
import { replaceSealedValue } from "#src/db/sealed-columns.js";
import { WEBHOOK_SECRETS } from "#src/modules/webhooks/sealed-columns.js";
import { resealCommand } from "#src/modules/reseal/reseal-command.js";
import { SEALED_COLUMNS } from "#src/modules/reseal/reseal.service.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/engines.js";
import { bearer, COMPLETE, createMailbox, createTenant, enrolTotp, login, oathtool, type Tenant } from "../support/fixtures.js";
import { startServerOn, type TestServer } from "../support/server.js";
import { reminder } from "../mail/mail-fixtures.js";
import { signedIn, verifiedPhone } from "../sms/sms-fixtures.js";
import { createEndpoint, ROTATE } from "../webhooks/webhook-fixtures.js";

const keySpec = (id: string) => `${id}:${randomBytes(32).toString("base64")}`;

/** Every sealed value in the database, by column, as `{ column, id, value }`. */
async function sealedValues(t: TestServer): Promise<{ column: string; id: string; value: string }[]> {
  const out: { column: string; id: string; value: string }[] = [];
  for (const c of SEALED_COLUMNS) {
    const rows: { id: string; v: string }[] = await t.server.dataSource.query(`SELECT id, ${c.column} AS v FROM ${c.table} WHERE ${c.column} IS NOT NULL`);
    for (const row of rows) out.push({ column: `${c.table}.${c.column}`, id: row.id, value: row.v });
  }
  return out;
}

const keyIdsOf = (values: { value: string }[]) => [...new Set(values.map((v) => v.value.split(".")[1]))].sort();

describe("every sealed column is known to the re-seal command", () => {
  it("each entity property holding a sealed value (…Sealed) is a column the command walks", async () => {
    const { DataSource } = await import("typeorm");
    const { SnakeNamingStrategy } = await import("#src/db/naming.js");
    const probe = new DataSource({ type: "better-sqlite3", database: ":memory:", entities, namingStrategy: new SnakeNamingStrategy() });
    await probe.initialize();
    try {
      const sealed = probe.entityMetadatas.flatMap((m) => m.columns.filter((c) => c.propertyName.endsWith("Sealed")).map((c) => `${m.tableName}.${c.databaseName}`));
      expect(sealed.sort()).toEqual(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
    } finally {
      await probe.destroy();
    }
  });
});

describe.each(ENGINES)("re-sealing under a new key on %s", (engine) => {
  const A = keySpec("a");
  const B = keySpec("b");
  let database: TestDatabase;
  let t: TestServer;
  let tenant: Tenant;
  let totp: { username: string; secret: string; verifiedAtMs: number };
  let recovery: { username: string; codes: string[] };
  let phone: { username: string; id: string };
  let hooks: { id: string; secret: string }[];
  let textsUnderA: number;
  /** A sign-in whose code was texted while key A was active. */
  let inFlight: { challengeId: string; passcode: string };
  const run = async (args: string[], keys: string) => {
    const lines: string[] = [];
    const code = await resealCommand(args, { ...database.env, MFA_SEAL_KEYS: keys, LOG_LEVEL: "silent" }, (line) => lines.push(line));
    return { code, output: lines.join("\n") };
  };
  const restart = async (keys: string) => {
    await t.stop();
    t = await startServerOn(database, { MFA_SEAL_KEYS: keys });
  };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    t = await startServerOn(database, { MFA_SEAL_KEYS: A });
    tenant = await createTenant(t, "OPTIONAL");
    const admin = (await login(t, tenant.adminUsername)).token as string;

    const app = await enrolTotp(t, await createMailbox(t, tenant, "app"));
    totp = { username: `app@${tenant.domainName}`, secret: app.secret, verifiedAtMs: app.verifiedAtMs };

    const withCodes = await enrolTotp(t, await createMailbox(t, tenant, "codes"));
    const generated = await t.gql<{ generateRecoveryCodes: { codes: string[] } }>(`mutation { generateRecoveryCodes(quantity: 3) { codes } }`, {}, bearer(withCodes.token));
    recovery = { username: `codes@${tenant.domainName}`, codes: generated.body.data?.generateRecoveryCodes.codes ?? [] };
    expect(recovery.codes).toHaveLength(3);

    const texter = await signedIn(t, tenant, "texter");
    await verifiedPhone(t, texter, "2015550123");
    phone = { username: texter.username, id: texter.id };

    await t.server.services.mail.send({ accountId: tenant.accountId, userId: null, to: "carol@acme.example", content: reminder(tenant.domainName) });
    hooks = [];
    for (let i = 0; i < 3; i++) hooks.push(await createEndpoint(t, admin, { url: `http://127.0.0.1:9/hook-${i}` }).then((r) => ({ id: r.endpoint.id, secret: r.secret })));
    // One rotated endpoint: its previous secret is sealed too.
    const rotated = await t.gql<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { id: hooks[0]?.id }, bearer(admin));
    hooks[0] = { id: hooks[0]?.id as string, secret: rotated.body.data?.rotateWebhookSecret.secret as string };
    const pending = await login(t, phone.username);
    const [text] = await t.server.services.sms.listOutbox({ userId: phone.id, first: 1 });
    inFlight = { challengeId: pending.challengeId as string, passcode: /(\d{6,8})/.exec(text?.body ?? "")?.[1] as string };
    textsUnderA = (await t.server.services.sms.listOutbox({ userId: phone.id, first: 100 })).length;
  });
  afterAll(async () => {
    await t?.stop();
    await database?.drop();
  });

  it("under key A, every sealed column holds values and all of them name key a", async () => {
    const values = await sealedValues(t);
    expect(new Set(values.map((v) => v.column))).toEqual(new Set(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`)));
    expect(keyIdsOf(values)).toEqual(["a"]);
    expect(textsUnderA).toBeGreaterThan(0);
  });

  it("with B active and A still known, re-seals every value while the API serves (secrets rotating meanwhile), prints counts, and a second run finds nothing", async () => {
    await restart(`${A},${B}`);
    // A code texted before the rotation still signs in after it.
    const completed = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: inFlight });
    expect(completed.body.data?.completeLogin.authenticatedBy).toEqual(["PASSCODE", "PASSWORD"]);
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const before = (await sealedValues(t)).length;
    // The API keeps working during the run: rotations and sign-ins in parallel with a batch of one value at a time.
    const rotations = Promise.all(
      hooks.map(async (hook, i) => {
        const res = await t.gql<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { id: hook.id }, bearer(admin));
        hooks[i] = { id: hook.id, secret: res.body.data?.rotateWebhookSecret.secret as string };
      }),
    );
    const [first] = await Promise.all([run(["--batch-size", "1"], `${A},${B}`), rotations, login(t, phone.username)]);
    expect(first.output).toMatch(/Re-sealing under key "b" \(configured keys: a, b\), 1 values a batch/);
    expect(first.output).toMatch(/devices\.secret_sealed: 2 under other keys, 2 re-sealed, 0 changed meanwhile, 0 unreadable/);
    const resealed = [...first.output.matchAll(/(\d+) re-sealed,/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(resealed).toBeGreaterThan(0);
    expect(resealed).toBeLessThanOrEqual(before);

    // Whatever interleaving happened, a second run leaves nothing under a, and finds nothing more to do on a third.
    const second = await run([], `${A},${B}`);
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/Every sealed value is under key "b"/);
    const third = await run([], `${A},${B}`);
    expect(third.output).toMatch(/Re-sealed 0; 0 changed by the API meanwhile; 0 unreadable/);
    expect((await run(["--check"], `${A},${B}`)).code).toBe(0);
    expect(keyIdsOf(await sealedValues(t))).toEqual(["b"]);
  });

  it("a value the API changed between the read and the write is left as the API wrote it", async () => {
    const admin = (await login(t, tenant.adminUsername)).token as string;
    const hook = hooks[1] as { id: string; secret: string };
    const [read] = (await sealedValues(t)).filter((v) => v.column === "webhook_endpoints.secret_sealed" && v.id === hook.id);
    const res = await t.gql<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { id: hook.id }, bearer(admin));
    hooks[1] = { id: hook.id, secret: res.body.data?.rotateWebhookSecret.secret as string };
    const sealer = createSealer({ keys: parseSealKeys(B), activeKeyId: "b" });
    const stale = sealer.seal(hook.secret, WEBHOOK_SECRETS.context(hook.id));
    expect(await replaceSealedValue(t.server.dataSource, WEBHOOK_SECRETS, { id: hook.id, from: read?.value as string, to: stale })).toBe(false);
    const [now] = (await sealedValues(t)).filter((v) => v.column === "webhook_endpoints.secret_sealed" && v.id === hook.id);
    expect(sealer.open(now?.value as string, WEBHOOK_SECRETS.context(hook.id))).toBe(hooks[1].secret);
  });

  it("with A removed, every value opens under B and none under A alone; TOTP, SMS and recovery-code sign-ins work; kept texts and webhook secrets read back", async () => {
    await restart(B);
    const onlyA = createSealer({ keys: parseSealKeys(A), activeKeyId: "a" });
    const onlyB = createSealer({ keys: parseSealKeys(B), activeKeyId: "b" });
    for (const v of await sealedValues(t)) {
      const column = SEALED_COLUMNS.find((c) => `${c.table}.${c.column}` === v.column);
      const context = column?.context(v.id);
      expect(() => onlyB.open(v.value, context)).not.toThrow();
      expect(() => onlyA.open(v.value, context)).toThrow(SealError);
    }
    for (const hook of hooks) {
      const [row] = (await sealedValues(t)).filter((v) => v.column === "webhook_endpoints.secret_sealed" && v.id === hook.id);
      expect(onlyB.open(row?.value as string, WEBHOOK_SECRETS.context(hook.id))).toBe(hook.secret);
    }
    expect((await t.server.services.sms.listOutbox({ userId: phone.id, first: 100 })).length).toBeGreaterThanOrEqual(textsUnderA);
    expect((await t.server.services.mail.listOutbox({ accountId: tenant.accountId, first: 10 })).map((m) => m.to)).toEqual(["carol@acme.example"]);

    const app = await login(t, totp.username);
    const byApp = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, {
      input: { challengeId: app.challengeId, passcode: oathtool(totp.secret, totp.verifiedAtMs + 30_000) },
    });
    expect(byApp.body.data?.completeLogin.authenticatedBy).toEqual(["OTPPASSCODE", "PASSWORD"]);

    const texted = await login(t, phone.username);
    expect(texted.smsSentTo).toBeTruthy();
    const [last] = await t.server.services.sms.listOutbox({ userId: phone.id, first: 1 });
    const code = /(\d{6,8})/.exec(last?.body ?? "")?.[1];
    const bySms = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: texted.challengeId, passcode: code } });
    expect(bySms.body.data?.completeLogin.authenticatedBy).toEqual(["PASSCODE", "PASSWORD"]);

    const withCode = await login(t, recovery.username);
    const byCode = await t.gql<{ completeLogin: { authenticatedBy: string[] } }>(COMPLETE, { input: { challengeId: withCode.challengeId, passcode: recovery.codes[0] } });
    expect(byCode.body.errors).toBeUndefined();
    expect(byCode.body.data?.completeLogin.authenticatedBy).toContain("PASSWORD");
  });

  it("a value under a key nobody configured is counted unreadable, left as it is, and named by key id (exit code 1)", async () => {
    const [target] = (await sealedValues(t)).filter((v) => v.column === "webhook_endpoints.secret_sealed");
    const retired = createSealer({ keys: parseSealKeys(keySpec("c")), activeKeyId: "c" }).seal("lost", WEBHOOK_SECRETS.context(target?.id as string));
    expect(await replaceSealedValue(t.server.dataSource, WEBHOOK_SECRETS, { id: target?.id as string, from: target?.value as string, to: retired })).toBe(true);
    try {
      const result = await run([], B);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/webhook_endpoints\.secret_sealed: 1 under other keys, 0 re-sealed, 0 changed meanwhile, 1 unreadable/);
      expect(result.output).toMatch(/webhook_endpoints\.secret_sealed: 1 under c/);
      expect((await run(["--check"], B)).code).toBe(1);
      const [after] = (await sealedValues(t)).filter((v) => v.id === target?.id && v.column === "webhook_endpoints.secret_sealed");
      expect(after?.value).toBe(retired);
    } finally {
      await replaceSealedValue(t.server.dataSource, WEBHOOK_SECRETS, { id: target?.id as string, from: retired, to: target?.value as string });
    }
  });

  it("refuses a bad argument or setting with exit code 2 and the usage", async () => {
    expect(await run(["--batch-size", "0"], B)).toMatchObject({ code: 2, output: expect.stringMatching(/--batch-size must be/) });
    expect(await run(["--what"], B)).toMatchObject({ code: 2, output: expect.stringMatching(/usage: reseal/) });
    expect(await run([], `${B}`.replace(/:.*/, ":short"))).toMatchObject({ code: 2, output: expect.stringMatching(/MFA_SEAL_KEYS/) });
  });
});
