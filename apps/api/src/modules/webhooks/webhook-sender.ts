import { request as httpRequest, type IncomingMessage, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./url-guard.js";

/** What a receiver answered, or why there was no answer; `ok` for a 2xx. */
export interface PostOutcome {
  ok: boolean;
  statusCode: number | null;
  /** The start of the response body (or the reason there was none): never more than this. */
  response: string | null;
}

const RESPONSE_SNIPPET = 200;

/** A lookup that answers every name with the address already checked (pinning the connection to it). */
function pinned(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

/** Reads at most a snippet of the body, then stops. */
function snippetOf(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(Buffer.concat(chunks).toString("utf8").slice(0, RESPONSE_SNIPPET));
    res.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= RESPONSE_SNIPPET * 4) {
        res.destroy();
        done();
      }
    });
    res.on("end", done);
    res.on("error", done);
    res.on("close", done);
  });
}

/**
 * POSTs a webhook to `url`, connecting only to `address` (TLS still checks the certificate against the URL's
 * host). Redirects are not followed (a 3xx is a failure); the whole exchange has `timeoutMs`.
 */
export function postWebhook(input: { url: URL; address: ResolvedAddress; headers: Record<string, string>; body: string; timeoutMs: number }): Promise<PostOutcome> {
  const { url } = input;
  const options: RequestOptions = {
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: { ...input.headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(input.body)) },
    lookup: pinned(input.address),
    agent: false,
    signal: AbortSignal.timeout(input.timeoutMs),
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(options, (res) => {
      const statusCode = res.statusCode ?? 0;
      void snippetOf(res).then((text) => resolve({ ok: statusCode >= 200 && statusCode < 300, statusCode, response: text === "" ? null : text }));
    });
    req.on("error", (error: Error & { code?: string }) => {
      const reason = error.name === "AbortError" || error.code === "ABORT_ERR" ? `no answer within ${input.timeoutMs} ms` : `${error.code ?? "ERROR"}: ${error.message}`;
      resolve({ ok: false, statusCode: null, response: reason.slice(0, RESPONSE_SNIPPET) });
    });
    req.end(input.body);
  });
}
