import type { Request, RequestHandler, Response } from "express";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { requireAdminOrKey, requireUserReach } from "#src/modules/api-keys/admin-guard.js";
import type { AdminCaller } from "#src/modules/api-keys/api-key-caller.js";
import { apiKeyOf } from "#src/modules/api-keys/key-gate.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { auditDenied, auditingNotFound, requireSession } from "#src/modules/sessions/guards.js";
import { readSessionToken } from "#src/modules/sessions/session-cookie.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { Services } from "#src/services.js";

/** The same context GraphQL resolvers get, built from `X-Auth-Token` or `Authorization: Bearer` (a session's token, or an API key's). */
export function identityContext(services: Services): RequestHandler {
  return async (req, res, next) => {
    const apiKey = apiKeyOf(res);
    const presented = apiKey ? null : readSessionToken(req);
    // The door takes tokens only: a console cookie is not a credential here.
    const active = presented && presented.via === "bearer" ? await services.sessions.authenticate(presented.token) : null;
    const ctx: AppContext = {
      services,
      req,
      res,
      ip: req.ip ?? null,
      userAgent: req.headers["user-agent"]?.slice(0, 255) ?? null,
      auth: active ? { ...active, via: "bearer" } : null,
      apiKey,
    };
    res.locals.ctx = ctx;
    next();
  };
}

/** The request's context; 401 before anything else when no live token came with it. */
export function callerOf(res: Response): AppContext {
  const ctx = res.locals.ctx as AppContext;
  if (!ctx.auth && !ctx.apiKey) throw new AppError(ErrorCode.UNAUTHENTICATED, "No valid token provided. Please use the 'X-Auth-Token' header with a valid token.");
  return ctx;
}

export const userIdOf = (req: Request): string => String(req.params.userId ?? "");

/**
 * Devices are set up by their user. Someone else's path is refused: 403 for a caller who is not an
 * admin or for a user of the admin's account, 404 for a user elsewhere (both audited).
 */
export async function requireSelf(ctx: AppContext, userId: string, operation: string): Promise<void> {
  if (ctx.apiKey) await auditDenied(ctx, operation, "NOT_FOR_KEYS");
  const auth = requireSession(ctx, { allowSetup: true });
  if (auth.user.id === userId) return;
  const { actor } = await requireAdminOrKey(ctx, operation);
  await auditingNotFound(ctx, operation, userId, () => ctx.services.userAdmin.userOf(actor.accountId, userId));
  throw new AppError(ErrorCode.FORBIDDEN, "Only the user can manage their own devices.");
}

/**
 * The user a path names: the caller, or for an account admin (or an API key) a user of the account within the
 * caller's reach (else 404, audited).
 */
export async function targetOf(ctx: AppContext, userId: string, operation: string): Promise<{ self: boolean; user: UserEntity; caller: AdminCaller | null }> {
  if (!ctx.apiKey) {
    const auth = requireSession(ctx, { allowSetup: true });
    if (auth.user.id === userId) return { self: true, user: auth.user, caller: null };
  }
  const caller = await requireAdminOrKey(ctx, operation);
  await requireUserReach(ctx, caller, operation, userId, mailboxErrors.userNotFound);
  return { self: false, user: await auditingNotFound(ctx, operation, userId, () => ctx.services.userAdmin.userOf(caller.actor.accountId, userId)), caller };
}
