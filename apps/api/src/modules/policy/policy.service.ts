import { effectivePolicy, impactRole, type ImpactFacts, type PolicyLevel } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { DomainCounters } from "#src/modules/counters/counters.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { followersSignedInWithoutMfa, followersWithoutDevice, policiesOf, signedInWithoutMfaAmong } from "./policy.queries.js";

export interface ImpactGroup {
  count: number;
  /** The count is estimated from the first mailboxes looked at (see SCAN). */
  countIsEstimate: boolean;
  sample: string[];
}

export interface PolicyImpactResult {
  affected: number;
  loggedOut: ImpactGroup;
  mustEnrol: ImpactGroup;
}

const SAMPLE = 10;
/**
 * Who is signed in without MFA is read from sessions, which grow with the domains: the first SCAN
 * followers with a device and the first SCAN without one are looked at (by name; the two groups differ
 * most), and each group's count is exact when that is all of it, else estimated from them.
 */
const SCAN = 1_000;

/**
 * The one place the API applies the policy rules. Core decides (the effective requirement of a
 * user, what a switch does to users with given facts); the queries and counters only gather the facts.
 */
export class PolicyService {
  constructor(private readonly dataSource: DataSource, private readonly counters: DomainCounters, private readonly now: () => number = Date.now) {}

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

  /**
   * What switching these domains (each only itself, never by inheritance) to `policy` would do to their
   * mailboxes. Who changes and who must enrol come from the domains' counters (exact); who is signed in
   * without MFA from their sessions, exact up to SCAN followers and estimated beyond.
   */
  async impact(domains: readonly { id: string; mfaPolicy: PolicyLevel }[], policy: PolicyLevel): Promise<PolicyImpactResult> {
    const now = this.now();
    const counters = await this.counters.forDomains(domains.map((d) => d.id));
    // Mailboxes with an override are never affected by a domain's policy: only its followers are facts here.
    const facts = (d: { mfaPolicy: PolicyLevel }, device: { verified: boolean; passkey: boolean }, hasNonMfaSession: boolean): ImpactFacts => ({
      kind: "MAILBOX",
      currentPolicy: d.mfaPolicy,
      override: "DEFAULT",
      hasVerifiedDevice: device.verified,
      hasPhishingResistantDevice: device.passkey,
      hasNonMfaSession,
    });
    let affected = 0;
    let mustEnrol = 0;
    const enrolScope: string[] = [];
    const sessionScope: string[] = [];
    for (const d of domains) {
      const c = counters.get(d.id);
      const enrolled = c?.followersEnrolled ?? 0;
      const passkeys = c?.followersWebauthn ?? 0;
      // The followers in three groups by what they have set up: a passkey, only other devices, nothing.
      const groups = [
        { device: { verified: true, passkey: true }, size: passkeys },
        { device: { verified: true, passkey: false }, size: enrolled - passkeys },
        { device: { verified: false, passkey: false }, size: (c?.followers ?? 0) - enrolled },
      ];
      let enrolHere = 0;
      for (const g of groups) {
        const role = impactRole(facts(d, g.device, false), policy);
        if (role.changes) affected += g.size;
        if (role.mustEnrol) enrolHere += g.size;
      }
      if (enrolHere > 0) {
        mustEnrol += enrolHere;
        enrolScope.push(d.id);
      }
      if (groups.some((g) => impactRole(facts(d, g.device, true), policy).loggedOut)) sessionScope.push(d.id);
    }
    const sizeOf = (enrolled: boolean) =>
      sessionScope.reduce((n, id) => {
        const c = counters.get(id);
        return n + (enrolled ? (c?.followersEnrolled ?? 0) : (c?.followers ?? 0) - (c?.followersEnrolled ?? 0));
      }, 0);
    const [withDevice, withoutDevice, signedInSample, enrolSample] = await Promise.all([
      signedInWithoutMfaAmong(this.dataSource, sessionScope, { now, scan: SCAN, enrolled: true }),
      signedInWithoutMfaAmong(this.dataSource, sessionScope, { now, scan: SCAN, enrolled: false }),
      followersSignedInWithoutMfa(this.dataSource, sessionScope, now, SAMPLE),
      followersWithoutDevice(this.dataSource, enrolScope, SAMPLE, policy === "PHISHING_RESISTANT" ? "PASSKEY" : "ANY"),
    ]);
    const groups = [
      { ...withDevice, size: sizeOf(true) },
      { ...withoutDevice, size: sizeOf(false) },
    ].map((g) => {
      const exact = g.scanned < SCAN || g.scanned >= g.size;
      return { exact, count: exact || g.scanned === 0 ? g.matches : (g.matches / g.scanned) * g.size };
    });
    const sorted = (names: string[]) => [...names].sort().slice(0, SAMPLE);
    return {
      affected,
      loggedOut: {
        count: Math.round(groups.reduce((n, g) => n + g.count, 0)),
        countIsEstimate: groups.some((g) => !g.exact),
        sample: sorted(signedInSample),
      },
      mustEnrol: { count: mustEnrol, countIsEstimate: false, sample: sorted(enrolSample) },
    };
  }
}
