import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A message the fake accepted, as Twilio would have received it. */
export interface ReceivedMessage {
  readonly sid: string;
  readonly to: string;
  readonly body: string;
  readonly from: string | null;
  readonly messagingServiceSid: string | null;
}

export interface FakeTwilio {
  /** The origin to use as the sender's baseUrl. */
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Every message accepted with status 201. */
  readonly messages: ReceivedMessage[];
  /** Every message body that reached the fake, answered or left hanging. */
  readonly attempted: { to: string; body: string }[];
  /** Every request seen, accepted or not. */
  readonly requestCount: () => number;
  /** Leave every following request unanswered (until `hang(false)`). */
  hang(on: boolean): void;
  /** Answer the next request with this status and raw body instead of handling it. */
  failNext(status: number, body: string): void;
  close(): Promise<void>;
}

/** Twilio's magic test number that is never a valid phone number. */
export const INVALID_NUMBER = "+15005550001";

const E164 = /^\+[1-9]\d{1,14}$/;

function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

function twilioError(res: ServerResponse, status: number, code: number, message: string): void {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (status === 401) headers["www-authenticate"] = 'Basic realm="Twilio API"';
  res.writeHead(status, headers);
  res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A local stand-in for Twilio's Messages API (`POST /2010-04-01/Accounts/{sid}/Messages.json`): Basic auth with the
 * account SID and auth token, a form-encoded body, Twilio's 201 resource and Twilio's error documents.
 */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const accountSid = `AC${hex(16)}`;
  const authToken = hex(16);
  const messages: ReceivedMessage[] = [];
  const attempted: { to: string; body: string }[] = [];
  let requests = 0;
  let hanging = false;
  let next: { status: number; body: string } | null = null;
  const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;

  const server = createServer((req, res) => {
    void (async () => {
      requests++;
      const raw = await readBody(req);
      const seen = new URLSearchParams(raw);
      attempted.push({ to: seen.get("To") ?? "", body: seen.get("Body") ?? "" });
      if (hanging) return;
      if (next) {
        const { status, body } = next;
        next = null;
        res.writeHead(status, { "content-type": body.startsWith("{") ? "application/json" : "text/html" });
        res.end(body);
        return;
      }
      if (req.method !== "POST" || req.url !== path) {
        twilioError(res, 404, 20404, `The requested resource ${req.url ?? ""} was not found`);
        return;
      }
      const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
      if (req.headers.authorization !== expected) {
        twilioError(res, 401, 20003, "Authenticate");
        return;
      }
      if (!req.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
        twilioError(res, 400, 20001, "Unsupported content type");
        return;
      }
      const form = new URLSearchParams(raw);
      const to = form.get("To") ?? "";
      const body = form.get("Body") ?? "";
      const from = form.get("From");
      const messagingServiceSid = form.get("MessagingServiceSid");
      if (!to) return twilioError(res, 400, 21604, "A 'To' phone number is required.");
      if (!from && !messagingServiceSid) return twilioError(res, 400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
      if (!body) return twilioError(res, 400, 21602, "Message body is required.");
      if (!E164.test(to) || to === INVALID_NUMBER) {
        return twilioError(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
      }
      const sid = `SM${hex(16)}`;
      messages.push({ sid, to, body, from, messagingServiceSid });
      const now = new Date().toUTCString();
      res.writeHead(201, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          account_sid: accountSid,
          api_version: "2010-04-01",
          body,
          date_created: now,
          date_sent: null,
          date_updated: now,
          direction: "outbound-api",
          error_code: null,
          error_message: null,
          from,
          messaging_service_sid: messagingServiceSid,
          num_media: "0",
          num_segments: "1",
          price: null,
          price_unit: "USD",
          sid,
          status: messagingServiceSid ? "accepted" : "queued",
          subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}/Media.json` },
          to,
          uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
        }),
      );
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    attempted,
    requestCount: () => requests,
    hang(on) {
      hanging = on;
    },
    failNext(status, body) {
      next = { status, body };
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
