import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import type { ActiveSession } from "./sessions.service.js";

export type Authenticated = ActiveSession & { via: "bearer" | "cookie" };

/**
 * The caller's session. A restricted session (MFA required, nothing set up) is refused with
 * MFA_SETUP_REQUIRED everywhere but the enrolment operations, which pass `allowSetup`.
 */
export function requireSession(ctx: AppContext, options: { allowSetup?: boolean } = {}): Authenticated {
  if (!ctx.auth) throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in first.");
  if (ctx.auth.session.restricted && !options.allowSetup) {
    throw new AppError(ErrorCode.MFA_SETUP_REQUIRED, "Set up multi-factor authentication to continue.");
  }
  return ctx.auth;
}

/** Sensitive changes need a password or passcode given in the last ten minutes. */
export function requireRecentProof(ctx: AppContext, auth: Authenticated): void {
  if (!ctx.services.sessions.hasRecentProof(auth.session)) {
    throw new AppError(ErrorCode.RECENT_AUTH_REQUIRED, "Confirm your password to make this change.");
  }
}

export function requireAdmin(ctx: AppContext): Authenticated {
  const auth = requireSession(ctx);
  if (auth.user.kind !== "ADMIN") throw new AppError(ErrorCode.FORBIDDEN, "Only account administrators can do this.");
  return auth;
}
