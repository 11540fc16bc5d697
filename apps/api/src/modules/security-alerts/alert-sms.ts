import type { SecurityAlertEvent } from "#src/modules/mail/templates/security-alert.js";

const SAID: Partial<Record<SecurityAlertEvent, string>> = {
  FACTOR_ADDED: "a new sign-in method was added to",
  MFA_TURNED_OFF: "two-step sign-in was turned off for",
};

/** The text an alert sends to another phone: what, to whom, when, and where to look (no link text beyond the console's). */
export function alertText(input: { issuer: string; event: SecurityAlertEvent; username: string; occurredAt: Date; consoleUrl: string }): string {
  const what = SAID[input.event] ?? "your sign-in security changed for";
  const when = `${input.occurredAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return `${input.issuer} security alert: ${what} ${input.username} at ${when}. Not you? Review it now: ${input.consoleUrl}/security`;
}
