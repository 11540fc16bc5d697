import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { ActiveSession } from "./sessions.service.js";
import { SIGNED_OUT_MESSAGES } from "./signed-out.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Authenticated = ActiveSession & { via: "bearer" | "cookie" };

/**
 * The caller's session. A restricted session (MFA required, nothing set up) is refused with
 * MFA_SETUP_REQUIRED everywhere but the enrolment operations, which pass `allowSetup`.
 */
export function requireSession(ctx: AppContext, options: { allowSetup?: boolean } = {}): Authenticated {
  // An API key acts as the account's admin, never as a person (its own guard lets it into admin operations).
  if (ctx.apiKey) throw new AppError(ErrorCode.FORBIDDEN, "An API key cannot do this: it acts as the account's admin only.", { reason: "NOT_FOR_KEYS" });
  if (!ctx.auth) {
    // The holder of a token that once worked is told why it stopped (signed out elsewhere, by an admin, idle...), so the sign-in page can say it.
    if (ctx.signedOutReason) throw new AppError(ErrorCode.UNAUTHENTICATED, SIGNED_OUT_MESSAGES[ctx.signedOutReason], { reason: ctx.signedOutReason });
    throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in first.");
  }
  if (ctx.auth.session.restricted && !options.allowSetup) {
    throw new AppError(ErrorCode.MFA_SETUP_REQUIRED, "Set up multi-factor authentication to continue.");
  }
  return ctx.auth;
}

/** Sensitive changes need a proof of the user's strongest factor given in the last ten minutes. */
export function requireRecentProof(ctx: AppContext, auth: Pick<Authenticated, "session">): void {
  if (!ctx.services.sessions.hasRecentProof(auth.session)) {
    throw new AppError(ErrorCode.RECENT_AUTH_REQUIRED, "Confirm it is you to make this change.");
  }
}

/** Turning MFA off and removing every device ask every time: they spend a step-up given for them. */
export async function requireStepUpEachTime(ctx: AppContext, auth: Authenticated): Promise<void> {
  if (!(await ctx.services.sessions.spendStepUp(auth.session.id))) {
    throw new AppError(ErrorCode.RECENT_AUTH_REQUIRED, "Confirm it is you: this change asks every time.", { reason: "EVERY_TIME" });
  }
}

/** Records a refused attempt: who tried what (a person, or an API key), and why (never anything secret). */
export async function auditDenied(ctx: AppContext, operation: string, reason: string, targetId?: string | null): Promise<void> {
  const actor = ctx.auth ? ctx.auth.user : ctx.apiKey;
  if (!actor) return;
  await ctx.services.audit.record({
    accountId: actor.accountId,
    actorId: actor.id,
    targetUserId: null,
    action: AuditAction.ACCESS_DENIED,
    outcome: "FAILURE",
    // Only an id of ours is kept: whatever else the caller sent could be a token or a code.
    detail: { operation, reason, ...(targetId ? { targetId: UUID.test(targetId) ? targetId : "(not an id)" } : {}) },
    ip: ctx.ip,
  });
}

/**
 * An account admin's session. An admin who has a second factor must have passed it in this
 * session (unless their policy is OFF, where no sign-in asks for one); a weakening change also needs
 * a recent proof. Refusals are audited.
 */
export async function requireAdmin(ctx: AppContext, operation: string, options: { weakening?: boolean } = {}): Promise<Authenticated> {
  const auth = requireSession(ctx);
  if (auth.user.kind !== "ADMIN") {
    await auditDenied(ctx, operation, "NOT_ADMIN");
    throw new AppError(ErrorCode.FORBIDDEN, "Only account administrators can do this.");
  }
  // Under an OFF admin policy no sign-in asks for a code, so devices kept from before cannot be asked for here either.
  if (auth.user.verifiedDevices > 0 && !auth.session.mfaPassed && (await ctx.services.policy.policyOf(auth.user)) !== "OFF") {
    await auditDenied(ctx, operation, "MFA_NOT_PASSED");
    throw new AppError(ErrorCode.MFA_REQUIRED, "Sign in with your second factor to manage the account.");
  }
  if (options.weakening) requireRecentProof(ctx, auth);
  return auth;
}

/** Runs an admin operation on a target by id; a target outside the admin's account (NOT_FOUND) is audited. */
export async function auditingNotFound<T>(ctx: AppContext, operation: string, targetId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) await auditDenied(ctx, operation, "NOT_IN_ACCOUNT", targetId);
    throw error;
  }
}
