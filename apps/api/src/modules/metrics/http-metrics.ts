import type { RequestHandler } from "express";
import type { Metrics } from "./metrics.js";

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

/** A route pattern where one matched (`/v2.0/users/:userId`), `/graphql` for the GraphQL door, else `other`. */
function routeOf(req: Parameters<RequestHandler>[0]): string {
  const pattern: unknown = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern === "string") return `${req.baseUrl}${pattern}`;
  // GraphQL is mounted with app.use, which matches no route; its own histogram has the operations.
  return req.originalUrl.split("?")[0] === "/graphql" ? "/graphql" : "other";
}

/** Times every HTTP request, from its arrival to its last byte, by method, route pattern and status class. */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.once("finish", () => {
      stop({ method: METHODS.has(req.method) ? req.method : "OTHER", route: routeOf(req), status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };
}
