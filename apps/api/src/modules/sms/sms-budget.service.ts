import { effectiveBudgets, maskPhone, phoneCountry, SMS_PERIOD_MS, smsBudgetChecks, smsRetryAfterSeconds, windowStart, type SmsBudgetCheck, type SmsBudgets } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import { isSqlite, type Db } from "#src/db/db.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { counterValues, createCounter, existingCounters, findSmsSettings, giveTextBack, pruneCounters, takeText, type SmsSettingsRow } from "./sms-budget.queries.js";
import { smsErrors } from "./sms.errors.js";

/** Who a text is for and where it goes: the scopes it counts against. */
export interface SmsRecipient {
  readonly accountId: string | null;
  readonly userId: string | null;
  readonly domainId: string | null;
  /** E.164. */
  readonly to: string;
}

/** An account's allow-list and budgets in force, and what its admin chose (null: the service's defaults). */
export interface SmsLimits {
  readonly countries: readonly string[];
  readonly usesDefaultCountries: boolean;
  readonly budgets: SmsBudgets;
  readonly chosen: SmsSettingsRow | null;
}

/** How often a statement that lost a deadlock or a lock wait is tried again before the text is refused. */
const ATTEMPTS = 3;
const isLockConflict = (error: unknown) => /\b(1213|1205)\b|Deadlock found|Lock wait timeout/i.test(`${(error as { errno?: number }).errno ?? ""} ${String(error)}`);

/**
 * The gate every text passes before it is recorded or handed to a provider: the account's country allow-list, then
 * one text from each budget (user, number, domain, account, the global breaker), counted in the database so that
 * every API instance shares them. A refused text takes nothing, is audited, and is answered with a coded error.
 */
export class SmsBudgetService {
  private lastPrune = 0;

  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Pick<Config, "sms">;
      audit: AuditService;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** The countries an account may text and its budgets in force. A text of no account gets the defaults. */
  async limitsOf(accountId: string | null, db: Db = this.deps.dataSource): Promise<SmsLimits> {
    const { defaultCountries, budgets } = this.deps.config.sms;
    const chosen = accountId === null ? null : await findSmsSettings(db, accountId);
    return {
      countries: chosen?.countries ?? defaultCountries,
      usesDefaultCountries: chosen?.countries == null,
      budgets: effectiveBudgets(chosen?.budgets ?? {}, budgets.defaults, budgets.maxima),
      chosen,
    };
  }

  /**
   * Before a phone is added: refuses, audited, a number whose country is not on the account's list, or a text that
   * a budget has no room for now (nothing is taken: the text itself is admitted by `admit`).
   */
  async precheck(text: SmsRecipient): Promise<void> {
    const limits = await this.limitsOf(text.accountId);
    await this.checkCountry(text, limits.countries, "addPhone");
    const now = this.now();
    const checks = smsBudgetChecks(text, limits.budgets, this.deps.config.sms.budgets.globalHourly, now);
    const values = await counterValues(this.deps.dataSource, checks);
    const full = checks.find((check) => (values.get(`${check.key}@${check.windowStart}`) ?? 0) >= check.limit);
    if (full) await this.refuseBudget(text, full, now, "addPhone");
  }

  /** Admits one text or refuses it (audited, coded, nothing counted): the allow-list first, then every budget. */
  async admit(text: SmsRecipient): Promise<void> {
    const limits = await this.limitsOf(text.accountId);
    await this.checkCountry(text, limits.countries, "send");
    const now = this.now();
    const checks = smsBudgetChecks(text, limits.budgets, this.deps.config.sms.budgets.globalHourly, now);
    const refused = await this.reserve(checks);
    if (refused) await this.refuseBudget(text, refused, now, "send");
    await this.pruneNow(now);
  }

  private async refuseBudget(text: SmsRecipient, check: SmsBudgetCheck, now: number, stage: "addPhone" | "send"): Promise<never> {
    await this.refuse(text, { reason: "BUDGET", scope: check.scope, period: check.period, limit: check.limit, stage });
    throw smsErrors.budgetExceeded(check.scope, check.period, smsRetryAfterSeconds(check, now));
  }

  private async checkCountry(recipient: Omit<SmsRecipient, "domainId">, allowed: readonly string[], stage: "addPhone" | "send"): Promise<void> {
    const country = phoneCountry(recipient.to);
    if (country !== null && allowed.includes(country)) return;
    await this.refuse(recipient, { reason: "COUNTRY", country, stage });
    throw smsErrors.countryNotAllowed(country);
  }

  private refuse(recipient: Omit<SmsRecipient, "domainId">, detail: Record<string, string | number | null>): Promise<void> {
    return this.deps.audit.record({
      accountId: recipient.accountId,
      actorId: recipient.userId,
      targetUserId: recipient.userId,
      action: AuditAction.SMS_REFUSED,
      outcome: "FAILURE",
      detail: { ...detail, to: maskPhone(recipient.to) },
      ip: null,
    });
  }

  /**
   * Takes one text from every counter, in the order of `checks`, each with one conditional increment; when one is
   * full, gives back those already taken and returns it. On MariaDB it runs in one transaction (nothing half-taken
   * survives a crash; locks are taken in one order, so concurrent texts never deadlock). On SQLite, where TypeORM
   * runs every request on one shared connection, it runs without one: a rollback there would also undo the
   * statements of other requests that happen to run in between, so refused texts give back instead.
   */
  private async reserve(checks: readonly SmsBudgetCheck[]): Promise<SmsBudgetCheck | null> {
    const { dataSource } = this.deps;
    const existing = await existingCounters(dataSource, checks);
    for (const check of checks) if (!existing.has(`${check.key}@${check.windowStart}`)) await createCounter(dataSource, check);
    const takeAll = async (db: Db): Promise<SmsBudgetCheck | null> => {
      const taken: SmsBudgetCheck[] = [];
      for (const check of checks) {
        if ((await takeText(db, check, check.limit)) !== 1) {
          for (const done of taken.reverse()) await giveTextBack(db, done);
          return check;
        }
        taken.push(check);
      }
      return null;
    };
    if (isSqlite(dataSource)) return takeAll(dataSource);
    for (let attempt = 1; ; attempt++) {
      try {
        return await dataSource.transaction(takeAll);
      } catch (error) {
        if (attempt >= ATTEMPTS || !isLockConflict(error)) throw error;
      }
    }
  }

  /** At most once an hour per instance, forgets counters older than yesterday (the use page shows today). */
  private async pruneNow(now: number): Promise<void> {
    if (now - this.lastPrune < SMS_PERIOD_MS.HOUR) return;
    this.lastPrune = now;
    await pruneCounters(this.deps.dataSource, windowStart(now, "DAY") - SMS_PERIOD_MS.DAY);
  }
}
