import type { DataSource } from "typeorm";
import { isSqlite } from "#src/db/sql.js";
import { adminErrors } from "./admin.errors.js";
import type { DomainPolicyService } from "./domain-policy.service.js";

export type MfaStatus = "ENROLLED" | "NOT_ENROLLED" | "LOCKED";

export interface MailboxRow {
  id: string;
  username: string;
  displayName: string;
  mfaOverride: string;
  mfaEnabled: boolean;
  status: MfaStatus;
  devices: number;
  lockedAt: number | null;
  createdAt: number;
}

export interface MailboxPage {
  rows: MailboxRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_PAGE = 100;

const encodeCursor = (username: string) => Buffer.from(`u:${username}`, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,600}$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  if (!text.startsWith("u:")) throw adminErrors.badCursor();
  return text.slice(2);
}

/** `%`, `_` and the escape character `!` match literally in a search (`!` escapes the same way on every engine). */
const likePattern = (search: string) => `%${search.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The mailboxes of a domain with their MFA status: one page in two statements, whatever its size. */
export class MailboxDirectoryService {
  constructor(private readonly dataSource: DataSource, private readonly domains: DomainPolicyService) {}

  async page(
    accountId: string,
    input: { domainId: string; status?: MfaStatus | null; search?: string | null; first: number; after?: string | null },
  ): Promise<MailboxPage> {
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE) throw adminErrors.badPageSize(MAX_PAGE);
    if (!/^[0-9a-f-]{36}$/i.test(input.domainId)) throw adminErrors.domainNotFound();
    const where: string[] = ["u.account_id = ?", "u.domain_id = ?", "u.kind = 'MAILBOX'"];
    const params: unknown[] = [accountId, input.domainId];
    if (input.status === "LOCKED") where.push("u.mfa_locked_at IS NOT NULL");
    if (input.status === "ENROLLED") where.push("u.mfa_locked_at IS NULL AND u.verified_devices > 0");
    if (input.status === "NOT_ENROLLED") where.push("u.mfa_locked_at IS NULL AND u.verified_devices = 0");
    const search = input.search?.trim();
    if (search) {
      where.push("(u.username LIKE ? ESCAPE '!' OR LOWER(u.display_name) LIKE ? ESCAPE '!')");
      params.push(likePattern(search), likePattern(search));
    }
    const filter = where.join(" AND ");
    const pageWhere = input.after ? `${filter} AND u.username > ?` : filter;
    const pageParams = input.after ? [...params, decodeCursor(input.after)] : params;

    // Pages are read in username order along the domain's username index; MariaDB's planner would
    // rather sort a large status range, so it is told (a locked-only page is better served otherwise).
    const hint = !isSqlite(this.dataSource) && input.status !== "LOCKED" ? " FORCE INDEX (IDX_users_domain_username)" : "";
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT u.id, u.username, u.display_name, u.mfa_override, u.mfa_enabled, u.mfa_locked_at, u.created_at, u.verified_devices AS devices
           FROM users u${hint}
          WHERE ${pageWhere}
          ORDER BY u.username
          LIMIT ${input.first + 1}`,
        pageParams,
      ) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(`SELECT COUNT(*) AS n FROM users u WHERE ${filter}`, params) as Promise<{ n: number | string }[]>,
    ]);
    // The filter is scoped to the account, so a foreign domain yields nothing; only an empty answer
    // needs the extra look to tell "no such domain" from "no mailbox matches".
    if (rows.length === 0) await this.domains.domainOf(accountId, input.domainId);
    const hasNextPage = rows.length > input.first;
    const mapped = rows.slice(0, input.first).map((r): MailboxRow => {
      const devices = Number(r.devices);
      const lockedAt = r.mfa_locked_at === null ? null : Number(r.mfa_locked_at);
      return {
        id: String(r.id),
        username: String(r.username),
        displayName: String(r.display_name),
        mfaOverride: String(r.mfa_override),
        mfaEnabled: Boolean(Number(r.mfa_enabled)),
        status: lockedAt !== null ? "LOCKED" : devices > 0 ? "ENROLLED" : "NOT_ENROLLED",
        devices,
        lockedAt,
        createdAt: Number(r.created_at),
      };
    });
    const last = mapped[mapped.length - 1];
    return { rows: mapped, totalCount: Number(count[0]?.n ?? 0), hasNextPage, endCursor: last ? encodeCursor(last.username) : null };
  }
}
