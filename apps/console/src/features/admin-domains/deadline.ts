/**
 * A Force-On deadline is chosen as a day on the admin's own calendar: it takes effect at the start of that day, their
 * time. The service keeps the moment (ISO); the date field shows the day.
 */

/** The moment of a yyyy-mm-dd day's start in the reader's time zone, as ISO; null for an empty or unreadable value. */
export function deadlineOf(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(start.getTime()) ? null : start.toISOString();
}

/** The yyyy-mm-dd day (reader's time zone) of a moment, for a date field; empty for none. */
export function deadlineInputValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
