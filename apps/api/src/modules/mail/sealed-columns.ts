import type { SealedColumn } from "#src/db/sealed-columns.js";

/** The emails the outbox transport keeps (they carry links and names), each sealed with its message id as context. */
export const OUTBOX_EMAILS: SealedColumn = { table: "email_messages", column: "content_sealed", context: (id) => id };
