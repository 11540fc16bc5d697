/** MFA policy: who must, may or may not use a second factor, and what a login does about it. */
import { deferralActive, inGracePeriod } from "./enforcement.js";

/** PHISHING_RESISTANT: REQUIRED, and only a passkey or security key (WebAuthn) counts as the second factor. */
export const POLICY_LEVELS = ["OFF", "OPTIONAL", "REQUIRED", "PHISHING_RESISTANT"] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

export const USER_OVERRIDES = ["DEFAULT", "OPTIONAL", "REQUIRED"] as const;
export type UserOverride = (typeof USER_OVERRIDES)[number];

export const USER_KINDS = ["ADMIN", "MAILBOX"] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** TOTP: an authenticator app. SMS: a phone. WEBAUTHN: a passkey or security key. */
export const DEVICE_KINDS = ["TOTP", "SMS", "WEBAUTHN"] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** The factors bound to the site they sign in to, which a look-alike page cannot relay. */
const PHISHING_RESISTANT_KINDS: readonly DeviceKind[] = ["WEBAUTHN"];

/** Whether every sign-in needs a second factor (REQUIRED, or PHISHING_RESISTANT). */
export function requiresMfa(policy: PolicyLevel): boolean {
  return policy === "REQUIRED" || policy === "PHISHING_RESISTANT";
}

/** The kinds of factor a policy accepts at sign-in and step-up, and offers to set up. */
export function acceptedKinds(policy: PolicyLevel): readonly DeviceKind[] {
  return policy === "PHISHING_RESISTANT" ? PHISHING_RESISTANT_KINDS : DEVICE_KINDS;
}

/** New domains start with MFA off. */
export const DEFAULT_DOMAIN_POLICY: PolicyLevel = "OFF";

/**
 * The requirement that applies to one user: their override unless DEFAULT; otherwise a mailbox follows its own
 * domain's policy (never a parent domain's) and an admin follows the account's admin policy.
 */
export function effectivePolicy(input: {
  kind: UserKind;
  override: UserOverride;
  domainPolicy: PolicyLevel;
  accountAdminPolicy: PolicyLevel;
}): PolicyLevel {
  if (input.override !== "DEFAULT") return input.override;
  return input.kind === "MAILBOX" ? input.domainPolicy : input.accountAdminPolicy;
}

export type LoginDevice = { id: string; kind: DeviceKind; verified: boolean; isDefault: boolean; isBackup: boolean };
export type LoginFactor = { id: string; kind: DeviceKind; isDefault: boolean; isBackup: boolean };
export type LoginDecision =
  | { outcome: "PASS" }
  | { outcome: "CHALLENGE"; factors: LoginFactor[] }
  | { outcome: "SETUP_REQUIRED" }
  /** REQUIRED before its deadline, no device: the setup wizard, which the user may put off until tomorrow. */
  | { outcome: "SETUP_SUGGESTED"; enforceFrom: number }
  /** REQUIRED before its deadline, no device, setup put off within the last day: password alone, for now. */
  | { outcome: "SETUP_DEFERRED"; enforceFrom: number };

function factorRank(device: LoginDevice): number {
  if (device.isDefault) return 0;
  return device.isBackup ? 2 : 1;
}

/** Verified devices offered at login: the default first, then the others, backup numbers last. */
function loginFactors(devices: readonly LoginDevice[]): LoginFactor[] {
  return devices
    .filter((d) => d.verified)
    .map((d, index) => ({ d, index }))
    .sort((a, b) => factorRank(a.d) - factorRank(b.d) || a.index - b.index)
    .map(({ d }) => ({ id: d.id, kind: d.kind, isDefault: d.isDefault, isBackup: d.isBackup }));
}

/**
 * What a login does once the password is right.
 * - OFF: password alone signs in.
 * - OPTIONAL: a passcode is asked if the user turned MFA on and has a verified device; otherwise password alone.
 * - REQUIRED: a passcode is asked if the user has a verified device; otherwise the login only allows setup.
 *   Before the setting's deadline (`grace`), a user with no device is offered setup and may put it off for a day.
 * - PHISHING_RESISTANT: as REQUIRED, counting only passkeys and security keys: a user with only an app or a
 *   phone gets the setup wizard.
 */
