import type { AppContext } from "#src/context.js";
import type { AppError } from "#src/errors/app-error.js";
import { auditDenied, auditingNotFound, requireAdmin, requireRecentProof } from "#src/modules/sessions/guards.js";
import type { AdminCaller } from "./api-key-caller.js";
import { apiKeyErrors } from "./api-keys.errors.js";
import { keyRefusal } from "./key-rules.js";

/**
 * The caller of an admin operation: an account admin's session (as `requireAdmin` checks it), or an API key that
 * may run `operation` (key-rules.ts: its scope, and no account-level operation for a domain-limited key). A key is
 * not a person: no MFA or step-up is asked of it. Every use of a key is audited with the key as the actor; every
 * refusal as ACCESS_DENIED.
 */
export async function requireAdminOrKey(ctx: AppContext, operation: string, options: { weakening?: boolean } = {}): Promise<AdminCaller> {
  const key = ctx.apiKey;
  if (!key) {
    const auth = await requireAdmin(ctx, operation, options);
    return { actor: { id: auth.user.id, accountId: auth.user.accountId, kind: "ADMIN" }, session: auth.session, domainIds: null };
  }
  const refusal = keyRefusal(operation, key);
  if (refusal) {
    await auditDenied(ctx, operation, refusal);
    throw apiKeyErrors.refused(refusal);
  }
  await ctx.services.apiKeys.recordUse(key, operation, ctx.ip);
  return { actor: { id: key.id, accountId: key.accountId, kind: "API_KEY" }, session: null, domainIds: key.domainIds };
}

/** A weakening change needs a recent step-up of the person; a key has none to give and is not asked. */
export function requireRecentProofOf(ctx: AppContext, caller: AdminCaller): void {
  if (caller.session) requireRecentProof(ctx, { session: caller.session });
}

/** Whether the caller may act on a domain: any of the account's, or one of a domain-limited key's. */
export const reachesDomain = (caller: AdminCaller, domainId: string): boolean => caller.domainIds === null || caller.domainIds.has(domainId);

/** Whether the caller may act on a user: a domain-limited key reaches the mailboxes of its domains only (no admin). */
export const reachesUser = (caller: AdminCaller, user: { domainId: string | null }): boolean =>
  caller.domainIds === null || (user.domainId !== null && caller.domainIds.has(user.domainId));

/** A target outside a domain-limited key's domains is answered as one of another account: not found, audited. */
export async function requireReach(ctx: AppContext, operation: string, targetId: string, within: boolean, notFound: () => AppError): Promise<void> {
  if (within) return;
  await auditDenied(ctx, operation, "OUTSIDE_KEY_DOMAINS", targetId);
  throw notFound();
}

/**
 * A domain and the domains below it that an operation would touch: the domain outside a domain-limited key's
 * domains is not found; a domain below it outside them is refused (FORBIDDEN, DOMAIN_LIMITED_KEY), both audited.
 */
export async function requireSubtreeReach(
  ctx: AppContext,
  caller: AdminCaller,
  operation: string,
  scope: { root: string; ids: readonly string[] },
  notFound: () => AppError,
): Promise<void> {
  await requireReach(ctx, operation, scope.root, reachesDomain(caller, scope.root), notFound);
  if (scope.ids.every((id) => reachesDomain(caller, id))) return;
  await auditDenied(ctx, operation, "DOMAIN_LIMITED_KEY", scope.root);
  throw apiKeyErrors.subtreeOutside();
}

/** `requireReach` for a user named by id (looked up only for a domain-limited key). */
export async function requireUserReach(ctx: AppContext, caller: AdminCaller, operation: string, userId: string, notFound: () => AppError): Promise<void> {
  if (caller.domainIds === null) return;
  const user = await auditingNotFound(ctx, operation, userId, () => ctx.services.userAdmin.userOf(caller.actor.accountId, userId));
  await requireReach(ctx, operation, userId, reachesUser(caller, user), notFound);
}
