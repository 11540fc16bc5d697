import type { SmsBudgetName } from "@mfa/core";
import { isSqlite, type Db } from "#src/db/db.js";
import { execute } from "#src/db/sql.js";

/** Every statement on `sms_counters` and `sms_settings`: the sms module is their only writer. */

export interface CounterRef {
  readonly key: string;
  readonly windowStart: number;
}

const sameCounter = (refs: readonly CounterRef[]) => refs.map(() => "(counter_key = ? AND window_start = ?)").join(" OR ");
const counterParams = (refs: readonly CounterRef[]) => refs.flatMap((r) => [r.key, r.windowStart]);

/** The counters of `refs` that exist already. */
export async function existingCounters(db: Db, refs: readonly CounterRef[]): Promise<Set<string>> {
  if (refs.length === 0) return new Set();
  const { rows } = await execute<{ counter_key: string; window_start: number | string }>(
    db,
    `SELECT counter_key, window_start FROM sms_counters WHERE ${sameCounter(refs)}`,
    counterParams(refs),
  );
  return new Set(rows.map((r) => `${r.counter_key}@${Number(r.window_start)}`));
}

/** Creates a counter at zero unless it exists (two instances may both try: one row results). */
export async function createCounter(db: Db, ref: CounterRef): Promise<void> {
  const insert = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${insert} INTO sms_counters (counter_key, window_start, sent) VALUES (?, ?, 0)`, [ref.key, ref.windowStart]);
}

/** Takes one text from a counter with one conditional increment: 1 when taken, 0 when the counter is full. */
export async function takeText(db: Db, ref: CounterRef, limit: number): Promise<number> {
  const { affected } = await execute(db, "UPDATE sms_counters SET sent = sent + 1 WHERE counter_key = ? AND window_start = ? AND sent < ?", [
    ref.key,
    ref.windowStart,
    limit,
  ]);
  return affected;
}

/** Gives back a text taken by a text that another counter then refused. */
export async function giveTextBack(db: Db, ref: CounterRef): Promise<void> {
  await execute(db, "UPDATE sms_counters SET sent = sent - 1 WHERE counter_key = ? AND window_start = ? AND sent > 0", [ref.key, ref.windowStart]);
}

/** How many texts each of these counters holds (absent counters are left out). */
export async function counterValues(db: Db, refs: readonly CounterRef[]): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const { rows } = await execute<{ counter_key: string; window_start: number | string; sent: number | string }>(
    db,
    `SELECT counter_key, window_start, sent FROM sms_counters WHERE ${sameCounter(refs)}`,
    counterParams(refs),
  );
  return new Map(rows.map((r) => [`${r.counter_key}@${Number(r.window_start)}`, Number(r.sent)]));
}

/** Forgets the counters of windows that ended before `before`. */
export async function pruneCounters(db: Db, before: number): Promise<number> {
  const { affected } = await execute(db, "DELETE FROM sms_counters WHERE window_start < ?", [before]);
  return affected;
}

/** An account's own SMS settings; a null value follows the service's default. */
export interface SmsSettingsRow {
  readonly countries: readonly string[] | null;
  readonly budgets: Partial<Record<SmsBudgetName, number | null>>;
}

const COLUMNS: Record<SmsBudgetName, string> = {
  userHourly: "user_hourly",
  userDaily: "user_daily",
  domainHourly: "domain_hourly",
  domainDaily: "domain_daily",
  accountHourly: "account_hourly",
  accountDaily: "account_daily",
  destinationDaily: "destination_daily",
};
const NAMES = Object.keys(COLUMNS) as SmsBudgetName[];

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export async function findSmsSettings(db: Db, accountId: string): Promise<SmsSettingsRow | null> {
  const { rows } = await execute<Record<string, unknown>>(db, `SELECT countries, ${NAMES.map((n) => COLUMNS[n]).join(", ")} FROM sms_settings WHERE account_id = ?`, [
    accountId,
  ]);
  const row = rows[0];
  if (!row) return null;
  const countries = typeof row.countries === "string" ? row.countries.split(",").filter((c) => c !== "") : null;
  return { countries, budgets: Object.fromEntries(NAMES.map((n) => [n, toNumber(row[COLUMNS[n]])])) };
}

/** Writes an account's settings: the row is created on the first change, then updated in place. */
export async function saveSmsSettings(db: Db, accountId: string, settings: SmsSettingsRow, now: number): Promise<void> {
  const insert = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(db, `${insert} INTO sms_settings (account_id, updated_at) VALUES (?, ?)`, [accountId, now]);
  const values = NAMES.map((n) => settings.budgets[n] ?? null);
  await execute(
    db,
    `UPDATE sms_settings SET countries = ?, ${NAMES.map((n) => `${COLUMNS[n]} = ?`).join(", ")}, updated_at = ? WHERE account_id = ?`,
    [settings.countries === null ? null : settings.countries.join(","), ...values, now, accountId],
  );
}

/** The account's domains, by name, for the use page. */
export async function accountDomains(db: Db, accountId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await execute<{ id: string; name: string }>(db, "SELECT id, name FROM domains WHERE account_id = ? ORDER BY name", [accountId]);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
