import { searchTerms } from "@mfa/core";
import type { Db } from "#src/db/db.js";
import { insertTerms } from "./search.queries.js";

/**
 * The owner of `mailbox_search_terms`: the words a mailbox is found by on the admins' mailboxes page
 * (the local part and the name, whole and word by word; see `searchTerms` in core). A mailbox's terms
 * are written in the transaction that creates it and go with it when it is deleted.
 */
export class MailboxSearchIndex {
  async add(db: Db, user: { id: string; domainId: string | null; username: string; displayName: string }): Promise<void> {
    if (!user.domainId) return;
    const domainId = user.domainId;
    const local = user.username.slice(0, user.username.lastIndexOf("@"));
    await insertTerms(db, searchTerms(local, user.displayName).map((term) => ({ userId: user.id, domainId, term })));
  }
}
