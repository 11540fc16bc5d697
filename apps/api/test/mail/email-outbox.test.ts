import { startSmtpReceiver, type SmtpReceiver } from "@mfa/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "#src/config/config.js";
import { createLogger } from "#src/logger.js";
import { createMailSender } from "#src/modules/mail/mail-sender.factory.js";
import { MailService } from "#src/modules/mail/mail.service.js";
import { createSealer } from "@mfa/core";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createMailbox, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { alert, DEADLINE_WORDS, reminder } from "./mail-fixtures.js";

const OUTBOX = `query Outbox($first: Int!) { emailOutbox(first: $first) { id kind to subject text html status createdAt } }`;
type Listed = { id: string; kind: string; to: string; subject: string; text: string; html: string; status: string; createdAt: string };

async function tokenOf(t: TestServer, username: string): Promise<string> {
  const first = (await login(t, username, PASSWORD)) as { token?: string };
  if (!first.token) throw new Error(`expected a password-only login for ${username}`);
  return first.token;
}

describe.each(ENGINES)("the email outbox on %s", (engine) => {
  let t: TestServer;
  let a: Tenant;
  let b: Tenant;
  let adminA = "";
  let adminB = "";
  let receiver: SmtpReceiver;

  beforeAll(async () => {
    t = await startTestServer(engine, { CONSOLE_URL: "https://mfa.acme.example" });
    receiver = await startSmtpReceiver();
    a = await createTenant(t, "OPTIONAL");
    b = await createTenant(t, "OPTIONAL");
    adminA = await tokenOf(t, a.adminUsername);
    adminB = await tokenOf(t, b.adminUsername);
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  const list = async (token: string, first = 20) => {
    const res = await t.gql<{ emailOutbox: Listed[] }>(OUTBOX, { first }, bearer(token));
    return { emails: res.body.data?.emailOutbox ?? null, code: codeOf(res.body.errors), errors: res.body.errors };
  };

  it("keeps a reminder and lists it to the account's admin: the recipient masked, the subject, text and HTML as an SMTP server receives them", async () => {
    const bob = await createMailbox(t, a, "bob");
    const content = reminder(a.domainName);
    const kept = await t.server.services.mail.send({ accountId: a.accountId, userId: null, to: bob, content });
    expect(kept).toEqual({ id: expect.any(String), status: "STORED", errorCode: null });

    // The same email through SMTP, with the server's own settings but the SMTP transport.
    const config = loadConfig({ NODE_ENV: "test", ...t.database.env, CONSOLE_URL: "https://mfa.acme.example", MAIL_TRANSPORT: "smtp", SMTP_URL: receiver.url(), MAIL_FROM: "no-reply@acme.example" });
    const smtp = new MailService({
      dataSource: t.server.services.dataSource,
      sender: createMailSender(config.mail),
      sealer: createSealer(config.seal),
      logger: createLogger("silent"),
      from: config.mail.from,
      context: { issuer: config.issuer, consoleUrl: config.mail.consoleUrl },
    });
    expect((await smtp.send({ accountId: a.accountId, userId: null, to: bob, content })).status).toBe("SENT");
    const received = receiver.received.at(-1)!;

    const { emails } = await list(adminA);
    expect(emails).toEqual([
      {
        id: kept.id,
        kind: "MFA_REMINDER",
        to: `b***@${a.domainName}`,
        subject: received.subject,
        text: expect.any(String),
        html: expect.any(String),
        status: "STORED",
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    const [email] = emails ?? [];
    // mailparser gives each part as sent, its last line break aside.
    expect(email?.text.trimEnd()).toBe(received.text.trimEnd());
    expect(email?.html.trimEnd()).toBe(received.html.trimEnd());
    for (const words of [a.domainName, DEADLINE_WORDS, "https://mfa.acme.example/setup"]) expect(email?.text).toContain(words);
  });

  it("lists newest first, at most `first`, security alerts beside reminders", async () => {
    await t.server.services.mail.send({ accountId: a.accountId, userId: null, to: "carol@acme.example", content: alert("carol@acme.example") });
    const { emails } = await list(adminA, 1);
    expect(emails?.map((e) => [e.kind, e.subject, e.to])).toEqual([["SECURITY_ALERT", "Security alert: a sign-in method was added", "c***@acme.example"]]);
    expect(emails?.[0]?.html).toContain("&lt;script&gt;");
    expect((await list(adminA, 50)).emails).toHaveLength(2);
  });

  it("another account's admin cannot read them: B's outbox holds B's emails only, whatever `first` asks", async () => {
    expect((await list(adminB, 100)).emails).toEqual([]);
    await t.server.services.mail.send({ accountId: b.accountId, userId: null, to: "zoe@b.example", content: reminder("b.example", "Other Ltd") });
    const bList = (await list(adminB, 100)).emails ?? [];
    expect(bList.map((e) => e.to)).toEqual(["z***@b.example"]);
    const aList = (await list(adminA, 100)).emails ?? [];
    expect(aList.map((e) => e.id)).not.toContain(bList[0]?.id);
    expect(aList.some((e) => e.text.includes("Other Ltd"))).toBe(false);
  });

  it("a mailbox user (not an admin) is refused, and so is a caller with no session", async () => {
    const user = await createMailbox(t, a, "dora");
    const token = await tokenOf(t, user);
    expect(await list(token)).toMatchObject({ emails: null, code: "FORBIDDEN" });
    expect(await list("no-such-token")).toMatchObject({ emails: null, code: "UNAUTHENTICATED" });
  });
});

describe("the email outbox with the SMTP transport", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("sqlite", { MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://127.0.0.1:9", MAIL_FROM: "no-reply@acme.example", CONSOLE_URL: "https://mfa.acme.example" });
  });
  afterAll(async () => t?.close());

  it("is off: an admin gets FORBIDDEN with reason OUTBOX_OFF, and sent emails keep no content", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const token = await tokenOf(t, tenant.adminUsername);
    const res = await t.gql(OUTBOX, { first: 5 }, bearer(token));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "OUTBOX_OFF" });
    const sent = await t.server.services.mail.send({ accountId: tenant.accountId, userId: null, to: "x@acme.example", content: reminder("acme.example") });
    expect(sent).toMatchObject({ status: "FAILED", errorCode: "MAIL_UNREACHABLE" });
    const rows: { content_sealed: string | null }[] = await t.server.dataSource.query("SELECT content_sealed FROM email_messages WHERE id = ?", [sent.id]);
    expect(rows).toEqual([{ content_sealed: null }]);
  });
});
