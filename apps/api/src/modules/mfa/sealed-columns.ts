import type { SealedColumn } from "#src/db/sealed-columns.js";
import { totpSecretAad } from "./factors.service.js";

/** The authenticator secrets of `devices`, each sealed with its device's id as context. */
export const TOTP_SECRETS: SealedColumn = { table: "devices", column: "secret_sealed", context: totpSecretAad };
