/**
 * SMS budgets: how many texts may leave, per user, per domain and per account (an hour and a day), per
 * destination number (a day), and for the whole service (an hour, the breaker). Windows are fixed clock hours and
 * UTC days, so every API instance counts into the same window.
 */

export type SmsScope = "USER" | "DESTINATION" | "DOMAIN" | "ACCOUNT" | "GLOBAL";
export type SmsPeriod = "HOUR" | "DAY";

export const SMS_PERIOD_MS: Readonly<Record<SmsPeriod, number>> = { HOUR: 3_600_000, DAY: 86_400_000 };

/** The budgets an account's admin may set (within the service's maxima); the global breaker is the operator's. */
export interface SmsBudgets {
  readonly userHourly: number;
  readonly userDaily: number;
  readonly domainHourly: number;
  readonly domainDaily: number;
  readonly accountHourly: number;
  readonly accountDaily: number;
  readonly destinationDaily: number;
}

export type SmsBudgetName = keyof SmsBudgets;

/** Every budget an admin sets, in the order they are shown. */
export const SMS_BUDGET_NAMES: readonly SmsBudgetName[] = ["userHourly", "userDaily", "domainHourly", "domainDaily", "accountHourly", "accountDaily", "destinationDaily"];

/** One counter a text takes: its key, its window and the most it may reach. */
export interface SmsBudgetCheck {
  readonly scope: SmsScope;
  readonly period: SmsPeriod;
  readonly key: string;
  readonly windowStart: number;
  readonly limit: number;
}

export const windowStart = (nowMs: number, period: SmsPeriod): number => Math.floor(nowMs / SMS_PERIOD_MS[period]) * SMS_PERIOD_MS[period];

export const windowEnd = (nowMs: number, period: SmsPeriod): number => windowStart(nowMs, period) + SMS_PERIOD_MS[period];

/** The key of one counter: scope, period and subject (a user, domain or account id; the account and the number). */
export const smsCounterKey = (scope: SmsScope, period: SmsPeriod, subject: string): string => `${scope.toLowerCase()}:${period.toLowerCase()}:${subject}`;

export interface SmsText {
  readonly userId: string | null;
  readonly domainId: string | null;
  readonly accountId: string | null;
  /** E.164. */
  readonly to: string;
}

/**
 * The counters one text takes, most specific first. Every text takes them in this same order, so that holding some
 * while waiting for the next can never close a cycle (no deadlock between concurrent texts). A text with no user,
 * domain or account (an admin has no domain) skips that scope. The destination is counted within its account, so
 * that one tenant cannot use up the texts another tenant's user needs.
 */
export function smsBudgetChecks(text: SmsText, budgets: SmsBudgets, globalHourly: number, nowMs: number): SmsBudgetCheck[] {
  const checks: SmsBudgetCheck[] = [];
  const add = (scope: SmsScope, period: SmsPeriod, subject: string | null, limit: number) => {
    if (subject !== null) checks.push({ scope, period, key: smsCounterKey(scope, period, subject), windowStart: windowStart(nowMs, period), limit });
  };
  add("USER", "HOUR", text.userId, budgets.userHourly);
  add("USER", "DAY", text.userId, budgets.userDaily);
  add("DESTINATION", "DAY", `${text.accountId ?? "-"}:${text.to}`, budgets.destinationDaily);
  add("DOMAIN", "HOUR", text.domainId, budgets.domainHourly);
  add("DOMAIN", "DAY", text.domainId, budgets.domainDaily);
  add("ACCOUNT", "HOUR", text.accountId, budgets.accountHourly);
  add("ACCOUNT", "DAY", text.accountId, budgets.accountDaily);
  add("GLOBAL", "HOUR", "*", globalHourly);
  return checks;
}

/** Seconds until a refused counter's window ends (at least 1). */
export const smsRetryAfterSeconds = (check: Pick<SmsBudgetCheck, "period" | "windowStart">, nowMs: number): number =>
  Math.max(1, Math.ceil((check.windowStart + SMS_PERIOD_MS[check.period] - nowMs) / 1000));

/** The budgets in force: an account's own choices over the defaults, never above the maxima. */
export function effectiveBudgets(chosen: Partial<Record<SmsBudgetName, number | null>>, defaults: SmsBudgets, maxima: SmsBudgets): SmsBudgets {
  const out = {} as Record<SmsBudgetName, number>;
  for (const name of SMS_BUDGET_NAMES) out[name] = Math.min(chosen[name] ?? defaults[name], maxima[name]);
  return out;
}

/** The budgets asked for that are out of range: each must be a whole number from 0 to its maximum. */
export function budgetProblems(asked: Partial<Record<SmsBudgetName, number | null>>, maxima: SmsBudgets): { name: SmsBudgetName; max: number }[] {
  return SMS_BUDGET_NAMES.flatMap((name) => {
    const value = asked[name];
    if (value === undefined || value === null) return [];
    return Number.isInteger(value) && value >= 0 && value <= maxima[name] ? [] : [{ name, max: maxima[name] }];
  });
}

/**
 * Whether a change of settings lets more texts out: a country added to the list, or a budget raised. Such a change
 * can cost the account money, so it asks for a recent proof; narrowing never does.
 */
export function widensSms(before: { countries: readonly string[]; budgets: SmsBudgets }, after: { countries: readonly string[]; budgets: SmsBudgets }): boolean {
  const known = new Set(before.countries);
  return after.countries.some((c) => !known.has(c)) || SMS_BUDGET_NAMES.some((name) => after.budgets[name] > before.budgets[name]);
}
