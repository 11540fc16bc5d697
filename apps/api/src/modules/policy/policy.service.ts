import { effectivePolicy, impactRole, type ImpactFacts, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { mailboxFactGroups, mailboxSample, policiesOf } from "./policy.queries.js";

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

/**
 * The one place the API applies the policy rules. Core decides (the effective requirement of a
 * user, what a switch does to users with given facts); the queries only gather the facts.
 */
export class PolicyService {
  constructor(private readonly dataSource: DataSource, private readonly now: () => number = Date.now) {}

  /** The effective MFA requirement of a user (override, else own domain, else the account's admin policy). */
  async policyOf(user: Pick<UserEntity, "kind" | "mfaOverride" | "domainId" | "accountId">): Promise<PolicyLevel> {
    if (user.mfaOverride !== "DEFAULT") return effectivePolicy({ kind: user.kind, override: user.mfaOverride, domainPolicy: "OFF", accountAdminPolicy: "OPTIONAL" });
    const facts = await policiesOf(this.dataSource, user);
    return effectivePolicy({
      kind: user.kind,
      override: user.mfaOverride,
      domainPolicy: facts.domainPolicy ?? "OFF",
      accountAdminPolicy: facts.adminPolicy ?? "OPTIONAL",
    });
  }

  /** What switching these domains (each only itself, never by inheritance) to `policy` would do to their mailboxes. */
  async impact(domainIds: readonly string[], policy: PolicyLevel): Promise<PolicyImpactResult> {
    const now = this.now();
    const groups = await mailboxFactGroups(this.dataSource, domainIds, now);
    const roles = groups.map((g) => ({ group: g, role: impactRole(g, policy) }));
    const sum = (pick: (r: (typeof roles)[number]) => boolean) => roles.filter(pick).reduce((n, r) => n + r.group.count, 0);
    const sample = (pick: (r: (typeof roles)[number]) => boolean): Promise<string[]> => {
      const chosen: ImpactFacts[] = roles.filter(pick).map((r) => r.group);
      return mailboxSample(this.dataSource, domainIds, chosen, now, SAMPLE);
    };
    const [loggedOutSample, mustEnrolSample] = await Promise.all([sample((r) => r.role.loggedOut), sample((r) => r.role.mustEnrol)]);
    return {
      affected: sum((r) => r.role.changes),
      loggedOut: { count: sum((r) => r.role.loggedOut), sample: loggedOutSample },
      mustEnrol: { count: sum((r) => r.role.mustEnrol), sample: mustEnrolSample },
    };
  }
}
