import type { SmsBudgets } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";
import { regionName } from "../../lib/format";

/** The budgets an admin sets, as the service names them. */
export type BudgetName = Exclude<keyof SmsBudgets, "__typename">;
export type Budgets = Record<BudgetName, number>;

/** Each budget with its words, grouped by whom it limits; the order of the form. */
export const BUDGET_FIELDS: readonly { name: BudgetName; group: string; label: string }[] = [
  { name: "userHourly", group: "Each user", label: "an hour" },
  { name: "userDaily", group: "Each user", label: "a day" },
  { name: "domainHourly", group: "Each domain", label: "an hour" },
  { name: "domainDaily", group: "Each domain", label: "a day" },
  { name: "accountHourly", group: "The whole account", label: "an hour" },
  { name: "accountDaily", group: "The whole account", label: "a day" },
  { name: "destinationDaily", group: "Each phone number", label: "a day" },
];

/** A group's and a period's words in the current language (the record above holds the English, which are the keys). */
export const budgetGroupLabel = (group: string): string => i18n.t(`admin-sms:group.${group}`);
export const budgetPerLabel = (per: string): string => i18n.t(`admin-sms:per.${per}`);

export const budgetLabel = (name: BudgetName): string => {
  const field = BUDGET_FIELDS.find((f) => f.name === name);
  return field ? i18n.t("admin-sms:budget", { group: budgetGroupLabel(field.group), per: budgetPerLabel(field.label) }) : name;
};

/** The name of a country code in the current language, or undefined when it names no country. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  try {
    return regionName(code);
  } catch {
    return undefined;
  }
}

/** Country codes typed as "us, CA gb": upper-case, unique, sorted, and the ones that name no country. */
export function parseCountryCodes(text: string): { codes: string[]; unknown: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part !== "");
  const codes = [...new Set(parts)].sort();
  return { codes: codes.filter((c) => countryName(c) !== undefined), unknown: codes.filter((c) => countryName(c) === undefined) };
}

/** Countries a new list adds and takes off, by name. */
export function countryChanges(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const name = (code: string) => countryName(code) ?? code;
  return { added: after.filter((c) => !before.includes(c)).map(name), removed: before.filter((c) => !after.includes(c)).map(name) };
}

/** What is wrong with the budgets typed in: each must be a whole number from 0 to its maximum. */
export function budgetErrors(values: Record<BudgetName, string>, maxima: Budgets): Partial<Record<BudgetName, string>> {
  const errors: Partial<Record<BudgetName, string>> = {};
  for (const { name } of BUDGET_FIELDS) {
    const text = values[name].trim();
    const value = Number(text);
    if (text === "" || !/^\d+$/.test(text)) errors[name] = i18n.t("admin-sms:budgetNumber", { max: maxima[name] });
    else if (value > maxima[name]) errors[name] = i18n.t("admin-sms:budgetMax", { max: maxima[name] });
  }
  return errors;
}

/** The budgets that change, from what to what. */
export function budgetChanges(before: Budgets, values: Record<BudgetName, string>): { name: BudgetName; from: number; to: number }[] {
  return BUDGET_FIELDS.flatMap(({ name }) => {
    const to = Number(values[name].trim());
    return to === before[name] ? [] : [{ name, from: before[name], to }];
  });
}

/** Texts used against a budget, in words: "3 of 50". */
export const usageText = (used: number, budget: number): string => i18n.t("admin-sms:usage", { used, budget });

/** How full a budget is: "warning" from 80 % (and a spent budget is named as such beside it). */
export const usageTone = (used: number, budget: number): "accent" | "warning" => (used >= budget * 0.8 ? "warning" : "accent");
