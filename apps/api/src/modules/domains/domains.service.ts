import { deadlineProblem, enforcementChanged, isValidRememberDays, requiresMfa, weakensEnforcement, type Enforcement, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { AccountEntity } from "#src/modules/accounts/account.entity.js";
import type { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import type { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { DomainCounters } from "#src/modules/counters/counters.service.js";
import type { FactorService } from "#src/modules/mfa/factors.service.js";
import type { PolicyImpactResult, PolicyService } from "#src/modules/policy/policy.service.js";
import type { SessionService } from "#src/modules/sessions/sessions.service.js";
import { domainErrors } from "./domains.errors.js";
import { deleteEmptyDomain, domainContents, findAccount, findDomain, listDomains, lockDomain, setAdminPolicy, setDomainRememberDays, setDomainsPolicy } from "./domains.queries.js";

export interface Coverage {
  mailboxes: number;
  enrolled: number;
  locked: number;
  authenticatorApps: number;
  phones: number;
  passkeys: number;
}

export interface DomainNode {
  domain: DomainEntity;
  coverage: Coverage;
  children: DomainNode[];
}

const NO_COVERAGE: Coverage = { mailboxes: 0, enrolled: 0, locked: 0, authenticatorApps: 0, phones: 0, passkeys: 0 };

/** Domains of an account: the tree with coverage, the policy switches and their impact preview. */
export class DomainsService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      sessions: SessionService;
      policy: PolicyService;
      factors: FactorService;
      provisioning: ProvisioningService;
      counters: DomainCounters;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** A deadline goes with REQUIRED only, ahead of now (BAD_USER_INPUT otherwise); null stays null. */
  checkDeadline(policy: PolicyLevel, enforceFrom: number | null): void {
    const problem = deadlineProblem(policy, enforceFrom, this.now());
    if (problem) throw domainErrors.badDeadline(problem);
  }

  /** Whether going from these settings to `to` lowers any of them (a fresh proof is needed then). */
  weakens(from: readonly Enforcement[], to: Enforcement): boolean {
    const now = this.now();
    return from.some((f) => weakensEnforcement(f, to, now));
  }

  async domainOf(accountId: string, domainId: string): Promise<DomainEntity> {
    const domain = /^[0-9a-f-]{36}$/i.test(domainId) ? await findDomain(this.deps.dataSource, accountId, domainId) : null;
    if (!domain) throw domainErrors.domainNotFound();
    return domain;
  }

  account(accountId: string): Promise<AccountEntity> {
    return findAccount(this.deps.dataSource, accountId);
  }

  /** The account's domains as a tree (roots first, children by name), each with its coverage. */
  async tree(accountId: string): Promise<DomainNode[]> {
    // Coverage is read from the per-domain counters: a few rows, whatever the number of mailboxes.
    const [domains, counters] = await Promise.all([listDomains(this.deps.dataSource, accountId), this.deps.counters.forAccount(accountId)]);
    const byDomain = new Map(
      [...counters].map(([id, c]) => [id, { mailboxes: c.mailboxes, enrolled: c.enrolled, locked: c.locked, authenticatorApps: c.totp, phones: c.sms, passkeys: c.webauthn }]),
    );
    const nodes = new Map<string, DomainNode>(domains.map((d) => [d.id, { domain: d, coverage: byDomain.get(d.id) ?? NO_COVERAGE, children: [] }]));
    const roots: DomainNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.domain.parentId ? nodes.get(node.domain.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    return roots;
  }

  async createDomain(admin: AdminActor, input: { name: string; parentId?: string | null }, ip: string | null): Promise<DomainEntity> {
    const domain = await this.deps.provisioning.createDomain({ accountId: admin.accountId, name: input.name, parentId: input.parentId ?? null });
    await this.deps.audit.record({
      accountId: admin.accountId,
      actorId: admin.id,
      targetUserId: null,
      action: AuditAction.DOMAIN_CREATED,
      outcome: "SUCCESS",
      detail: { domainId: domain.id, domain: domain.name, parentId: domain.parentId },
      ip,
    });
    return domain;
  }

  /**
   * Deletes an empty domain of the admin's account (no mailboxes, no sub-domains), audited, in one transaction.
   * Two deletes of one domain: one succeeds, the other finds it gone (NOT_FOUND).
   */
  /** How many days the domain's browsers may be remembered at the passcode step (0: off, existing ones stop skipping at once). */
  async setRememberBrowserDays(admin: AdminActor, domain: DomainEntity, days: number, ip: string | null): Promise<DomainEntity> {
    if (!isValidRememberDays(days)) throw domainErrors.badRememberDays();
    await this.deps.dataSource.transaction(async (db) => {
      await setDomainRememberDays(db, domain.id, days);
      await this.deps.audit.record(
        { accountId: admin.accountId, actorId: admin.id, targetUserId: null, action: AuditAction.DOMAIN_REMEMBER_BROWSER_CHANGED, outcome: "SUCCESS", detail: { domainId: domain.id, domain: domain.name, from: domain.rememberBrowserDays, to: days }, ip },
        db,
      );
    });
    return this.domainOf(admin.accountId, domain.id);
  }

  async deleteDomain(admin: AdminActor, domain: DomainEntity, ip: string | null): Promise<void> {
    await this.deps.dataSource.transaction(async (db) => {
      if (!(await lockDomain(db, admin.accountId, domain.id))) throw domainErrors.domainNotFound();
      const contents = await domainContents(db, domain.id);
      if (contents.mailboxes > 0 || contents.subDomains > 0) throw domainErrors.notEmpty(domain.name, contents);
      if ((await deleteEmptyDomain(db, admin.accountId, domain.id)) !== 1) {
        // A mailbox came in after the count (SQLite runs other requests' statements between ours), or it is gone.
        const now = await domainContents(db, domain.id);
        throw now.mailboxes > 0 ? domainErrors.notEmpty(domain.name, now) : domainErrors.domainNotFound();
      }
      await this.deps.audit.record(
        {
          accountId: admin.accountId,
          actorId: admin.id,
          targetUserId: null,
          action: AuditAction.DOMAIN_DELETED,
          outcome: "SUCCESS",
          detail: { domainId: domain.id, domain: domain.name, parentId: domain.parentId, policy: domain.mfaPolicy },
          ip,
        },
        db,
      );
    });
  }

  /** Every node of the tree, depth first. */
  async flatTree(accountId: string): Promise<DomainNode[]> {
    const flat = (nodes: DomainNode[]): DomainNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    return flat(await this.tree(accountId));
  }

  async node(accountId: string, domainId: string): Promise<DomainNode> {
    await this.domainOf(accountId, domainId);
    const found = (await this.flatTree(accountId)).find((n) => n.domain.id === domainId);
    if (!found) throw domainErrors.domainNotFound();
    return found;
  }

  /** The domain and, when asked, every domain below it. */
  async scope(accountId: string, domainId: string, includeChildren: boolean): Promise<DomainEntity[]> {
    const root = await this.domainOf(accountId, domainId);
    if (!includeChildren) return [root];
    const all = await listDomains(this.deps.dataSource, accountId);
    const result = [root];
    for (let i = 0; i < result.length; i++) {
      const current = result[i] as DomainEntity;
      for (const d of all) if (d.parentId === current.id) result.push(d);
    }
    return result;
  }

  /** What switching to `policy` would do, decided by the policy rules over the mailboxes' facts. */
  async impact(accountId: string, domainId: string, policy: PolicyLevel, includeChildren: boolean): Promise<PolicyImpactResult> {
    const domains = await this.scope(accountId, domainId, includeChildren);
    return this.deps.policy.impact(domains, policy);
  }

  /**
   * A person who requires MFA of others (a domain's Force-On, the admins' policy, a user's Required override) must
   * have it; a key is not a person (it never signs in).
   */
  async assertAdminHasMfa(admin: AdminActor): Promise<void> {
    if ((await this.policyRefusal(admin, "REQUIRED")) !== null) throw domainErrors.adminNeedsMfa();
  }

  /**
   * Why saving `policy` on a domain would be refused to this admin (the `extensions.reason` `setPolicy` answers), told
   * by the preview before Save; null when nothing stands in the way.
   */
  async policyRefusal(admin: AdminActor, policy: PolicyLevel): Promise<"ADMIN_MFA_NOT_SET_UP" | null> {
    if (!requiresMfa(policy) || admin.kind !== "ADMIN") return null;
    return (await this.deps.factors.hasVerifiedDevice(admin.id)) ? null : "ADMIN_MFA_NOT_SET_UP";
  }

  /**
   * Sets the policy of a domain (or its subtree, when asked; never by inheritance). Switching to
   * REQUIRED revokes at once every session of the affected mailboxes that did not pass MFA (with a deadline too:
   * those without a device then meet the setup wizard, which they may put off until the deadline; a session taken
   * by putting it off ends at the deadline).
   */
  async setPolicy(admin: AdminActor, input: { domainId: string; policy: PolicyLevel; includeChildren: boolean; enforceFrom?: number | null }, ip: string | null) {
    const enforceFrom = input.enforceFrom ?? null;
    this.checkDeadline(input.policy, enforceFrom);
    if (requiresMfa(input.policy)) await this.assertAdminHasMfa(admin);
    const to: Enforcement = { policy: input.policy, enforceFrom };
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    const domains = await this.scope(admin.accountId, input.domainId, input.includeChildren);
    const ids = domains.map((d) => d.id);
    const record = (action: AuditAction, detail: Record<string, string | number | boolean | null>) => ({
      accountId: admin.accountId,
      actorId: admin.id,
      targetUserId: null,
      action,
      outcome: "SUCCESS" as const,
      detail,
      ip,
    });
    let revoked = 0;
    let withoutPasskey = 0;
    await this.deps.dataSource.transaction(async (db) => {
      await setDomainsPolicy(db, ids, input.policy, enforceFrom, this.now());
      if (requiresMfa(input.policy)) revoked = await this.deps.sessions.revokeScope({ domainFollowers: ids }, "WITHOUT_MFA", "POLICY_REQUIRED", { db });
      // A code can be relayed by a phishing page: the sessions it opened end when only a passkey will do.
      if (input.policy === "PHISHING_RESISTANT") withoutPasskey = await this.deps.sessions.revokeScope({ domainFollowers: ids }, "WITHOUT_PASSKEY", "PASSKEY_REQUIRED", { db });
      for (const d of domains) {
        if (!enforcementChanged({ policy: d.mfaPolicy, enforceFrom: d.enforceFrom }, to)) continue;
        const detail = {
          domainId: d.id,
          domain: d.name,
          from: d.mfaPolicy,
          to: input.policy,
          ...(d.enforceFrom !== null && d.mfaPolicy === "REQUIRED" ? { fromEnforceFrom: iso(d.enforceFrom) } : {}),
          enforceFrom: iso(enforceFrom),
          viaParent: d.id !== input.domainId,
        };
        await this.deps.audit.record(record(AuditAction.DOMAIN_POLICY_CHANGED, detail), db);
      }
    });
    if (revoked > 0) await this.deps.audit.record(record(AuditAction.SESSIONS_REVOKED, { reason: "POLICY_REQUIRED", sessions: revoked }));
    if (withoutPasskey > 0) await this.deps.audit.record(record(AuditAction.SESSIONS_REVOKED, { reason: "PASSKEY_REQUIRED", sessions: withoutPasskey }));
    return { domains: ids, revokedSessions: revoked + withoutPasskey };
  }

  /** The account-wide switch for its admins (MyRackspace). */
  async setAdminPolicy(admin: AdminActor, policy: PolicyLevel, ip: string | null, enforceFrom: number | null = null): Promise<AccountEntity> {
    this.checkDeadline(policy, enforceFrom);
    if (requiresMfa(policy)) await this.assertAdminHasMfa(admin);
    // Requiring a passkey of the admins: the admin who asks must have one, or the next sign-in locks them out.
    if (policy === "PHISHING_RESISTANT" && admin.kind === "ADMIN" && (await this.deps.factors.passkeys(admin.id)).length === 0) throw domainErrors.adminNeedsPasskey();
    const account = await findAccount(this.deps.dataSource, admin.accountId);
    await this.deps.dataSource.transaction(async (db) => {
      await setAdminPolicy(db, account.id, policy, enforceFrom);
      const revoked =
        (requiresMfa(policy) ? await this.deps.sessions.revokeScope({ accountAdminFollowers: account.id }, "WITHOUT_MFA", "POLICY_REQUIRED", { db }) : 0) +
        // The asking admin's own session too, when it was signed in with a code: their next request signs in with the passkey.
        (policy === "PHISHING_RESISTANT" ? await this.deps.sessions.revokeScope({ accountAdminFollowers: account.id }, "WITHOUT_PASSKEY", "PASSKEY_REQUIRED", { db }) : 0);
      await this.deps.audit.record(
        {
          accountId: account.id,
          actorId: admin.id,
          targetUserId: null,
          action: AuditAction.ADMIN_POLICY_CHANGED,
          outcome: "SUCCESS",
          detail: { from: account.adminMfaPolicy, to: policy, enforceFrom: enforceFrom === null ? null : new Date(enforceFrom).toISOString(), revokedSessions: revoked },
          ip,
        },
        db,
      );
    });
    return Object.assign(account, { adminMfaPolicy: policy, adminEnforceFrom: enforceFrom });
  }
}
