import { decideLogin, effectiveEnforcement, maskPhone, rememberDaysOffered, rememberedBrowserPasses, type DeviceKind, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import { runBatch, type Statement } from "#src/db/batch.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { ChallengeService } from "#src/modules/challenges/challenges.service.js";
import type { RememberedBrowserService } from "#src/modules/remembered-browsers/remembered-browsers.service.js";
import type { AuthMethod, IssuedSession, SessionService } from "#src/modules/sessions/sessions.service.js";
import { isWellFormedToken, tokenHash } from "#src/modules/sessions/tokens.js";
import type { PasswordThrottle, SettleOutcome } from "#src/modules/throttle/throttle.service.js";
import { burnPasswordCheck, verifyPassword } from "#src/modules/users/password.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { authErrors } from "./auth.errors.js";
import { loginFactsOf, readLoginFacts, type LoginFacts } from "./auth.queries.js";
import type { Channel, PasscodeService, RequestMeta } from "./passcode.service.js";

export interface ChallengeFactor {
  id: string;
  kind: DeviceKind;
  name: string;
  maskedPhone: string | null;
  isDefault: boolean;
  isBackup: boolean;
}

export type PasswordStepResult =
  /** `method`: the second factor that stood in for a code (a remembered browser), or null for the password alone. */
  | { kind: "SUCCESS"; user: UserEntity; issued: IssuedSession; method: AuthMethod | null }
  | {
      kind: "CHALLENGE";
      user: UserEntity;
      challengeId: string;
      expiresAt: number;
      factors: ChallengeFactor[];
      smsSentTo: string | null;
      /** Why the default phone got no text (an SMS budget or the country list), if it did not. */
      smsRefused: AppError | null;
      /** The days "don't ask again on this browser" may be offered (0: not offered). */
      rememberDays: number;
    }
  /** `enforceFrom`: the Force-On's deadline when the user may still put the setup off (null: setup now). */
  | { kind: "SETUP_REQUIRED"; user: UserEntity; policy: PolicyLevel; enforceFrom: number | null };

/** Step one of the one login service behind both doors (GraphQL and the Identity-style REST endpoint). */
export class LoginService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      throttle: PasswordThrottle;
      sessions: SessionService;
      challenges: ChallengeService;
      passcodes: PasscodeService;
      audit: AuditService;
      rememberedBrowsers: RememberedBrowserService;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /**
   * Step one: the password. Decides, from the policy and the user's devices, what comes next. One read
   * (with the limiter's two takes when no known-browser token is presented), the hash (at most one
   * per core at a time), and the writes (the limiter settled, the challenge or session, the audit) in
   * one batch. The same steps, statements and answers whether the username exists or not.
   */
  async passwordStep(
    input: { username: string; password: string; channel: Channel; browserToken?: string | null; rememberToken?: string | null } & RequestMeta,
  ): Promise<PasswordStepResult> {
    const { dataSource, audit, throttle } = this.deps;
    const now = this.now();
    const username = input.username.trim().toLowerCase();
    const browserToken = input.browserToken && isWellFormedToken(input.browserToken) ? input.browserToken : null;
    const rememberToken = input.rememberToken && isWellFormedToken(input.rememberToken) ? input.rememberToken : null;
    const read = readLoginFacts(username.length <= 320 ? username : "", browserToken ? tokenHash(browserToken) : null, rememberToken ? tokenHash(rememberToken) : null, now);
    // Without a browser token the keys are known before the read: the takes travel with it.
    const blindKeys = browserToken ? null : throttle.keys({ username, address: input.ip, knownBrowser: false, browserToken: null });
    const [readResult, ...takes] = await runBatch(dataSource, [read, ...(blindKeys ? throttle.takes(blindKeys, now) : [])]);
    const facts = loginFactsOf(readResult);
    const found = facts?.user ?? null;
    const knownBrowser = facts?.knownBrowser ?? false;
    const keys = blindKeys ?? throttle.keys({ username, address: input.ip, knownBrowser, browserToken });
    const detail = { channel: input.channel };
    const meta = found
      ? { accountId: found.accountId, actorId: found.id, targetUserId: found.id, ip: input.ip }
      : { accountId: null, actorId: null, targetUserId: null, ip: input.ip };
    const touch = knownBrowser && browserToken ? [throttle.touch(browserToken)] : [];

    const slot = await throttle.attempt(keys, blindKeys ? { now, taken: takes.map((t) => t.affected) } : undefined);
    if (!slot.allowed) {
      await runBatch(dataSource, [...touch, ...audit.statements({ ...meta, action: AuditAction.LOGIN_THROTTLED, outcome: "FAILURE", detail })]);
      throw authErrors.throttled(slot.retryAfterMs);
    }
    let settled = false;
    const finish = async (outcome: SettleOutcome, writes: Statement[]) => {
      settled = true;
      await runBatch(dataSource, [...slot.settlement(outcome), ...touch, ...writes]);
    };
    try {
      const passwordOk = found ? await verifyPassword(found.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
      // A locked account answers the same whether the password was right or not: the lock is no oracle.
      if (found?.mfaLockedAt != null) {
        await finish("LOCKED", audit.statements({ ...meta, action: AuditAction.LOGIN_REFUSED_LOCKED, outcome: "FAILURE", detail: { ...detail, step: "PASSWORD" } }));
        throw authErrors.locked();
      }
      if (!passwordOk || !facts) {
        await finish("WRONG", audit.statements({ ...meta, action: AuditAction.LOGIN_PASSWORD_FAILED, outcome: "FAILURE", detail: found ? detail : { ...detail, unknownUser: true } }));
        throw authErrors.invalidCredentials();
      }
      return await this.decide(facts, input, meta, (writes) => finish("RIGHT", writes));
    } finally {
      // Something threw before the writes went out: the attempt proved nothing.
      if (!settled) await runBatch(dataSource, slot.settlement("VOID")).catch(() => undefined);
    }
  }

  /** What a right password leads to: a session, the setup wizard, or a challenge (the default phone texted now). */
  private async decide(
    facts: LoginFacts,
    input: { channel: Channel } & RequestMeta,
    meta: { accountId: string | null; actorId: string | null; targetUserId: string | null; ip: string | null },
    finish: (writes: Statement[]) => Promise<void>,
  ): Promise<PasswordStepResult> {
    const { audit } = this.deps;
    const { user, devices } = facts;
    const setting = effectiveEnforcement({
      kind: user.kind,
      override: user.mfaOverride,
      domain: facts.domainPolicy === null ? null : { policy: facts.domainPolicy, enforceFrom: facts.domainEnforceFrom },
      admin: { policy: facts.adminPolicy, enforceFrom: facts.adminEnforceFrom },
    });
    const policy = setting.policy;
    const decision = decideLogin({
      policy,
      mfaEnabled: user.mfaEnabled,
      devices: devices.map((d) => ({ id: d.id, kind: d.kind, verified: true, isDefault: d.isDefault, isBackup: d.isBackup })),
      grace: { enforceFrom: setting.enforceFrom, deferredAt: user.mfaSetupDeferredAt, now: this.now() },
    });

    if (decision.outcome === "PASS" || decision.outcome === "SETUP_DEFERRED") {
      // The password proves the user's strongest factor only when they have no device. A sign-in that puts the setup
      // off ends at the deadline at the latest: from then on Force-On holds for every session.
      const endsWithinMs = decision.outcome === "SETUP_DEFERRED" ? decision.enforceFrom - this.now() : undefined;
      const session = this.deps.sessions.prepare({ userId: user.id, mfaPassed: false, restricted: false, methods: ["PASSWORD"], proven: devices.length === 0, ip: input.ip, userAgent: input.userAgent, endsWithinMs });
      const detail: Record<string, string | number | boolean | null> = { channel: input.channel, factor: "PASSWORD", policy };
      // The console remembers the browser of each sign-in: one it does not know yet is told to the user (a security alert).
      if (input.channel === "GRAPHQL" && !facts.knownBrowser) detail.newBrowser = true;
      // Signed in without a device under a Force-On whose deadline is ahead: the user put the setup off today.
      if (decision.outcome === "SETUP_DEFERRED") detail.setupDeferredUntil = new Date(decision.enforceFrom).toISOString();
      await finish([session.statement, ...audit.statements({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail })]);
      return { kind: "SUCCESS", user, issued: session.issued, method: null };
    }
    if (decision.outcome === "SETUP_REQUIRED" || decision.outcome === "SETUP_SUGGESTED") {
      const enforceFrom = decision.outcome === "SETUP_SUGGESTED" ? decision.enforceFrom : null;
      const detail: Record<string, string | number | boolean | null> = { channel: input.channel };
      if (enforceFrom !== null) detail.enforceFrom = new Date(enforceFrom).toISOString();
      await finish(audit.statements({ ...meta, action: AuditAction.LOGIN_MFA_SETUP_REQUIRED, outcome: "SUCCESS", detail }));
      return { kind: "SETUP_REQUIRED", user, policy, enforceFrom };
    }

    // A browser the user chose to remember stands in for the code (never for the password, checked above).
    const remembered = facts.remembered;
    if (remembered && rememberedBrowserPasses({ remembered, domainDays: facts.domainRememberDays, policy, locked: user.mfaLockedAt !== null, now: this.now() })) {
      // A full session, but no recent proof: a step-up still asks for a factor.
      const session = this.deps.sessions.prepare({ userId: user.id, mfaPassed: true, restricted: false, methods: ["PASSWORD", "REMEMBERED_BROWSER"], proven: false, ip: input.ip, userAgent: input.userAgent });
      const detail = { channel: input.channel, factor: "REMEMBERED_BROWSER", policy, rememberedBrowserId: remembered.id };
      await finish([session.statement, this.deps.rememberedBrowsers.touch(remembered.id), ...audit.statements({ ...meta, action: AuditAction.LOGIN_SUCCEEDED, outcome: "SUCCESS", detail })]);
      return { kind: "SUCCESS", user, issued: session.issued, method: "REMEMBERED_BROWSER" };
    }
    const rememberDays = rememberDaysOffered({ domainDays: facts.domainRememberDays, policy });

    const byId = new Map(devices.map((d) => [d.id, d]));
    const factors: ChallengeFactor[] = decision.factors.map((f) => {
      const phone = byId.get(f.id)?.phoneE164 ?? null;
      return { id: f.id, kind: f.kind, name: byId.get(f.id)?.name ?? "", maskedPhone: phone ? maskPhone(phone) : null, isDefault: f.isDefault, isBackup: f.isBackup };
    });
    const opened = this.deps.challenges.prepareOpen({ userId: user.id, channel: input.channel, ip: input.ip });
    await finish([opened.statement, ...audit.statements({ ...meta, action: AuditAction.LOGIN_MFA_CHALLENGED, outcome: "SUCCESS", detail: { channel: input.channel, factors: factors.length } })]);
    const { challengeId, expiresAt } = opened;

    // The default factor is a phone: its code is sent now, as the classic flow does.
    let smsSentTo: string | null = null;
    let smsRefused: AppError | null = null;
    const first = factors[0];
    if (first?.kind === "SMS") {
      try {
        await this.deps.passcodes.sendPasscode({ challengeId, deviceId: first.id, ip: input.ip, userAgent: input.userAgent });
        smsSentTo = first.maskedPhone;
      } catch (error) {
        // A text refused by the SMS budgets or the country list (audited by the sender) does not block the
        // sign-in: the challenge stands, and the user picks another factor, a recovery code, or asks for a text later.
        const refused = error instanceof AppError && (error.code === ErrorCode.SMS_BUDGET_EXCEEDED || error.code === ErrorCode.SMS_COUNTRY_NOT_ALLOWED);
        if (!refused) throw error;
        smsRefused = error;
      }
    }
    return { kind: "CHALLENGE", user, challengeId, expiresAt, factors, smsSentTo, smsRefused, rememberDays };
  }

  /** Remembers the browser a user just signed in from (unless it already is), so their own sign-ins pass while others guess. */
  async rememberBrowser(userId: string, presented: string | null): Promise<{ token: string; expiresAt: number } | null> {
    if (presented && (await this.deps.throttle.isKnown(presented, userId))) return null;
    return this.deps.throttle.remember(userId);
  }

  /** Issues the setup-only session of a user who must enrol before anything else. */
  issueSetupSession(user: UserEntity, meta: RequestMeta): Promise<IssuedSession> {
    return this.deps.sessions.issue({ userId: user.id, mfaPassed: false, restricted: true, methods: ["PASSWORD"], proven: true, ...meta });
  }
}
