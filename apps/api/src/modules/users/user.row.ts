import type { UserKind, UserOverride } from "@mfa/core";
import { UserEntity } from "./user.entity.js";

/** The columns of a user, aliased `u_<column>`, for hand-written reads that join a user in. */
export const USER_COLUMNS = [
  "id",
  "account_id",
  "domain_id",
  "kind",
  "username",
  "display_name",
  "password_hash",
  "mfa_override",
  "mfa_enabled",
  "mfa_failures",
  "mfa_locked_at",
  "password_failures",
  "verified_devices",
  "password_last_failure_at",
  "mfa_setup_deferred_at",
  "created_at",
]
  .map((c) => `u.${c} AS u_${c}`)
  .join(", ");

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A user entity from a row read with USER_COLUMNS (numbers and flags as every engine returns them). */
export function userFromRow(row: Record<string, unknown>): UserEntity {
  return Object.assign(new UserEntity(), {
    id: String(row.u_id),
    accountId: String(row.u_account_id),
    domainId: row.u_domain_id === null ? null : String(row.u_domain_id),
    kind: String(row.u_kind) as UserKind,
    username: String(row.u_username),
    displayName: String(row.u_display_name),
    passwordHash: String(row.u_password_hash),
    mfaOverride: String(row.u_mfa_override) as UserOverride,
    mfaEnabled: Boolean(num(row.u_mfa_enabled)),
    mfaFailures: num(row.u_mfa_failures),
    mfaLockedAt: numOrNull(row.u_mfa_locked_at),
    passwordFailures: num(row.u_password_failures),
    verifiedDevices: num(row.u_verified_devices),
    passwordLastFailureAt: numOrNull(row.u_password_last_failure_at),
    mfaSetupDeferredAt: numOrNull(row.u_mfa_setup_deferred_at),
    createdAt: num(row.u_created_at),
  });
}