export function decideLogin(input: {
  policy: PolicyLevel;
  mfaEnabled: boolean;
  devices: readonly LoginDevice[];
  grace?: { enforceFrom: number | null; deferredAt: number | null; now: number };
}): LoginDecision {
  if (input.policy === "OFF") return { outcome: "PASS" };
  const accepted = acceptedKinds(input.policy);
  const factors = loginFactors(input.devices.filter((d) => accepted.includes(d.kind)));
  if (requiresMfa(input.policy)) {
    if (factors.length > 0) return { outcome: "CHALLENGE", factors };
    const grace = input.grace;
    if (grace && grace.enforceFrom !== null && inGracePeriod({ policy: "REQUIRED", enforceFrom: grace.enforceFrom }, grace.now)) {
      const outcome = deferralActive(grace.deferredAt, grace.now) ? "SETUP_DEFERRED" : "SETUP_SUGGESTED";
      return { outcome, enforceFrom: grace.enforceFrom };
    }
    return { outcome: "SETUP_REQUIRED" };
  }
  return input.mfaEnabled && factors.length > 0 ? { outcome: "CHALLENGE", factors } : { outcome: "PASS" };
}

const RANK: Record<PolicyLevel, number> = { OFF: 0, OPTIONAL: 1, REQUIRED: 2, PHISHING_RESISTANT: 3 };

/** Whether going from one requirement to another lowers it (a weakening change, which needs a fresh proof). */
export function weakens(from: PolicyLevel, to: PolicyLevel): boolean {
  return RANK[to] < RANK[from];
}

/** Whether a user may set up second factors at all (not under OFF). */
export function canUseMfa(policy: PolicyLevel): boolean {
  return policy !== "OFF";
}

/** Whether a user may turn MFA off for themselves (not when it is required). */
export function canDisableMfa(policy: PolicyLevel): boolean {
  return !requiresMfa(policy);
}

/** The facts about a user (or a group of users alike) that decide what a policy switch does to them. */
export type ImpactFacts = {
  kind: UserKind;
  override: UserOverride;
  /** Effective policy before the change. */
  currentPolicy: PolicyLevel;
  hasVerifiedDevice: boolean;
  /** Has a verified passkey or security key. */
  hasPhishingResistantDevice: boolean;
  /** Has at least one live session that did not pass MFA. */
  hasNonMfaSession: boolean;
};

export type ImpactRole = {
  /** The user's requirement changes. */
  changes: boolean;
  /** Their sessions without MFA end at once. */
  loggedOut: boolean;
  /** They must enrol at their next sign-in. */
  mustEnrol: boolean;
};

/**
 * What switching a setting to `newPolicy` does to users with these facts. The setting governs users of one kind
 * (mailboxes for a domain policy, admins for the account's admin policy: `appliesTo`) with no override; of those,
 * the ones MFA was not required of who now need it lose their sessions without MFA; they must enrol when they have
 * no verified device, and, for PHISHING_RESISTANT, when they have no passkey or security key (whatever they had).
 */
export function impactRole(facts: ImpactFacts, newPolicy: PolicyLevel, appliesTo: UserKind = "MAILBOX"): ImpactRole {
  const changes = facts.kind === appliesTo && facts.override === "DEFAULT" && facts.currentPolicy !== newPolicy;
  const becomesRequired = changes && requiresMfa(newPolicy) && !requiresMfa(facts.currentPolicy);
  const lacks = newPolicy === "PHISHING_RESISTANT" ? !facts.hasPhishingResistantDevice : becomesRequired && !facts.hasVerifiedDevice;
  return { changes, loggedOut: becomesRequired && facts.hasNonMfaSession, mustEnrol: changes && lacks };
}

export type ImpactUser = ImpactFacts & { id: string; name: string; mfaEnabled: boolean };

export type ImpactGroup = { count: number; sample: string[] };
export type PolicyImpact = { loggedOut: ImpactGroup; mustEnrol: ImpactGroup; unaffected: number };

/**
 * Preview of a policy change. Users the setting governs (mailboxes for a domain policy, admins for the
 * account's admin policy: `appliesTo`), with no override, of whom MFA becomes required: those with a session that
 * did not pass MFA are logged out; those without a verified device (a passkey, for PHISHING_RESISTANT) must enrol.
 * Samples list up to `sampleSize` names each, in input order.
 */
export function policyImpact(input: {
  users: readonly ImpactUser[];
  newDomainPolicy: PolicyLevel;
  sampleSize?: number;
  appliesTo?: UserKind;
}): PolicyImpact {
  const { users, newDomainPolicy, sampleSize = 10, appliesTo = "MAILBOX" } = input;
  const loggedOut: ImpactGroup = { count: 0, sample: [] };
  const mustEnrol: ImpactGroup = { count: 0, sample: [] };
  let unaffected = 0;
  const add = (group: ImpactGroup, name: string): void => {
    group.count++;
    if (group.sample.length < sampleSize) group.sample.push(name);
  };
  for (const user of users) {
    const role = impactRole(user, newDomainPolicy, appliesTo);
    if (role.loggedOut) add(loggedOut, user.name);
    if (role.mustEnrol) add(mustEnrol, user.name);
    if (!role.loggedOut && !role.mustEnrol) unaffected++;
  }
  return { loggedOut, mustEnrol, unaffected };
}
