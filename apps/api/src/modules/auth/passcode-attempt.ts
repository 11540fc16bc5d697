import { acceptedKinds, attemptsLeft, normalizeRecoveryCode, parsePasscode, signCounterMoved, type OneTimeCodeHasher } from "@mfa/core";
import { BEGIN, COMMIT, ROLLBACK, type HeldConnection, type Statement } from "#src/db/batch.js";
import { SETTLING, retryOnConflict } from "#src/db/retry.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { BypassCodeService } from "#src/modules/bypass-codes/bypass-codes.service.js";
import { SPENT, type ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { LockoutService } from "#src/modules/lockout/lockout.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { AuthMethod } from "#src/modules/sessions/sessions.service.js";
import { assertionCredentialId, transportsOf, type WebAuthnCeremonies } from "#src/modules/webauthn/webauthn.ceremony.js";
import { authErrors } from "./auth.errors.js";
import type { PasscodeFacts } from "./passcode.queries.js";

/**
 * A checked passcode. ACCEPTED carries the conditional writes that spend it (`spend`, each must change
 * one row: none when a parallel request spent it first) and what goes with them (`after`).
 * EXPIRED: the challenge's phone is no longer a factor. WRONG with `clone`: a passkey's signature verified
 * but its counter did not move forward (a copy of the authenticator exists).
 */
type Checked =
  | { kind: "ACCEPTED"; method: AuthMethod; spend: Statement[]; after: Statement[]; ticket?: string }
  | { kind: "REPLAY" }
  | { kind: "WRONG"; clone?: { deviceId: string; stored: number; received: number } }
  | { kind: "EXPIRED" };

export interface AttemptInput {
  facts: PasscodeFacts;
  /** Whether the attempt slot was taken (the increment sent with the read). */
  slot: boolean;
  now: number;
  /** A code (an authenticator's, a texted one, a recovery or bypass code), or null with an assertion. */
  passcode: string | null;
  /** A passkey's or security key's assertion (the browser's JSON) for the challenge's WebAuthn challenge. */
  assertion: string | null;
  deviceId: string | null;
  channel: string;
  /** A sign-in (a bypass code may get the user in), not a step-up (where a bypass code is just a wrong code). */
  signIn: boolean;
  ip: string | null;
}

export interface AttemptDeps {
  lockout: LockoutService;
  factors: FactorService;
  challenges: ChallengeService;
  bypassCodes: BypassCodeService;
  audit: AuditService;
  codes: OneTimeCodeHasher;
  ceremonies: WebAuthnCeremonies;
}

/**
 * Judges a passcode whose attempt slot is already taken, and settles the slot with the outcome, in as
 * few round trips as the engine allows. A right code: one transaction that spends it, completes the
 * challenge and starts the counter again (conditional writes sent together), then `success` (the
 * session, the audit) and the commit. A replay gives the slot back; a wrong code keeps it counted,
 * and the failure that reaches the limit locks. Every refusal is audited and thrown as its coded error.
 */
export async function settleAttempt(deps: AttemptDeps, conn: HeldConnection, input: AttemptInput, success: (method: AuthMethod) => Statement[]): Promise<AuthMethod> {
  const { lockout, audit } = deps;
  const { user, challenge } = input.facts;
  const meta = { accountId: user.accountId, actorId: user.id, targetUserId: user.id, ip: input.ip };
  // The counter read with the attempt includes its own slot: a slot given back (a replay) is not counted.
  const left = (counted: boolean) => attemptsLeft(lockout.rule, user.mfaFailures - (counted ? 0 : 1));
  const refused = () => audit.statements({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { channel: input.channel, step: "PASSCODE" } });
  const failed = (detail: Record<string, string>) => audit.statements({ ...meta, action: AuditAction.LOGIN_PASSCODE_FAILED, outcome: "FAILURE", detail });
  if (user.mfaLockedAt !== null || !input.slot) {
    // No check: the account is locked (a slot taken just before the lock is given back), or the budget is held by attempts in flight.
    await conn.batch([...(input.slot ? [lockout.giveBack(user.id)] : []), ...refused()], SETTLING);
    throw user.mfaLockedAt !== null ? authErrors.locked() : authErrors.busy();
  }
  let settled = false;
  try {
    const checked = await judge(deps, conn, input);
    if (checked.kind === "EXPIRED") {
      await conn.batch([lockout.giveBack(user.id)], SETTLING);
      settled = true;
      throw authErrors.loginExpired();
    }
    if (checked.kind === "REPLAY") {
      // A right code already spent is refused but not held against the user.
      await conn.batch([lockout.giveBack(user.id), ...failed({ channel: input.channel, reason: "replay" })], SETTLING);
      settled = true;
      throw authErrors.invalidPasscode(left(false));
    }
    if (checked.kind === "WRONG") {
      settled = true;
      const clone = checked.clone
        ? audit.statements({ ...meta, action: AuditAction.WEBAUTHN_CLONE_DETECTED, outcome: "FAILURE", detail: { channel: input.channel, ...checked.clone } })
        : [];
      await conn.batch([...failed({ channel: input.channel, ...(checked.clone ? { reason: "cloned" } : {}) }), ...clone]);
      // The counter read with the attempt includes its own slot: only a failure that saw the limit reached may lock.
      if (lockout.mayLock(user.mfaFailures) && (await lockout.lockIfSpent(user.id, conn))) {
        await conn.batch(audit.statements({ ...meta, action: AuditAction.ACCOUNT_LOCKED, outcome: "SUCCESS", detail: { failures: lockout.rule.maxFailures } }));
        throw authErrors.locked();
      }
      throw authErrors.invalidPasscode(left(true));
    }
    const guards: [Statement, "REPLAY" | "EXPIRED" | "LOCKED"][] = [
      ...checked.spend.map((s) => [s, "REPLAY"] as [Statement, "REPLAY"]),
      ...(challenge ? [[deps.challenges.complete(challenge, input.now), "EXPIRED"] as [Statement, "EXPIRED"]] : []),
      [lockout.pass(user.id), "LOCKED"],
    ];
    const used =
      checked.method === "RECOVERY_CODE"
        ? audit.statements({ ...meta, action: AuditAction.RECOVERY_CODE_USED, outcome: "SUCCESS" })
        : checked.method === "BYPASS_CODE"
          ? audit.statements({ ...meta, action: AuditAction.BYPASS_CODE_USED, outcome: "SUCCESS", detail: { channel: input.channel, ticket: checked.ticket ?? null } })
          : [];
    const lost = await commitGuarded(conn, guards, () => [...checked.after, ...used, ...success(checked.method)], (reason) =>
      reason === "LOCKED" ? [] : reason === "REPLAY" ? [lockout.giveBack(user.id), ...failed({ channel: input.channel, reason: "replay" })] : [lockout.giveBack(user.id)],
    );
    settled = true;
    if (lost === "LOCKED") throw authErrors.locked();
    if (lost === "REPLAY") throw authErrors.invalidPasscode(left(false));
    if (lost === "EXPIRED") throw authErrors.loginExpired();
    return checked.method;
  } finally {
    // The check threw (or its settling did, whole): the attempt proved nothing either way, so it is not held against the user.
    if (!settled) await conn.batch([lockout.giveBack(user.id)], SETTLING).catch(() => undefined);
  }
}

/**
 * Sends the guards (conditional writes that must each change one row; the last one on the user's row)
 * and, when all did, `then` and the commit. MariaDB: one transaction in two round trips; a lost guard rolls everything back and
 * `otherwise(reason)` follows. A transaction that loses a write conflict (a deadlock, or on a Galera cluster
 * another node's commit of the same rows, found at COMMIT) was rolled back whole: it runs again from BEGIN and its
 * guards decide again (a code another node spent meanwhile is then a lost guard, a replay), or it fails closed with
 * WRITE_CONFLICT. SQLite: one statement after the other, stopping at the first lost guard. Returns the reason of the
 * first lost guard, or null.
 */
async function commitGuarded<R extends string>(
  conn: HeldConnection,
  guards: readonly [Statement, R][],
  then: () => Statement[],
  otherwise: (reason: R) => Statement[],
): Promise<R | null> {
  let lost: R | null = null;
  if (conn.transactional) {
    // The user's row is locked last, after the challenge's: the attempt slot's increment reads the challenge
    // before it writes the user. Only a committed transaction counts: affected rows inside it are no promise
    // until COMMIT succeeds.
    lost = await retryOnConflict(async () => {
      const results = await conn.batch([BEGIN, ...guards.map(([s]) => s)]);
      const first = guards.find((_, i) => results[i + 1]?.affected !== 1)?.[1] ?? null;
      await conn.batch(first === null ? [...then(), COMMIT] : [ROLLBACK]);
      return first;
    });
    // Settling a lost guard commits on its own (and is sent again by itself after a conflict, for longer), once.
    if (lost !== null) await conn.batch(otherwise(lost), SETTLING);
    return lost;
  }
  for (const [s, reason] of guards) {
    if ((await conn.batch([s]))[0]?.affected !== 1) {
      lost = reason;
      break;
    }
  }
  await conn.batch(lost === null ? then() : otherwise(lost));
  return lost;
}

/**
 * A passkey's assertion; or an authenticator code, then the code texted for the challenge; otherwise a
 * recovery code, then (signing in only) a bypass code. Under PHISHING_RESISTANT only the assertion counts
 * (and, signing in, an admin's bypass code: the helpdesk's way back in).
 */
async function judge(deps: AttemptDeps, conn: HeldConnection, input: AttemptInput): Promise<Checked> {
  const { facts, deviceId } = input;
  if (input.assertion !== null) return checkAssertion(deps, input, input.assertion);
  if (input.passcode === null) return { kind: "WRONG" };
  if (!acceptedKinds(facts.policy).includes("TOTP")) {
    const code = normalizeRecoveryCode(input.passcode);
    return code && !deviceId && input.signIn ? checkBypass(deps, conn, facts.user.id, code) : { kind: "WRONG" };
  }
  const digits = parsePasscode(input.passcode);
  if (digits) {
    const totp = deps.factors.checkDeviceCode(facts.totp, digits, deviceId);
    if (totp.kind === "ACCEPTED") return { kind: "ACCEPTED", method: "OTPPASSCODE", spend: totp.spend, after: [] };
    if (totp.kind === "REPLAY" || !facts.challenge) return totp;
    return checkTextedCode(deps, conn, facts, digits, input.now, deviceId);
  }
  const recovery = normalizeRecoveryCode(input.passcode);
  if (!recovery || deviceId) return { kind: "WRONG" };
  // Reads of the attempt go through its own connection (one pooled connection per attempt); the spend is a guard
  // of the success transaction, so a spent code always leaves its sign-in and its audit (and a lost one, neither).
  const found = await deps.factors.checkRecoveryCode(facts.user.id, recovery, conn.db);
  if (found.kind === "ACCEPTED") return { kind: "ACCEPTED", method: "RECOVERY_CODE", spend: found.spend, after: [] };
  if (found.kind === "REPLAY" || !input.signIn) return found;
  // Not one of the user's own recovery codes: perhaps a bypass code their admin issued (same format).
  return checkBypass(deps, conn, facts.user.id, recovery);
}

async function checkBypass(deps: AttemptDeps, conn: HeldConnection, userId: string, code: string): Promise<Checked> {
  const bypass = await deps.bypassCodes.checkBypassCode(userId, code, conn.db);
  if (bypass.kind !== "ACCEPTED") return bypass;
  return { kind: "ACCEPTED", method: "BYPASS_CODE", spend: bypass.spend, after: [], ...(bypass.ticket ? { ticket: bypass.ticket } : {}) };
}

/** The code texted for this challenge; it completes the sign-in only while its phone is still a verified factor. */
async function checkTextedCode(deps: AttemptDeps, conn: HeldConnection, facts: PasscodeFacts, code: string, now: number, deviceId: string | null): Promise<Checked> {
  const challenge = facts.challenge;
  const hash = challenge?.smsCodeHash;
  if (!challenge || !hash || !challenge.smsDeviceId || challenge.smsCodeExpiresAt === null) return { kind: "WRONG" };
  if (deviceId && challenge.smsDeviceId !== deviceId) return { kind: "WRONG" };
  if (!deps.codes.verify(code, hash)) return { kind: "WRONG" };
  // A spent code keeps its hash with no time left: sent again (a double submit), it is a replay, not a failure.
  if (challenge.smsCodeExpiresAt === SPENT) return { kind: "REPLAY" };
  if (challenge.smsCodeExpiresAt <= now) return { kind: "WRONG" };
  if (!(await deps.factors.verifiedPhone(facts.user.id, challenge.smsDeviceId, conn.db))) return { kind: "EXPIRED" };
  return { kind: "ACCEPTED", method: "PASSCODE", spend: [deps.challenges.spendText(challenge, hash)], after: [deps.factors.markUsed(challenge.smsDeviceId)] };
}

/**
 * An assertion by one of the user's passkeys for the WebAuthn challenge this challenge offered, from an
 * allowed origin for the RP ID. Accepted, it spends that WebAuthn challenge and records the counter (each a
 * conditional write: a parallel copy of the same assertion finds them spent). A counter that did not move
 * forward is a clone: refused like a wrong code, and audited.
 */
async function checkAssertion(deps: AttemptDeps, input: AttemptInput, assertion: string): Promise<Checked> {
  const { facts, deviceId } = input;
  const challenge = facts.challenge;
  const hash = challenge?.webauthnChallengeHash;
  if (!challenge || !hash) return { kind: "WRONG" };
  const credentialId = assertionCredentialId(assertion);
  const passkey = facts.passkeys.find((p) => p.credentialId === credentialId && (!deviceId || p.id === deviceId));
  if (!passkey) return { kind: "WRONG" };
  const verified = await deps.ceremonies.verifyAssertion(assertion, hash, { credentialId: passkey.credentialId, publicKey: passkey.publicKey, transports: transportsOf(passkey.transports) });
  if (!verified) return { kind: "WRONG" };
  if (!signCounterMoved(passkey.signCount, verified.counter)) return { kind: "WRONG", clone: { deviceId: passkey.id, stored: passkey.signCount, received: verified.counter } };
  return {
    kind: "ACCEPTED",
    method: "WEBAUTHN",
    spend: [deps.challenges.spendWebAuthn(challenge, hash), deps.factors.spendSignCount(passkey.id, passkey.signCount, verified.counter)],
    after: [],
  };
}
