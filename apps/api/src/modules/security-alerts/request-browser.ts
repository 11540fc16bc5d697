import { AsyncLocalStorage } from "node:async_hooks";
import type { NextFunction, Request, Response } from "express";

const browsers = new AsyncLocalStorage<{ readonly userAgent: string | null }>();

/**
 * Keeps the request's User-Agent for whatever runs on its behalf, so an alert queued in the change's transaction can
 * say which browser made the change without every audited call carrying it.
 */
export function keepRequestBrowser(req: Request, _res: Response, next: NextFunction): void {
  browsers.run({ userAgent: req.headers["user-agent"]?.slice(0, 255) ?? null }, next);
}

/** The User-Agent of the request being served (null outside a request, e.g. in a job). */
export const currentUserAgent = (): string | null => browsers.getStore()?.userAgent ?? null;
