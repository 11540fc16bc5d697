import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** One request that reached the receiver, with what the Standard Webhooks library made of its signature. */
export interface ReceivedWebhook {
  readonly id: string;
  readonly timestamp: string;
  readonly signature: string;
  readonly body: string;
  readonly payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Which of the trusted secrets verified the signature (`standardwebhooks`' `Webhook.verify`); none: []. */
  readonly verifiedBy: string[];
  /** The status the receiver answered. */
  readonly status: number;
  readonly at: number;
}

/** How to answer a request: a status, a body, or no answer for a while. */
export interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (longer than the sender's timeout: no answer). */
  delayMs?: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hooks`. */
  readonly url: string;
  /** Every request, answered well or not, in arrival order. */
  readonly requests: ReceivedWebhook[];
  /** TCP connections opened to it, whatever came over them. */
  connections(): number;
  /** The requests it answered with a 2xx. */
  delivered(): ReceivedWebhook[];
  /** Verifies signatures with this secret too (`whsec_...`). */
  trust(secret: string): void;
  /** Answers the following requests through `answer` (a 204 by default). */
  answerWith(answer: (request: { index: number; body: string }) => Answer): void;
  /** Waits until `predicate` holds for the requests (polling), or fails after `timeoutMs`. */
  waitFor(predicate: (requests: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const header = (req: IncomingMessage, name: string) => String(req.headers[name] ?? "");

/**
 * A local integrator's endpoint: records every webhook request, verifies its signature with the
 * `standardwebhooks` library against the secrets it was told to trust, and answers as scripted.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedWebhook[] = [];
  const secrets: string[] = [];
  let script: (request: { index: number; body: string }) => Answer = () => ({ status: 204 });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      const headers = { "webhook-id": header(req, "webhook-id"), "webhook-timestamp": header(req, "webhook-timestamp"), "webhook-signature": header(req, "webhook-signature") };
      const verifiedBy = secrets.filter((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      let payload: ReceivedWebhook["payload"];
      try {
        payload = JSON.parse(body) as ReceivedWebhook["payload"];
      } catch {
        payload = { type: "(not JSON)", timestamp: "", data: {} };
      }
      const answer = script({ index: requests.length, body });
      requests.push({ id: headers["webhook-id"], timestamp: headers["webhook-timestamp"], signature: headers["webhook-signature"], body, payload, verifiedBy, status: answer.status, at: Date.now() });
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      res.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
      res.end(answer.body ?? "");
    })();
  });
  let connections = 0;
  server.on("connection", () => void connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    connections: () => connections,
    delivered: () => requests.filter((r) => r.status >= 200 && r.status < 300),
    trust: (secret) => void secrets.push(secret),
    answerWith: (answer) => void (script = answer),
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(requests)) {
        if (Date.now() > deadline) throw new Error(`the receiver did not get what was expected in ${timeoutMs} ms; it got ${requests.length} requests: ${requests.map((r) => `${r.payload.type}:${r.status}`).join(", ")}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
