import type { RetentionQueries } from "#src/modules/jobs/retention.js";
import { deleteEmails, finishedEmailsBefore } from "./email-retention.queries.js";

/**
 * Emails (the outbox's, and the delivery records of sent ones) are kept EMAIL_RETENTION_DAYS, then deleted by the
 * rollout job; one being sent is never deleted.
 */
export const EMAIL_RETENTION: RetentionQueries = { expired: finishedEmailsBefore, remove: deleteEmails };
