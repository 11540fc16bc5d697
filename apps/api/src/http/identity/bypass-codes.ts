import { BYPASS_VALIDITY_DEFAULT_MINUTES, formatValidityDuration, parseValidityDuration } from "@mfa/core";
import type { Request, Router } from "express";
import { TICKET_MAX } from "#src/modules/bypass-codes/bypass-codes.service.js";
import { requireAdminOrKey, requireUserReach } from "#src/modules/api-keys/admin-guard.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { callerOf, userIdOf } from "./auth.js";
import { member } from "./body.js";
import { badRequest } from "./faults.js";
import { MFA, route } from "./routes.js";

/** `numberOfCodes` inside `RAX-AUTH:bypassCodes` or beside it (the docs show both), as a string or a number; 1 when absent. */
function numberOfCodes(body: Record<string, unknown>, codes: Record<string, unknown>): number {
  const raw = codes.numberOfCodes ?? body.numberOfCodes;
  if (raw === undefined) return 1;
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 10) throw badRequest('"numberOfCodes" must be from 1 to 10.');
  return n;
}

/** A string from the object, the body beside it, or a header; 400 when missing or too long. */
function required(req: Request, codes: Record<string, unknown>, key: string, header: string, max: number): string {
  const body = req.body as Record<string, unknown>;
  const raw = codes[key] ?? body[key] ?? req.get(header);
  if (typeof raw !== "string" || raw.trim() === "" || raw.trim().length > max) {
    throw badRequest(`"${key}" (or the ${header} header) must be a string of 1 to ${max} characters.`);
  }
  return raw.trim();
}

/**
 * `POST /v2.0/users/{userId}/RAX-AUTH/multi-factor/bypass-codes`: an admin of the user's account issues
 * bypass codes, `{"RAX-AUTH:bypassCodes":{"validityDuration":"PT30M","numberOfCodes":"1"}}` (default PT30M,
 * at most P3D; 1 to 10 codes). The Identity docs have no ticket: ours is mandatory and comes from a `ticket`
 * field (in the object or beside it) or the `X-Ticket-Reference` header, the reason from a `reason` field or
 * the `X-Ticket-Reason` header. A weakening change (recent proof), audited like `issueBypassCodes`.
 * `DELETE` of the same path revokes the user's codes (204).
 */
export function bypassCodeRoutes(router: Router): void {
  route(router, `${MFA}/bypass-codes`, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      const userId = userIdOf(req);
      const { actor: admin } = await requireAdminOrKey(ctx, "issueBypassCodes", { weakening: true });
      const target = await auditingNotFound(ctx, "issueBypassCodes", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const codes = member(body, "RAX-AUTH:bypassCodes");
      const duration = codes.validityDuration ?? formatValidityDuration(BYPASS_VALIDITY_DEFAULT_MINUTES);
      const validityMinutes = typeof duration === "string" ? parseValidityDuration(duration) : null;
      if (validityMinutes === null) throw badRequest('"validityDuration" must be an ISO 8601 duration of whole minutes from PT1M to P3D, e.g. PT30M.');
      const count = numberOfCodes(body, codes);
      const ticket = required(req, codes, "ticket", "X-Ticket-Reference", TICKET_MAX);
      const reason = required(req, codes, "reason", "X-Ticket-Reason", 200);
      const issued = await ctx.services.bypassCodes.issue(admin, target, { count, validityMinutes, ticket, reason }, ctx.ip);
      res.status(200).json({
        "RAX-AUTH:bypassCodes": { codes: issued.codes, validityDuration: formatValidityDuration(validityMinutes), expires: new Date(issued.expiresAt).toISOString() },
      });
    },
    delete: async (req, res) => {
      const ctx = callerOf(res);
      const userId = userIdOf(req);
      const caller = await requireAdminOrKey(ctx, "revokeBypassCodes");
      await requireUserReach(ctx, caller, "revokeBypassCodes", userId, mailboxErrors.userNotFound);
      const admin = caller.actor;
      const target = await auditingNotFound(ctx, "revokeBypassCodes", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
      await ctx.services.bypassCodes.revoke(admin, target, ctx.ip);
      res.status(204).end();
    },
  });
}
