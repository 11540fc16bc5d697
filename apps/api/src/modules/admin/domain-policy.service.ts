import type { PolicyLevel } from "@mfa/core";
import { type DataSource, In, IsNull, Not } from "typeorm";
import { execute, isSqlite } from "#src/db/sql.js";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { DeviceEntity } from "#src/modules/mfa/device.entity.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { adminErrors } from "./admin.errors.js";

export interface Coverage {
  mailboxes: number;
  enrolled: number;
  locked: number;
}

export interface DomainNode {
  domain: DomainEntity;
  coverage: Coverage;
  children: DomainNode[];
}

export interface ImpactGroup {
  count: number;
  sample: string[];
}

export interface PolicyImpactResult {
  affected: number;
  loggedOut: ImpactGroup;
  mustEnrol: ImpactGroup;
}

const SAMPLE = 10;
const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

/** Domains of an account: the tree with coverage, the policy switch and its impact preview. */
export class DomainPolicyService {
  constructor(private readonly dataSource: DataSource, private readonly audit: AuditService, private readonly now: () => number = Date.now) {}

  async domainOf(accountId: string, domainId: string): Promise<DomainEntity> {
    const domain = /^[0-9a-f-]{36}$/i.test(domainId) ? await this.dataSource.manager.findOneBy(DomainEntity, { id: domainId, accountId }) : null;
    if (!domain) throw adminErrors.domainNotFound();
    return domain;
  }

  /** Coverage of every domain of the account, in one aggregate statement. */
  async coverage(accountId: string): Promise<Map<string, Coverage>> {
    const rows: { domain_id: string; mailboxes: number | string; enrolled: number | string | null; locked: number | string | null }[] = await this.dataSource.query(
      `SELECT u.domain_id,
              COUNT(*) AS mailboxes,
              SUM(CASE WHEN u.verified_devices > 0 THEN 1 ELSE 0 END) AS enrolled,
              SUM(CASE WHEN u.mfa_locked_at IS NOT NULL THEN 1 ELSE 0 END) AS locked
         FROM users u
        WHERE u.account_id = ? AND u.kind = 'MAILBOX'
        GROUP BY u.domain_id`,
      [accountId],
    );
    return new Map(rows.map((r) => [r.domain_id, { mailboxes: Number(r.mailboxes), enrolled: Number(r.enrolled ?? 0), locked: Number(r.locked ?? 0) }]));
  }

