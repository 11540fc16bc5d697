import type { DataSource } from "typeorm";
import { decodePosition, encodePosition } from "#src/db/keyset.js";
import { pagingErrors } from "#src/errors/paging.js";
import type { DomainsService } from "#src/modules/domains/domains.service.js";
import { searchPrefix } from "@mfa/core";
import type { Counts, DomainCounters } from "#src/modules/counters/counters.service.js";
import {
  countMailboxes,
  mailboxPage,
  positionKinds,
  positionOf,
  type MailboxFilter,
  type MailboxRow,
  type MailboxSort,
  type MfaStatus,
} from "./mailboxes.queries.js";

export type { MfaStatus };
export type { MailboxSort, MailboxSortField } from "./mailboxes.queries.js";

export interface MailboxPage {
  rows: (MailboxRow & { status: MfaStatus })[];
  totalCount: number;
  /** The count stopped at SEARCH_COUNT_CAP (a search): at least that many. */
  totalCountIsLowerBound: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

const MAX_PAGE = 100;
const DEFAULT_SORT: MailboxSort = { field: "ADDRESS", direction: "ASC" };
const sortName = (sort: MailboxSort) => `m:${sort.field}:${sort.direction}`;

/** A search's matches are counted up to this many. */
const SEARCH_COUNT_CAP = 1_000;

/** How many mailboxes of a domain have a status, from its counters (LOCKED wins, as in `statusOf`). */
function countOf(c: Counts, status: MfaStatus | null): number {
  if (status === "LOCKED") return c.locked;
  if (status === "ENROLLED") return c.enrolled - c.lockedEnrolled;
  if (status === "NOT_ENROLLED") return c.mailboxes - c.enrolled - (c.locked - c.lockedEnrolled);
  return c.mailboxes;
}

export interface DirectoryQuery {
  /** One domain, or null for every domain of the account (within `domainIds` when given: a domain-limited key). */
  domainId: string | null;
  domainIds?: ReadonlySet<string> | null;
  status?: MfaStatus | null;
  search?: string | null;
  sort?: MailboxSort | null;
  first: number;
  after?: string | null;
}

/**
 * The mailboxes of a domain, or of all the account's domains, with their MFA status: one page in two statements,
 * whatever their number. The total comes from the domains' counters (exact), or, for a search, from its matches
 * up to a cap.
 */
export class MailboxDirectoryService {
  constructor(private readonly dataSource: DataSource, private readonly domains: DomainsService, private readonly counters: DomainCounters) {}

  async page(accountId: string, input: DirectoryQuery): Promise<MailboxPage> {
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE) throw pagingErrors.badPageSize(MAX_PAGE);
    const domainId = input.domainId;
    if (domainId !== null && !/^[0-9a-f-]{36}$/i.test(domainId)) await this.domains.domainOf(accountId, domainId);
    const search = input.search ? searchPrefix(input.search) : "";
    // Across domains a search reads the terms of each domain: a domain-limited key's, or every one of the account's.
    const all = domainId === null && (search || !input.domainIds) ? await this.counters.forAccount(accountId) : null;
    const domainIds = domainId !== null ? null : input.domainIds ? [...input.domainIds] : search ? [...(all?.keys() ?? [])] : null;
    const filter: MailboxFilter = { accountId, domainId, domainIds, status: input.status ?? null, search: search || null };
    const sort = input.sort ?? DEFAULT_SORT;
    const after = input.after ? decodePosition(input.after, sortName(sort), positionKinds(sort.field)) : null;
    if (input.after && !after) throw pagingErrors.badCursor();
    const count = async (): Promise<number> => {
      if (filter.search) return countMailboxes(this.dataSource, filter, SEARCH_COUNT_CAP + 1);
      if (domainId !== null) {
        const counters = (await this.counters.forDomains([domainId], accountId)).get(domainId);
        return counters ? countOf(counters, filter.status) : 0;
      }
      let total = 0;
      const counted = all ?? (await this.counters.forAccount(accountId));
      for (const [id, counters] of counted) if (!domainIds || domainIds.includes(id)) total += countOf(counters, filter.status);
      return total;
    };
    const [rows, matched] = await Promise.all([mailboxPage(this.dataSource, filter, { sort, after, limit: input.first + 1 }), count()]);
    // The filter is scoped to the account, so a foreign domain yields nothing; only an empty answer
    // needs the extra look to tell "no such domain" from "no mailbox matches".
    if (rows.length === 0 && domainId !== null) await this.domains.domainOf(accountId, domainId);
    const page = rows.slice(0, input.first).map((r) => ({ ...r, status: statusOf(r) }));
    const last = page[page.length - 1];
    const capped = filter.search !== null && matched > SEARCH_COUNT_CAP;
    return {
      rows: page,
      totalCount: capped ? SEARCH_COUNT_CAP : matched,
      totalCountIsLowerBound: capped,
      hasNextPage: rows.length > input.first,
      endCursor: last ? encodePosition(sortName(sort), positionOf(last, sort.field)) : null,
    };
  }
}

/** LOCKED wins; otherwise ENROLLED with a verified device. */
export function statusOf(user: { lockedAt: number | null; devices: number }): MfaStatus {
  return user.lockedAt !== null ? "LOCKED" : user.devices > 0 ? "ENROLLED" : "NOT_ENROLLED";
}
