import type { SealedColumn } from "#src/db/sealed-columns.js";

/** The texts the outbox sender keeps (they carry codes), each sealed with its message id as context. */
export const OUTBOX_BODIES: SealedColumn = { table: "sms_messages", column: "body_sealed", context: (id) => id };
