import type { DataSource } from "typeorm";
import { pagingErrors } from "#src/errors/paging.js";
import type { DomainsService } from "#src/modules/domains/domains.service.js";
import { countMailboxes, mailboxPage, type MailboxRow, type MfaStatus } from "./mailboxes.queries.js";

export type { MfaStatus };

export interface MailboxPage {
  rows: (MailboxRow & { status: MfaStatus })[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const MAX_PAGE = 100;

const encodeCursor = (username: string) => Buffer.from(`u:${username}`, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,600}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!text.startsWith("u:")) throw pagingErrors.badCursor();
  return text.slice(2);
}

/** `%`, `_` and the escape character `!` match literally in a search (`!` escapes the same way on every engine). */
const likePattern = (search: string) => `%${search.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The mailboxes of a domain with their MFA status: one page in two statements, whatever its size. */
export class MailboxDirectoryService {
  constructor(private readonly dataSource: DataSource, private readonly domains: DomainsService) {}

  async page(
    accountId: string,
    input: { domainId: string; status?: MfaStatus | null; search?: string | null; first: number; after?: string | null },
  ): Promise<MailboxPage> {
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE) throw pagingErrors.badPageSize(MAX_PAGE);
    if (!/^[0-9a-f-]{36}$/i.test(input.domainId)) await this.domains.domainOf(accountId, input.domainId);
    const search = input.search?.trim();
    const filter = { accountId, domainId: input.domainId, status: input.status ?? null, pattern: search ? likePattern(search) : null };
    const afterUsername = input.after ? decodeCursor(input.after) : null;
    const [rows, totalCount] = await Promise.all([
      mailboxPage(this.dataSource, filter, { afterUsername, limit: input.first + 1 }),
      countMailboxes(this.dataSource, filter),
    ]);
    // The filter is scoped to the account, so a foreign domain yields nothing; only an empty answer
    // needs the extra look to tell "no such domain" from "no mailbox matches".
    if (rows.length === 0) await this.domains.domainOf(accountId, input.domainId);
    const page = rows.slice(0, input.first).map((r) => ({ ...r, status: statusOf(r) }));
    const last = page[page.length - 1];
    return { rows: page, totalCount, hasNextPage: rows.length > input.first, endCursor: last ? encodeCursor(last.username) : null };
  }
}

/** LOCKED wins; otherwise ENROLLED with a verified device. */
export function statusOf(user: { lockedAt: number | null; devices: number }): MfaStatus {
  return user.lockedAt !== null ? "LOCKED" : user.devices > 0 ? "ENROLLED" : "NOT_ENROLLED";
}
