import {
  budgetProblems,
  effectiveBudgets,
  parseCountryList,
  SMS_BUDGET_NAMES,
  smsCounterKey,
  widensSms,
  windowEnd,
  windowStart,
  type SmsBudgetName,
  type SmsBudgets,
  type SmsScope,
} from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import type { SmsBudgetService } from "./sms-budget.service.js";
import { accountDomains, counterValues, saveSmsSettings, type CounterRef } from "./sms-budget.queries.js";

/** Texts sent in the current hour and UTC day against the budgets of those windows. */
export interface SmsUse {
  readonly thisHour: number;
  readonly today: number;
  readonly hourlyBudget: number;
  readonly dailyBudget: number;
}

/** What the admin's page shows: where the account texts, its budgets, and each domain's use against them. */
export interface SmsSettingsView {
  readonly allowedCountries: readonly string[];
  readonly usesDefaultCountries: boolean;
  readonly defaultCountries: readonly string[];
  readonly budgets: SmsBudgets;
  readonly defaultBudgets: SmsBudgets;
  readonly maxBudgets: SmsBudgets;
  readonly account: SmsUse;
  readonly domains: readonly { domainId: string; name: string; use: SmsUse }[];
  readonly hourEndsAt: number;
  readonly dayEndsAt: number;
}

/** A change an admin asks for: an absent value stays as it is, null goes back to the service's default. */
export interface SmsSettingsChange {
  readonly allowedCountries?: readonly string[] | null;
  readonly budgets?: Partial<Record<SmsBudgetName, number | null>> | null;
}

/** The admin's side of the SMS budgets: read the account's use, set its allowed countries and budgets. */
export class SmsSettingsService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      config: Pick<Config, "sms">;
      budgets: SmsBudgetService;
      audit: AuditService;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async view(accountId: string): Promise<SmsSettingsView> {
    const { dataSource, config } = this.deps;
    const now = this.now();
    const [limits, domains] = await Promise.all([this.deps.budgets.limitsOf(accountId), accountDomains(dataSource, accountId)]);
    const hour = windowStart(now, "HOUR");
    const day = windowStart(now, "DAY");
    const refs = (scope: SmsScope, id: string): [CounterRef, CounterRef] => [
      { key: smsCounterKey(scope, "HOUR", id), windowStart: hour },
      { key: smsCounterKey(scope, "DAY", id), windowStart: day },
    ];
    const all = [...refs("ACCOUNT", accountId), ...domains.flatMap((d) => refs("DOMAIN", d.id))];
    const values = await counterValues(dataSource, all);
    const use = (scope: SmsScope, id: string, hourly: number, daily: number): SmsUse => {
      const [h, d] = refs(scope, id);
      return { thisHour: values.get(`${h.key}@${h.windowStart}`) ?? 0, today: values.get(`${d.key}@${d.windowStart}`) ?? 0, hourlyBudget: hourly, dailyBudget: daily };
    };
    const { budgets } = limits;
    return {
      allowedCountries: limits.countries,
      usesDefaultCountries: limits.usesDefaultCountries,
      defaultCountries: config.sms.defaultCountries,
      budgets,
      defaultBudgets: config.sms.budgets.defaults,
      maxBudgets: config.sms.budgets.maxima,
      account: use("ACCOUNT", accountId, budgets.accountHourly, budgets.accountDaily),
      domains: domains.map((d) => ({ domainId: d.id, name: d.name, use: use("DOMAIN", d.id, budgets.domainHourly, budgets.domainDaily) })),
      hourEndsAt: windowEnd(now, "HOUR"),
      dayEndsAt: windowEnd(now, "DAY"),
    };
  }

  /**
   * Sets the account's allowed countries and budgets, audited. Budgets stay within the service's maxima; a change
   * that lets more texts out (a country added, a budget raised) needs a recent proof.
   */
  async update(actor: { admin: AdminActor; ip: string | null; recentProof: boolean }, change: SmsSettingsChange): Promise<SmsSettingsView> {
    const { config, dataSource } = this.deps;
    const accountId = actor.admin.accountId;
    let countries: readonly string[] | null | undefined = change.allowedCountries;
    if (countries) {
      const parsed = parseCountryList(countries);
      if (!parsed.ok) throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown country codes: ${parsed.unknown.map((c) => c || "(empty)").join(", ")}.`, { field: "allowedCountries" });
      countries = parsed.countries;
    }
    const asked = change.budgets ?? {};
    const problems = budgetProblems(asked, config.sms.budgets.maxima);
    if (problems.length > 0) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, "Some budgets are out of range.", {
        fields: problems.map((p) => ({ field: `budgets.${p.name}`, messages: [`Choose a whole number from 0 to ${p.max}.`] })),
      });
    }

    const before = await this.deps.budgets.limitsOf(accountId);
    const chosen = {
      countries: countries === undefined ? (before.chosen?.countries ?? null) : countries,
      budgets: { ...before.chosen?.budgets, ...Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined)) },
    };
    const after = {
      countries: chosen.countries ?? config.sms.defaultCountries,
      budgets: effectiveBudgets(chosen.budgets, config.sms.budgets.defaults, config.sms.budgets.maxima),
    };
    if (widensSms({ countries: before.countries, budgets: before.budgets }, after) && !actor.recentProof) {
      throw new AppError(ErrorCode.RECENT_AUTH_REQUIRED, "Confirm your password to let more text messages out.");
    }

    await saveSmsSettings(dataSource, accountId, chosen, this.now());
    const detail: Record<string, string | number> = {};
    if (after.countries.join(",") !== before.countries.join(",")) detail.countries = after.countries.join(",");
    for (const name of SMS_BUDGET_NAMES) if (after.budgets[name] !== before.budgets[name]) detail[name] = after.budgets[name];
    if (countries !== undefined || change.budgets) {
      await this.deps.audit.record({
        accountId,
        actorId: actor.admin.id,
        targetUserId: null,
        action: AuditAction.SMS_SETTINGS_CHANGED,
        outcome: "SUCCESS",
        detail,
        ip: actor.ip,
      });
    }
    return this.view(accountId);
  }
}
