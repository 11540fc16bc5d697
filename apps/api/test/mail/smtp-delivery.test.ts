import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { createSealer } from "@mfa/core";
import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "#src/config/config.js";
import { createDataSource } from "#src/db/data-source.js";
import { runMigrations } from "#src/db/migrate.js";
import { createLogger } from "#src/logger.js";
import { EmailMessageEntity } from "#src/modules/mail/email-message.entity.js";
import { createMailSender } from "#src/modules/mail/mail-sender.factory.js";
import { MailService } from "#src/modules/mail/mail.service.js";
import { ENGINES, freshDatabase, type TestDatabase } from "../support/engines.js";
import { alert, DEADLINE_WORDS, reminder } from "./mail-fixtures.js";

const CREDENTIALS = { user: "mailer@acme.example", password: "p@ss:w/rd" };
const SMTP_ENV = { MAIL_TRANSPORT: "smtp", MAIL_FROM: '"Acme Security" <security@acme.example>', CONSOLE_URL: "https://mfa.acme.example" };
/** Roomy for the servers that answer (a loaded machine is slow); the hanging server's test sets its own, short one. */
const ANSWERING_TIMEOUT_MS = "10000";

/** A port nothing listens on: one the system gave and took back. */
async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(ENGINES)("emails through an SMTP server on %s", (engine) => {
  let database: TestDatabase;
  let ds: DataSource;
  let receiver: SmtpReceiver;
  let base: Config;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    receiver = await startSmtpReceiver(CREDENTIALS);
    base = loadConfig({ NODE_ENV: "test", ...database.env, ...SMTP_ENV, SMTP_URL: receiver.url(CREDENTIALS) });
    ds = createDataSource(base.database);
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await receiver?.close();
    await ds?.destroy();
    await database?.drop();
  });

  /** The service as main.ts builds it, for the SMTP server at `smtpUrl` (the receiver by default). */
  const mailVia = (smtpUrl = receiver.url(CREDENTIALS), timeoutMs = ANSWERING_TIMEOUT_MS) => {
    const config = loadConfig({ NODE_ENV: "test", ...database.env, ...SMTP_ENV, SMTP_URL: smtpUrl, SMTP_TIMEOUT_MS: timeoutMs });
    return new MailService({
      dataSource: ds,
      sender: createMailSender(config.mail),
      sealer: createSealer(config.seal),
      logger: createLogger("silent"),
      from: config.mail.from,
      context: { issuer: config.issuer, consoleUrl: config.mail.consoleUrl },
    });
  };
  const rowOf = (id: string) => ds.getRepository(EmailMessageEntity).findOneByOrFail({ id });

  it("delivers a reminder with a text and an HTML part, from MAIL_FROM to the mailbox, naming the domain, the deadline and the setup link", async () => {
    receiver.behave("accept");
    const before = receiver.received.length;
    const result = await mailVia().send({ accountId: null, userId: null, to: "bob@sales.acme.example", content: reminder("sales.acme.example") });

    expect(result).toEqual({ id: expect.any(String), status: "SENT", errorCode: null });
    expect(receiver.received).toHaveLength(before + 1);
    const mail = receiver.received.at(-1)!;
    expect(mail.user).toBe(CREDENTIALS.user);
    expect(mail.envelope).toEqual({ from: "security@acme.example", to: ["bob@sales.acme.example"] });
    expect(mail.from).toEqual([{ name: "Acme Security", address: "security@acme.example" }]);
    expect(mail.to).toEqual(["bob@sales.acme.example"]);
    expect(mail.contentType).toBe("multipart/alternative");
    expect(mail.subject).toBe(`Action needed: set up two-step sign-in for sales.acme.example by ${DEADLINE_WORDS}`);
    for (const words of ["sales.acme.example", DEADLINE_WORDS, "https://mfa.acme.example/setup", "Acme Corp"]) {
      expect(mail.text).toContain(words);
      expect(mail.html).toContain(words);
    }
    expect(mail.html).toContain('<a href="https://mfa.acme.example/setup"');

    const row = await rowOf(result.id);
    expect(row).toMatchObject({ kind: "MFA_REMINDER", toAddress: "bob@sales.acme.example", transport: "smtp", status: "SENT", errorCode: null, error: null, contentSealed: null });
    expect(mail.raw).toContain(`Message-ID: ${row.providerMessageId}`);
  });

  it("escapes outside data in a security alert: the user agent's markup is text in the HTML, and no header is injected", async () => {
    receiver.behave("accept");
    const result = await mailVia().send({ accountId: null, userId: null, to: "carol@acme.example", content: alert("carol@acme.example") });
    expect(result.status).toBe("SENT");
    const mail = receiver.received.at(-1)!;
    expect(mail.subject).toBe("Security alert: a sign-in method was added");
    expect(mail.text).toContain("When: Tuesday 14 July 2026 at 16:45 UTC");
    expect(mail.text).toContain('From: 203.0.113.9 (Mozilla/5.0 <script>alert("x")</script> Bcc: eve@evil.example)');
    expect(mail.text).toContain("If it was not you");
    expect(mail.text).toContain("https://mfa.acme.example/security");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.envelope.to).toEqual(["carol@acme.example"]);
    expect(mail.raw).not.toMatch(/^Bcc:/im);
  });

  it("ten emails sent at once each arrive once, and each row says SENT with its own Message-ID", async () => {
    receiver.behave("accept");
    const before = receiver.received.length;
    const mail = mailVia();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => mail.send({ accountId: null, userId: null, to: `user${i}@acme.example`, content: reminder("acme.example") })));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill("SENT"));
    const arrived = receiver.received.slice(before).map((m) => m.envelope.to[0]).sort();
    expect(arrived).toEqual(Array.from({ length: 10 }, (_, i) => `user${i}@acme.example`).sort());
    const rows = await Promise.all(results.map((r) => rowOf(r.id)));
    expect(new Set(rows.map((r) => r.providerMessageId)).size).toBe(10);
  });

  const failures: [string, "reject" | "defer", string][] = [
    ["refuses the recipient for good (550)", "reject", "MAIL_REJECTED"],
    ["refuses it for now (451)", "defer", "MAIL_DEFERRED"],
  ];
  it.each(failures)("a server that %s: FAILED with its code, returned, not thrown, and the row holds no content", async (_, behaviour, code) => {
    receiver.behave(behaviour);
    const before = receiver.received.length;
    const result = await mailVia().send({ accountId: null, userId: null, to: "dave@acme.example", content: reminder("acme.example") });
    receiver.behave("accept");
    expect(result).toEqual({ id: expect.any(String), status: "FAILED", errorCode: code });
    expect(receiver.received).toHaveLength(before);
    const row = await rowOf(result.id);
    expect(row).toMatchObject({ status: "FAILED", errorCode: code, contentSealed: null, providerMessageId: null });
    expect(row.error).toMatch(new RegExp(`^${code}: the SMTP server 127\\.0\\.0\\.1:${receiver.port} \\(at RCPT TO, status ${behaviour === "reject" ? 550 : 451}`));
    expect(row.error).not.toContain("two-step");
  });

  it("a server that hangs after the message: FAILED with MAIL_TIMEOUT once SMTP_TIMEOUT_MS passes, not thrown", async () => {
    receiver.behave("hang");
    const started = Date.now();
    const result = await mailVia(receiver.url(CREDENTIALS), "1000").send({ accountId: null, userId: null, to: "erin@acme.example", content: reminder("acme.example") });
    receiver.behave("accept");
    const took = Date.now() - started;
    expect(result).toEqual({ id: expect.any(String), status: "FAILED", errorCode: "MAIL_TIMEOUT" });
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(5_000);
    expect(await rowOf(result.id)).toMatchObject({ status: "FAILED", errorCode: "MAIL_TIMEOUT" });
  });

  it("a wrong SMTP password: FAILED with MAIL_AUTH_FAILED, and the password is nowhere in the row", async () => {
    const result = await mailVia(receiver.url({ user: CREDENTIALS.user, password: "wrong-secret-123" })).send({ accountId: null, userId: null, to: "frank@acme.example", content: reminder("acme.example") });
    expect(result.errorCode).toBe("MAIL_AUTH_FAILED");
    const row = await rowOf(result.id);
    expect(row.status).toBe("FAILED");
    expect(JSON.stringify(row)).not.toContain("wrong-secret-123");
  });

  it("no server at the address: FAILED with MAIL_UNREACHABLE, not thrown", async () => {
    const result = await mailVia(`smtp://127.0.0.1:${await closedPort()}`).send({ accountId: null, userId: null, to: "gina@acme.example", content: reminder("acme.example") });
    expect(result).toEqual({ id: expect.any(String), status: "FAILED", errorCode: "MAIL_UNREACHABLE" });
  });

  it("an address no email can go to: FAILED with MAIL_INVALID_RECIPIENT, and the server is never contacted", async () => {
    const connections = receiver.connections();
    for (const to of ["not an address", "bob@acme.example\r\nBcc: eve@evil.example", "bob@acme.example, eve@evil.example"]) {
      const result = await mailVia().send({ accountId: null, userId: null, to, content: reminder("acme.example") });
      expect(result, JSON.stringify(to)).toEqual({ id: expect.any(String), status: "FAILED", errorCode: "MAIL_INVALID_RECIPIENT" });
    }
    expect(receiver.connections()).toBe(connections);
  });
});
