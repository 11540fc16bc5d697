import type { Statement } from "#src/db/batch.js";
import type { AuditFollower, AuditRecord, RecordedAuditEvent } from "./audit.service.js";

/** Several followers as one: each takes the events it wants, and writes with the event in its transaction. */
export function allFollowers(followers: readonly AuditFollower[]): AuditFollower {
  return {
    takes: (event: AuditRecord) => followers.some((f) => f.takes(event)),
    follow: (event: RecordedAuditEvent): Statement[] => followers.flatMap((f) => (f.takes(event) ? f.follow(event) : [])),
  };
}
