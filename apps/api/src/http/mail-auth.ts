import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { MAIL_PROTOCOLS, type MailProtocol } from "@mfa/core";
import express, { type Request, type Response, type Router } from "express";
import { ErrorCode } from "#src/errors/codes.js";
import type { Services } from "#src/services.js";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Constant-time comparison of the presented key with the configured one (hashed first: equal lengths). */
function keyMatches(presented: unknown, expected: Buffer): boolean {
  return typeof presented === "string" && timingSafeEqual(digest(presented), expected);
}

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

type CheckBody = { username: string; password: string; protocol: MailProtocol; remoteIp: string | null };

function parseBody(body: unknown): CheckBody | string {
  if (typeof body !== "object" || body === null) return "The body must be a JSON object.";
  const { username, password, protocol, remoteIp } = body as Record<string, unknown>;
  if (typeof username !== "string" || username.length === 0 || username.length > 320) return "username must be a string of 1 to 320 characters.";
  if (typeof password !== "string" || password.length > 1024) return "password must be a string of at most 1024 characters.";
  if (typeof protocol !== "string" || !(MAIL_PROTOCOLS as readonly string[]).includes(protocol)) return `protocol must be one of ${MAIL_PROTOCOLS.join(", ")}.`;
  if (remoteIp !== undefined && remoteIp !== null && (typeof remoteIp !== "string" || isIP(remoteIp) === 0)) return "remoteIp must be an IPv4 or IPv6 address.";
  return { username, password, protocol: protocol as MailProtocol, remoteIp: typeof remoteIp === "string" ? remoteIp : null };
}

/**
 * `POST /mail-auth/v1/check`, for mail servers (Dovecot's checkpassword, a Lua passdb, an SMTP submission
 * server) holding the key from MAIL_AUTH_KEY. 200 `{"result":"allow"}` or `{"result":"deny"}`; a throttled check
 * answers 429 with Retry-After (the mail server reports a temporary failure, so a client keeps its stored
 * password instead of asking its user for a new one). Not mounted when no key is configured.
 */
export function mailAuthRouter(services: Services): Router | null {
  const key = services.config.mailAuth.key;
  if (!key) return null;
  const expected = digest(key);
  const router = express.Router();
  router.post("/v1/check", express.json({ limit: "4kb" }), async (req: Request, res: Response) => {
    res.setHeader("cache-control", "no-store");
    if (!keyMatches(req.get("x-mail-auth-key"), expected)) return refuse(res, 401, ErrorCode.MAIL_AUTH_KEY_INVALID, "A valid X-Mail-Auth-Key header is required.");
    const body = parseBody(req.body);
    if (typeof body === "string") return refuse(res, 400, ErrorCode.BAD_USER_INPUT, body);
    try {
      const verdict = await services.mailAuth.check(body);
      if (verdict.result === "throttled") {
        res.setHeader("retry-after", String(Math.ceil(verdict.retryAfterMs / 1000)));
        return refuse(res, 429, ErrorCode.RATE_LIMITED, "Too many attempts: try again later.");
      }
      res.json({ result: verdict.result });
    } catch (error) {
      services.logger.error("mail-auth check failed", { error: String(error) });
      refuse(res, 503, ErrorCode.SERVICE_UNAVAILABLE, "The check could not be made: try again in a moment.");
    }
  });
  return router;
}
