/** Dates and untrusted text as the emails write them: in English, in UTC (named), on one line. */

// Written out, not left to Intl: the words of an email must not change with the runtime's ICU data.
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const two = (n: number) => String(n).padStart(2, "0");

/** `Monday 3 August 2026 at 09:00 UTC`. */
export function formatMoment(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError("an email cannot name an invalid date");
  const date = `${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  return `${date} at ${two(at.getUTCHours())}:${two(at.getUTCMinutes())} UTC`;
}

/** Text from outside (a user agent, a name) on one line, without control characters, at most `max` characters. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
