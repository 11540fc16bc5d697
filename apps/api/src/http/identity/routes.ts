import type { RequestHandler, Router } from "express";
import { methodNotAllowed } from "./faults.js";

type Method = "get" | "post" | "put" | "delete";

/** Registers a path's handlers; any other method on it answers 405 with `Allow`. */
export function route(router: Router, path: string, handlers: Partial<Record<Method, RequestHandler>>): void {
  const r = router.route(path);
  for (const [method, handler] of Object.entries(handlers) as [Method, RequestHandler][]) r[method](handler);
  r.all(methodNotAllowed(Object.keys(handlers).map((m) => m.toUpperCase())));
}

export const MFA = "/users/:userId/RAX-AUTH/multi-factor";
