import { currentLocale } from "../i18n/i18n";

/** Intl formatters of the current language's locale, made once per locale and style. */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: (locale: string) => T): T {
  const locale = currentLocale();
  const id = `${locale}|${key}`;
  let formatter = cache.get(id) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(id, formatter);
  }
  return formatter;
}

const dates = (key: string, options: Intl.DateTimeFormatOptions) => cached(key, (locale) => new Intl.DateTimeFormat(locale, options));

/** "3 Mar 2026, 10:15" (en) / "03.03.2026, 10:15" (de). */
export const formatDateTime = (iso: string): string => dates("dateTime", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
/** "3 Mar 2026" (en) / "03.03.2026" (de). */
export const formatDate = (iso: string): string => dates("date", { dateStyle: "medium" }).format(new Date(iso));
/** "3 Mar 2026, 10:15:42": a logged moment, to the second. */
export const formatTimestamp = (iso: string): string => dates("timestamp", { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));
/** "10:15". */
export const formatTime = (iso: string): string => dates("time", { timeStyle: "short" }).format(new Date(iso));

/** 12,345 (en) / 12.345 (de). */
export const formatNumber = (value: number): string => cached("number", (locale) => new Intl.NumberFormat(locale)).format(value);

/** 87% (en) / 87 % (de), from a fraction. */
export const formatPercent = (fraction: number): string =>
  cached("percent", (locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 })).format(fraction);

/** "45 seconds", "2 minutes" / "45 Sekunden", "2 Minuten": a wait, in whole seconds below a minute, else minutes. */
export function formatDuration(seconds: number): string {
  const [value, unit] = seconds < 60 ? [seconds, "second"] : [Math.ceil(seconds / 60), "minute"];
  return cached(`duration-${unit}`, (locale) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" })).format(value);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "3 hours ago", "in 2 days" / "vor 3 Stunden", "in 2 Tagen": a moment relative to `now`, in its largest unit. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  return cached("relative", (locale) => new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(Math.round(seconds / size), unit);
}

/** A country's name in the current language ("Germany" / "Deutschland"), from its ISO 3166 code. */
export const regionName = (code: string): string | undefined =>
  cached("region", (locale) => new Intl.DisplayNames(locale, { type: "region", fallback: "none" })).of(code);

/** Compares two texts as the current language sorts them. */
export const compareText = (a: string, b: string): number => cached("collator", (locale) => new Intl.Collator(locale)).compare(a, b);

/** "a, b and c" / "a, b und c". */
export const formatList = (items: readonly string[]): string =>
  cached("list", (locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" })).format(items);
