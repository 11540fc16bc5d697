import { effectivePolicy, type PolicyLevel } from "@mfa/core";
import { statement, type SqlResult, type Statement } from "#src/db/sql.js";
import { LoginChallengeEntity } from "#src/modules/challenges/login-challenge.entity.js";
import type { TotpCandidate } from "#src/modules/mfa/factors.service.js";
import { USER_COLUMNS, userFromRow } from "#src/modules/users/user.row.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";

/** The passcode step's one read: what a check needs, in one statement (sent with the attempt slot's write). */

export interface PasscodeFacts {
  user: UserEntity;
  /** The sign-in challenge the passcode answers (null for a step-up without one). */
  challenge: LoginChallengeEntity | null;
  /** The user's verified authenticators. */
  totp: TotpCandidate[];
  /** The user's verified passkeys and security keys. */
  passkeys: PasskeyCandidate[];
  /** Whether the browser token presented with the request is one the user signed in from before. */
  knownBrowser: boolean;
  /** The user's effective requirement now (it decides which factors count). */
  policy: PolicyLevel;
}

/** The user's domain's and account's policies, read with the facts. */
const POLICY_JOIN = "JOIN accounts a ON a.id = u.account_id LEFT JOIN domains dm ON dm.id = u.domain_id";
const POLICY_COLUMNS = "a.admin_mfa_policy AS a_admin_policy, dm.mfa_policy AS dm_policy";

/** A verified passkey or security key of the user, as the passcode step reads it with its attempt. */
export interface PasskeyCandidate {
  id: string;
  credentialId: string;
  publicKey: string;
  signCount: number;
  transports: string | null;
}

const TOTP_JOIN = "LEFT JOIN devices d ON d.user_id = u.id AND d.kind IN ('TOTP', 'WEBAUTHN') AND d.verified_at IS NOT NULL";
const TOTP_COLUMNS =
  "d.id AS d_id, d.kind AS d_kind, d.secret_sealed AS d_secret_sealed, d.last_time_step AS d_last_time_step, d.credential_id AS d_credential_id, d.public_key AS d_public_key, d.sign_count AS d_sign_count, d.transports AS d_transports";
const CHALLENGE_COLUMNS = [
  "id_hash",
  "user_id",
  "channel",
  "created_at",
  "expires_at",
  "consumed_at",
  "sms_device_id",
  "sms_code_hash",
  "sms_code_expires_at",
  "sms_last_sent_at",
  "sms_send_count",
  "ip",
  "webauthn_challenge_hash",
]
  .map((c) => `c.${c} AS c_${c}`)
  .join(", ");

/** A challenge by id hash, its user, the user's verified authenticators and passkeys, and whether the presented browser is known. */
export function readChallengeFacts(idHash: string, browserHash: string | null, now: number): Statement {
  return statement(
    `SELECT ${CHALLENGE_COLUMNS}, ${USER_COLUMNS}, ${TOTP_COLUMNS}, ${POLICY_COLUMNS}, kb.token_hash AS kb_token_hash
       FROM login_challenges c
       JOIN users u ON u.id = c.user_id
       ${POLICY_JOIN}
       ${TOTP_JOIN}
       LEFT JOIN known_browsers kb ON kb.token_hash = ? AND kb.user_id = u.id AND kb.expires_at > ?
      WHERE c.id_hash = ?`,
    [browserHash, now, idHash],
  );
}

/** A user (fresh: lock state and counter) with their verified authenticators and passkeys. */
export function readUserFacts(userId: string): Statement {
  return statement(`SELECT ${USER_COLUMNS}, ${TOTP_COLUMNS}, ${POLICY_COLUMNS} FROM users u ${POLICY_JOIN} ${TOTP_JOIN} WHERE u.id = ?`, [userId]);
}

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The facts of a read above (one row per authenticator, or one with none), or null when nothing was found. */
export function factsOf(result: SqlResult<Record<string, unknown>> | undefined): PasscodeFacts | null {
  const rows = result?.rows ?? [];
  const first = rows[0];
  if (!first) return null;
  const challenge =
    "c_id_hash" in first
      ? Object.assign(new LoginChallengeEntity(), {
          idHash: String(first.c_id_hash),
          userId: String(first.c_user_id),
          channel: String(first.c_channel),
          createdAt: Number(first.c_created_at),
          expiresAt: Number(first.c_expires_at),
          consumedAt: numOrNull(first.c_consumed_at),
          smsDeviceId: strOrNull(first.c_sms_device_id),
          smsCodeHash: strOrNull(first.c_sms_code_hash),
          smsCodeExpiresAt: numOrNull(first.c_sms_code_expires_at),
          smsLastSentAt: numOrNull(first.c_sms_last_sent_at),
          smsSendCount: Number(first.c_sms_send_count),
          ip: strOrNull(first.c_ip),
          webauthnChallengeHash: strOrNull(first.c_webauthn_challenge_hash),
        })
      : null;
  const devices = rows.filter((r) => r.d_id !== null && r.d_id !== undefined);
  const totp = devices
    .filter((r) => r.d_kind === "TOTP")
    .map((r) => ({ id: String(r.d_id), secretSealed: strOrNull(r.d_secret_sealed), lastTimeStep: numOrNull(r.d_last_time_step) }));
  const passkeys = devices
    .filter((r) => r.d_kind === "WEBAUTHN" && r.d_credential_id != null && r.d_public_key != null)
    .map((r) => ({ id: String(r.d_id), credentialId: String(r.d_credential_id), publicKey: String(r.d_public_key), signCount: Number(r.d_sign_count ?? 0), transports: strOrNull(r.d_transports) }));
  const user = userFromRow(first);
  const policy = effectivePolicy({
    kind: user.kind,
    override: user.mfaOverride,
    domainPolicy: first.dm_policy == null ? "OFF" : (String(first.dm_policy) as PolicyLevel),
    accountAdminPolicy: String(first.a_admin_policy) as PolicyLevel,
  });
  return { user, challenge, totp, passkeys, policy, knownBrowser: first.kb_token_hash !== null && first.kb_token_hash !== undefined };
}
