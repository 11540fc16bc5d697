import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

/** An email the receiver accepted, as `mailparser` read it. */
export interface ReceivedMail {
  /** The SMTP envelope: MAIL FROM and RCPT TO. */
  readonly envelope: { readonly from: string; readonly to: string[] };
  /** The user name the client authenticated with, if any. */
  readonly user: string | null;
  /** The From header's addresses, and its display name. */
  readonly from: { readonly name: string; readonly address: string }[];
  readonly to: string[];
  readonly subject: string;
  /** The text/plain part, the text/html part ("" when absent). */
  readonly text: string;
  readonly html: string;
  /** The top-level Content-Type, e.g. multipart/alternative. */
  readonly contentType: string;
  readonly raw: string;
}

/**
 * How the receiver answers the next emails: take them; refuse the recipient for good (550) or for now (451);
 * or say nothing once the message is sent (a server that hangs, until the client gives up or the receiver closes).
 */
export type SmtpBehaviour = "accept" | "reject" | "defer" | "hang";

export interface SmtpReceiver {
  readonly port: number;
  /** `smtp://user:password@127.0.0.1:<port>` with the receiver's credentials (URL-encoded), or without any. */
  url(credentials?: { user: string; password: string }): string;
  /** Every email accepted, in order. */
  readonly received: ReceivedMail[];
  /** Connections opened to it, whatever came over them. */
  connections(): number;
  behave(behaviour: SmtpBehaviour): void;
  close(): Promise<void>;
}

function smtpError(status: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: status });
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((a) => ({ name: a.name, address: a.address ?? "" })));

/** mailparser gives Content-Type as `{ value, params }`. */
function contentTypeOf(header: unknown): string {
  if (typeof header === "object" && header !== null && "value" in header) return String(header.value);
  return typeof header === "string" ? header : "";
}

async function readAll(stream: SMTPServerDataStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A local mail server (the `smtp-server` library) on 127.0.0.1 that speaks SMTP to the service's sender: plain
 * connection (no STARTTLS), AUTH PLAIN/LOGIN checked against the given credentials (none: any client may send).
 */
export async function startSmtpReceiver(credentials?: { user: string; password: string }): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let behaviour: SmtpBehaviour = "accept";
  let connections = 0;
  const hung: (() => void)[] = [];

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: credentials === undefined,
    allowInsecureAuth: true,
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.password) return callback(null, { user: auth.username });
      callback(smtpError(535, "5.7.8 Authentication credentials invalid"));
    },
    onRcptTo(_address, _session, callback) {
      if (behaviour === "reject") return callback(smtpError(550, "5.1.1 Mailbox unavailable"));
      if (behaviour === "defer") return callback(smtpError(451, "4.3.0 Try again later"));
      callback();
    },
    onData(stream, session, callback) {
      void readAll(stream).then(async (raw) => {
        if (behaviour === "hang") {
          hung.push(() => callback(smtpError(421, "4.3.2 Shutting down")));
          return;
        }
        const parsed = await simpleParser(raw);
        received.push({
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          user: typeof session.user === "string" ? session.user : null,
          from: addresses(parsed.from),
          to: addresses(parsed.to).map((a) => a.address),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          contentType: contentTypeOf(parsed.headers.get("content-type")),
          raw,
        });
        callback();
      }, callback);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: (given) => (given ? `smtp://${encodeURIComponent(given.user)}:${encodeURIComponent(given.password)}@127.0.0.1:${port}` : `smtp://127.0.0.1:${port}`),
    received,
    connections: () => connections,
    behave(next) {
      behaviour = next;
    },
    async close() {
      for (const release of hung.splice(0)) release();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
