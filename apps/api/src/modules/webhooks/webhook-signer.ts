import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** The context a webhook secret is sealed under: the sealed value opens only for its own endpoint. */
export const webhookSecretAad = (endpointId: string) => `webhook-secret:${endpointId}`;

/** How long the previous secret keeps signing after a rotation. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60_000;

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString("base64")}`;

/**
 * The Standard Webhooks headers of one attempt: `webhook-signature` holds `v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>` for each live secret (the current one first; the previous one too for a day after a
 * rotation), separated by spaces.
 */
export function signedHeaders(input: { messageId: string; timestamp: Date; body: string; secrets: readonly string[] }): Record<string, string> {
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(Math.floor(input.timestamp.getTime() / 1000)),
    "webhook-signature": input.secrets.map((secret) => new Webhook(secret).sign(input.messageId, input.timestamp, input.body)).join(" "),
  };
}
