import { randomUUID } from "node:crypto";
import { createSealer } from "@mfa/core";
import { INVALID_NUMBER, startFakeTwilio, type FakeTwilio } from "@mfa/testing";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "#src/config/config.js";
import { createDataSource } from "#src/db/data-source.js";
import { runMigrations } from "#src/db/migrate.js";
import { AuditService } from "#src/modules/audit/audit.service.js";
import { createOutboxSender } from "#src/modules/sms/outbox-sender.js";
import { SmsBudgetService } from "#src/modules/sms/sms-budget.service.js";
import { loginCodeMessage, verificationCodeMessage } from "#src/modules/sms/sms-message.js";
import { SmsMessageEntity } from "#src/modules/sms/sms-message.entity.js";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";
import type { SmsSender } from "#src/modules/sms/sms-sender.js";
import { SmsService } from "#src/modules/sms/sms.service.js";
import { createTwilioSender } from "#src/modules/sms/twilio-sender.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/engines.js";

const TO = "+14155550123";

describe.each(ENGINES)("the SMS service on %s", (engine) => {
  let database: TestDatabase;
  let config: Config;
  let ds: DataSource;
  let twilio: FakeTwilio;
  let clock = 1_800_000_000_000;
  const now = () => clock++;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    config = loadConfig({ NODE_ENV: "test", ...database.env });
    ds = createDataSource(config.database);
    await ds.initialize();
    await runMigrations(ds);
    twilio = await startFakeTwilio();
  });
  afterAll(async () => {
    await twilio?.close();
    await ds?.destroy();
    await database?.drop();
  });

  const sealer = () => createSealer(config.seal);
  /** The real gate, with budgets wide enough for these tests of recording and delivery (the gate has its own). */
  const gate = () => {
    const wide = { userHourly: 1e6, userDaily: 1e6, domainHourly: 1e6, domainDaily: 1e6, accountHourly: 1e6, accountDaily: 1e6, destinationDaily: 1e6 };
    return new SmsBudgetService({ dataSource: ds, config: { sms: { ...config.sms, budgets: { defaults: wide, maxima: wide, globalHourly: 1e6 } } }, audit: new AuditService(ds) });
  };
  const outbox = () => new SmsService(ds, createOutboxSender(), sealer(), gate(), now);
  const viaTwilio = () =>
    new SmsService(ds, createTwilioSender({ accountSid: twilio.accountSid, authToken: twilio.authToken, from: "+15005550006", baseUrl: twilio.url }), sealer(), gate(), now);

  /** The row exactly as the database holds it, every column. */
  async function rawRow(where: string, value: string): Promise<Record<string, unknown>> {
    const rows: Record<string, unknown>[] = await ds.query(`SELECT * FROM sms_messages WHERE ${where} = ?`, [value]);
    expect(rows).toHaveLength(1);
    return rows[0] as Record<string, unknown>;
  }

  function rowOf(userId: string): Promise<SmsMessageEntity> {
    return ds.getRepository(SmsMessageEntity).findOneByOrFail({ userId });
  }

  it("keeps an outbox text sealed: the stored row is the delivery and holds no clear-text code", async () => {
    const accountId = randomUUID();
    const userId = randomUUID();
    const code = "731904";
    const body = loginCodeMessage("Acme Mail", code, 5);
    await outbox().send({ domainId: null, accountId, userId, to: TO, body });

    const row = await rowOf(userId);
    expect(row).toMatchObject({ accountId, toE164: TO, provider: "outbox", status: "STORED", providerMessageId: null, error: null });
    expect(row.bodySealed).toMatch(/^v1\./);
    const raw = JSON.stringify(await rawRow("user_id", userId));
    expect(raw).not.toContain(code);
    expect(raw).not.toContain("sign-in code");

    const listed = await outbox().listOutbox({ userId, first: 10 });
    expect(listed).toEqual([{ id: row.id, to: TO, body, createdAt: row.createdAt, status: "STORED" }]);
  });

  it("binds each sealed text to its row: a body copied onto another row cannot be read", async () => {
    const userId = randomUUID();
    await outbox().send({ domainId: null, accountId: null, userId, to: TO, body: verificationCodeMessage("Acme Mail", "111222", 10) });
    await outbox().send({ domainId: null, accountId: null, userId, to: TO, body: verificationCodeMessage("Acme Mail", "333444", 10) });
    const [newer, older] = await outbox().listOutbox({ userId, first: 10 });
    expect(newer?.body).toContain("333444");
    expect(older?.body).toContain("111222");
    const repo = ds.getRepository(SmsMessageEntity);
    const olderRow = await repo.findOneByOrFail({ id: older?.id ?? "" });
    await repo.update({ id: newer?.id ?? "" }, { bodySealed: olderRow.bodySealed });
    expect((await outbox().listOutbox({ userId, first: 10 })).map((m) => m.id)).toEqual([older?.id]);
  });

  it("lists newest first, filtered by account and by user, and clamps `first` to 1..100", async () => {
    const accountId = randomUUID();
    const alice = randomUUID();
    const bob = randomUUID();
    const service = outbox();
    for (let i = 0; i < 101; i++) {
      await service.send({ domainId: null, accountId, userId: i % 2 === 0 ? alice : bob, to: TO, body: `Acme Mail sign-in code: ${String(100000 + i)}.` });
    }
    await service.send({ domainId: null, accountId: randomUUID(), userId: randomUUID(), to: TO, body: "another tenant's code 999999" });

    const page = await service.listOutbox({ accountId, first: 1_000 });
    expect(page).toHaveLength(100);
    expect(page[0]?.body).toContain("100100");
    expect(page.every((m, i) => i === 0 || (page[i - 1]?.createdAt ?? 0) > m.createdAt)).toBe(true);
    expect(page.some((m) => m.body.includes("999999"))).toBe(false);

    expect(await service.listOutbox({ accountId, first: 0 })).toHaveLength(1);
    expect(await service.listOutbox({ accountId, first: -5 })).toHaveLength(1);
    const bobs = await service.listOutbox({ accountId, userId: bob, first: 100 });
    expect(bobs).toHaveLength(50);
    expect(bobs[0]?.body).toContain("100099");
    expect(await service.listOutbox({ accountId: randomUUID(), userId: bob, first: 100 })).toEqual([]);
    await expect(service.listOutbox({ first: 10 } as never)).rejects.toThrow(RangeError);
  });

  it("sends through Twilio and keeps no body at all, only the number, status and message SID", async () => {
    const userId = randomUUID();
    const code = "582046";
    const body = loginCodeMessage("Acme Mail", code, 5);
    await viaTwilio().send({ domainId: null, accountId: randomUUID(), userId, to: TO, body });

    expect(twilio.messages.at(-1)).toMatchObject({ to: TO, body });
    const row = await rowOf(userId);
    expect(row).toMatchObject({ provider: "twilio", status: "SENT", bodySealed: null, error: null });
    expect(row.providerMessageId).toBe(twilio.messages.at(-1)?.sid);
    const raw = JSON.stringify(await rawRow("user_id", userId));
    expect(raw).not.toContain(code);
    expect(raw).not.toContain("sign-in code");
    expect(await viaTwilio().listOutbox({ userId, first: 10 })).toEqual([]);
  });

  it("records a refused text as FAILED with Twilio's reason but without the code, and rethrows", async () => {
    const userId = randomUUID();
    const code = "264810";
    const error = await viaTwilio()
      .send({ domainId: null, accountId: null, userId, to: INVALID_NUMBER, body: loginCodeMessage("Acme Mail", code, 5) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsDeliveryError);
    expect((error as SmsDeliveryError).providerCode).toBe(21211);
    const row = await rowOf(userId);
    expect(row).toMatchObject({ provider: "twilio", status: "FAILED", bodySealed: null, providerMessageId: null });
    expect(row.error).toContain("21211");
    expect(JSON.stringify(await rawRow("user_id", userId))).not.toContain(code);
  });

  it("writes the row before the provider is called, and hides an unexpected sender failure", async () => {
    const userId = randomUUID();
    let seen: SmsMessageEntity | null = null;
    const broken: SmsSender = {
      name: "twilio",
      async send(message) {
        seen = await ds.getRepository(SmsMessageEntity).findOneBy({ userId });
        throw new Error(`boom while sending ${message.body}`);
      },
    };
    const error = await new SmsService(ds, broken, sealer(), gate(), now)
      .send({ domainId: null, accountId: null, userId, to: TO, body: "Acme Mail sign-in code: 777888." })
      .catch((e: unknown) => e);
    expect(seen).toMatchObject({ status: "QUEUED", provider: "twilio", bodySealed: null });
    expect(error).toBeInstanceOf(SmsDeliveryError);
    expect((error as SmsDeliveryError).message).not.toContain("777888");
    const row = await rowOf(userId);
    expect(row.status).toBe("FAILED");
    expect(row.error).not.toContain("777888");
  });

  it("hands a text refused by the gate to no provider and records nothing: over a budget, or to a country not allowed", async () => {
    const closed = { userHourly: 0, userDaily: 0, domainHourly: 0, domainDaily: 0, accountHourly: 0, accountDaily: 0, destinationDaily: 0 };
    const gate = new SmsBudgetService({ dataSource: ds, config: { sms: { ...config.sms, budgets: { defaults: closed, maxima: closed, globalHourly: 0 } } }, audit: new AuditService(ds) });
    const service = new SmsService(ds, createTwilioSender({ accountSid: twilio.accountSid, authToken: twilio.authToken, from: "+15005550006", baseUrl: twilio.url }), sealer(), gate, now);
    const userId = randomUUID();
    const before = twilio.requestCount();
    const overBudget = await service.send({ domainId: null, accountId: null, userId, to: TO, body: "Acme Mail sign-in code: 123123." }).catch((e: unknown) => e);
    const abroad = await outbox().send({ domainId: null, accountId: null, userId, to: "+25271123456", body: "Acme Mail sign-in code: 456456." }).catch((e: unknown) => e);
    expect([overBudget, abroad].map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual(["SMS_BUDGET_EXCEEDED", "SMS_COUNTRY_NOT_ALLOWED"]);
    expect(twilio.requestCount()).toBe(before);
    expect(await ds.getRepository(SmsMessageEntity).countBy({ userId })).toBe(0);
  });

  it("refuses a recipient that is not E.164 before writing anything", async () => {
    const userId = randomUUID();
    await expect(outbox().send({ domainId: null, accountId: null, userId, to: "0415 555 0123", body: "x" })).rejects.toThrow(RangeError);
    expect(await ds.getRepository(SmsMessageEntity).countBy({ userId })).toBe(0);
  });
});
