import type { SealedColumn } from "#src/db/sealed-columns.js";
import { webhookSecretAad } from "./webhook-signer.js";

/** An endpoint's signing secret, sealed with the endpoint's id as context. */
export const WEBHOOK_SECRETS: SealedColumn = { table: "webhook_endpoints", column: "secret_sealed", context: webhookSecretAad };

/** The secret that keeps signing for a day after a rotation, sealed like the current one. */
export const WEBHOOK_PREVIOUS_SECRETS: SealedColumn = { table: "webhook_endpoints", column: "previous_secret_sealed", context: webhookSecretAad };
