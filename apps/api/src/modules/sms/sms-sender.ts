/** Who delivers a text: the built-in outbox (stored for the developer panel) or a real provider. */
export type SmsSenderName = "outbox" | "twilio";

/** One outgoing text: an E.164 number and the words to send. */
export interface SmsOutgoing {
  /** E.164, e.g. +14155550123. */
  readonly to: string;
  /** The text; it usually carries a one-time code, so it must never appear in errors or logs. */
  readonly body: string;
}

/** Delivers texts. Implementations throw SmsDeliveryError, whose message never holds the body or a credential. */
export interface SmsSender {
  readonly name: SmsSenderName;
  send(message: SmsOutgoing): Promise<{ providerMessageId: string | null }>;
}

const REDACTED = "[redacted]";

/**
 * Removes secrets from a text meant for errors and the database: every secret verbatim, and every run of four or
 * more digits found in a secret (the one-time code of a message body), then trims to `maxLength`.
 */
export function scrub(text: string, secrets: readonly string[], maxLength = 255): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (secret.length === 0) continue;
    needles.add(secret);
    for (const digits of secret.match(/\d{4,}/g) ?? []) needles.add(digits);
  }
  let out = text;
  // Longest first, so a secret is removed whole before any of its parts.
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) out = out.split(needle).join(REDACTED);
  return out.length > maxLength ? `${out.slice(0, maxLength - 3)}...` : out;
}
