import { isSqlite, type Db } from "#src/db/db.js";
import { execute, placeholders } from "#src/db/sql.js";

/** Every statement on `mailbox_search_terms`: this file is its only writer (rows go with their user, by cascade). */

export async function insertTerms(db: Db, rows: readonly { userId: string; domainId: string; term: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const verb = isSqlite(db) ? "INSERT OR IGNORE" : "INSERT IGNORE";
  await execute(
    db,
    `${verb} INTO mailbox_search_terms (domain_id, term, user_id) VALUES ${rows.map(() => `(${placeholders(3)})`).join(", ")}`,
    rows.flatMap((r) => [r.domainId, r.term, r.userId]),
  );
}

/** `%`, `_` and the escape character `!` match literally (`!` escapes the same way on every engine). */
const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/**
 * A condition on `users u`: the mailbox has a term of this domain that starts with `prefix` (an
 * index range on (domain, term), however large the domain).
 */
export function hasTermStartingWith(domainId: string, prefix: string): { sql: string; params: unknown[] } {
  return {
    sql: "u.id IN (SELECT t.user_id FROM mailbox_search_terms t WHERE t.domain_id = ? AND t.term LIKE ? ESCAPE '!')",
    params: [domainId, `${escapeLike(prefix)}%`],
  };
}

/**
 * The mailboxes with a term starting with `prefix` in any of these domains, as a derived table of `user_id`s: one
 * index range on (domain, term) per domain. Across domains it is read first and joined to the users (the caller
 * fixes that order), since a planner left to itself would rather walk every user of the account.
 */
export function usersWithTermStartingWith(domainIds: readonly string[], prefix: string): { sql: string; params: unknown[] } {
  return {
    sql: `(SELECT DISTINCT t.user_id FROM mailbox_search_terms t WHERE t.domain_id IN (${placeholders(Math.max(domainIds.length, 1))}) AND t.term LIKE ? ESCAPE '!')`,
    params: [...(domainIds.length ? domainIds : [""]), `${escapeLike(prefix)}%`],
  };
}