  /** The account's domains as a tree (roots first, children by name), each with its coverage. */
  async tree(accountId: string): Promise<DomainNode[]> {
    const [domains, coverage] = await Promise.all([
      this.dataSource.manager.find(DomainEntity, { where: { accountId }, order: { name: "ASC" } }),
      this.coverage(accountId),
    ]);
    const nodes = new Map<string, DomainNode>(
      domains.map((d) => [d.id, { domain: d, coverage: coverage.get(d.id) ?? { mailboxes: 0, enrolled: 0, locked: 0 }, children: [] }]),
    );
    const roots: DomainNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.domain.parentId ? nodes.get(node.domain.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async node(accountId: string, domainId: string): Promise<DomainNode> {
    await this.domainOf(accountId, domainId);
    const find = (list: DomainNode[]): DomainNode | undefined => {
      for (const n of list) {
        if (n.domain.id === domainId) return n;
        const inner = find(n.children);
        if (inner) return inner;
      }
      return undefined;
    };
    const found = find(await this.tree(accountId));
    if (!found) throw adminErrors.domainNotFound();
    return found;
  }

  /** The domain and, when asked, every domain below it. */
  async scope(accountId: string, domainId: string, includeChildren: boolean): Promise<DomainEntity[]> {
    const root = await this.domainOf(accountId, domainId);
    if (!includeChildren) return [root];
    const all = await this.dataSource.manager.find(DomainEntity, { where: { accountId } });
    const result = [root];
    for (let i = 0; i < result.length; i++) {
      const current = result[i] as DomainEntity;
      for (const d of all) if (d.parentId === current.id) result.push(d);
    }
    return result;
  }

  /**
   * What switching to `policy` would do: mailboxes that follow their domain's policy and are not
   * already under REQUIRED lose their sessions that did not pass MFA, and those with no verified
   * device must enrol at their next sign-in. Counted in SQL, with the first names of each list.
   */
  async impact(accountId: string, domainId: string, policy: PolicyLevel, includeChildren: boolean): Promise<PolicyImpactResult> {
    const domains = await this.scope(accountId, domainId, includeChildren);
    const changing = domains.filter((d) => d.mfaPolicy !== "REQUIRED").map((d) => d.id);
    const affectedRows: { n: number | string }[] = changing.length
      ? await this.dataSource.query(
          `SELECT COUNT(*) AS n FROM users u WHERE u.domain_id IN (${placeholders(changing.length)}) AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT'`,
          changing,
        )
      : [{ n: 0 }];
    if (policy !== "REQUIRED" || changing.length === 0) {
      return { affected: Number(affectedRows[0]?.n ?? 0), loggedOut: { count: 0, sample: [] }, mustEnrol: { count: 0, sample: [] } };
    }
    const base = `FROM users u WHERE u.domain_id IN (${placeholders(changing.length)}) AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT'`;
    const liveNonMfa = `EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.mfa_passed = 0 AND s.expires_at > ?)`;
    const noDevice = "u.verified_devices = 0";
    const now = this.now();
    const group = async (condition: string, params: unknown[]): Promise<ImpactGroup> => {
      const [count, sample] = await Promise.all([
        this.dataSource.query(`SELECT COUNT(*) AS n ${base} AND ${condition}`, [...changing, ...params]) as Promise<{ n: number | string }[]>,
        this.dataSource.query(`SELECT u.username ${base} AND ${condition} ORDER BY u.username LIMIT ${SAMPLE}`, [...changing, ...params]) as Promise<{ username: string }[]>,
      ]);
      return { count: Number(count[0]?.n ?? 0), sample: sample.map((r) => r.username) };
    };
    const [loggedOut, mustEnrol] = await Promise.all([group(liveNonMfa, [now]), group(noDevice, [])]);
    return { affected: Number(affectedRows[0]?.n ?? 0), loggedOut, mustEnrol };
  }

  private async assertAdminHasMfa(admin: UserEntity): Promise<void> {
    const has = await this.dataSource.manager.exists(DeviceEntity, { where: { userId: admin.id, verifiedAt: Not(IsNull()) } });
    if (!has) throw adminErrors.adminNeedsMfa();
  }

  /**
   * Sets the policy of a domain (or its subtree, when asked; never by inheritance). Switching to
   * REQUIRED revokes at once, in one statement, every session of the affected mailboxes that did
   * not pass MFA.
   */
  async setPolicy(admin: UserEntity, input: { domainId: string; policy: PolicyLevel; includeChildren: boolean }, ip: string | null) {
    if (input.policy === "REQUIRED") await this.assertAdminHasMfa(admin);
    const domains = await this.scope(admin.accountId, input.domainId, input.includeChildren);
    const ids = domains.map((d) => d.id);
    const now = this.now();
    let revoked = 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(DomainEntity, { id: In(ids) }, { mfaPolicy: input.policy });
      if (input.policy === "REQUIRED") {
        // One set-based statement; sessions past their expiry are left as they are.
        const users = `u.domain_id IN (${placeholders(ids.length)}) AND u.kind = 'MAILBOX' AND u.mfa_override = 'DEFAULT'`;
        const result = isSqlite(manager)
          ? await execute(
              manager,
              `UPDATE sessions SET revoked_at = ?, revoked_reason = 'POLICY_REQUIRED'
                WHERE revoked_at IS NULL AND mfa_passed = 0 AND expires_at > ?
                  AND user_id IN (SELECT u.id FROM users u WHERE ${users})`,
              [now, now, ...ids],
            )
          : await execute(
              manager,
              `UPDATE sessions s JOIN users u ON u.id = s.user_id SET s.revoked_at = ?, s.revoked_reason = 'POLICY_REQUIRED'
                WHERE s.revoked_at IS NULL AND s.mfa_passed = 0 AND s.expires_at > ? AND ${users}`,
              [now, now, ...ids],
            );
        revoked = result.affected;
      }
      for (const d of domains) {
        if (d.mfaPolicy === input.policy) continue;
        await this.audit.record(
          {
            accountId: admin.accountId,
            actorId: admin.id,
            targetUserId: null,
            action: AuditAction.DOMAIN_POLICY_CHANGED,
            outcome: "SUCCESS",
            detail: { domainId: d.id, domain: d.name, from: d.mfaPolicy, to: input.policy, viaParent: d.id !== input.domainId },
            ip,
          },
          manager,
        );
      }
    });
    if (revoked > 0) {
      await this.audit.record({ accountId: admin.accountId, actorId: admin.id, targetUserId: null, action: AuditAction.SESSIONS_REVOKED, outcome: "SUCCESS", detail: { reason: "POLICY_REQUIRED", sessions: revoked }, ip });
    }
    return { domains: ids, revokedSessions: revoked };
  }

  /** The account-wide switch for its admins (MyRackspace). */
  async setAdminPolicy(admin: UserEntity, policy: PolicyLevel, ip: string | null) {
    if (policy === "REQUIRED") await this.assertAdminHasMfa(admin);
    const account = await this.dataSource.manager.findOneByOrFail(AccountEntity, { id: admin.accountId });
    let revoked = 0;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: account.id }, { adminMfaPolicy: policy });
      if (policy === "REQUIRED") {
        const result = await execute(
          manager,
          `UPDATE sessions SET revoked_at = ?, revoked_reason = 'POLICY_REQUIRED'
            WHERE revoked_at IS NULL AND mfa_passed = 0 AND expires_at > ?
              AND user_id IN (SELECT id FROM users WHERE account_id = ? AND kind = 'ADMIN' AND mfa_override = 'DEFAULT')`,
          [this.now(), this.now(), account.id],
        );
        revoked = result.affected;
      }
      await this.audit.record(
        { accountId: account.id, actorId: admin.id, targetUserId: null, action: AuditAction.ADMIN_POLICY_CHANGED, outcome: "SUCCESS", detail: { from: account.adminMfaPolicy, to: policy, revokedSessions: revoked }, ip },
        manager,
      );
    });
    return { ...account, adminMfaPolicy: policy };
  }
}
