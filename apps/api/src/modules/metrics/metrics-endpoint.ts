import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Metrics } from "./metrics.js";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time (of equal-length digests). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header && /^bearer /i.test(header) ? header.slice(7).trim() : "";
  return timingSafeEqual(digest(given), digest(token));
}

/** The scrape: the metrics in the Prometheus text format, to a bearer of the token when one is configured. */
async function answer(req: IncomingMessage, res: ServerResponse, metrics: Metrics, token: string | undefined): Promise<void> {
  res.setHeader("cache-control", "no-store");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed.\n");
    return;
  }
  if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
    res.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"', "content-type": "text/plain; charset=utf-8" }).end("The metrics need the bearer token (METRICS_TOKEN).\n");
    return;
  }
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType }).end(req.method === "HEAD" ? undefined : body);
}

/** `/metrics` on the API's own port, for a bearer of the token only. */
export function mountMetricsRoute(app: Express, metrics: Metrics, token: string): void {
  app.all("/metrics", (req, res, next) => {
    answer(req, res, metrics, token).catch(next);
  });
}

/** `/metrics` on a separate address (and the token too when one is set); everything else there is 404. */
export async function listenForMetrics(metrics: Metrics, at: { host: string; port: number }, token: string | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://metrics").pathname !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: the metrics are at /metrics.\n");
      return;
    }
    answer(req, res, metrics, token).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(at.port, at.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = at.host.includes(":") ? `[${at.host}]` : at.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
