import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptedKinds,
  requiresMfa,
  DEFAULT_DOMAIN_POLICY,
  DEVICE_KINDS,
  POLICY_LEVELS,
  USER_KINDS,
  USER_OVERRIDES,
  canDisableMfa,
  canUseMfa,
  decideLogin,
  effectivePolicy,
  impactRole,
  weakens,
  policyImpact,
  type ImpactUser,
  type LoginDevice,
} from "./policy.js";

const device = (id: string, over: Partial<LoginDevice> = {}): LoginDevice => ({
  id,
  kind: "TOTP",
  verified: true,
  isDefault: false,
  isBackup: false,
  ...over,
});

describe("effectivePolicy", () => {
  it("new domains start OFF", () => expect(DEFAULT_DOMAIN_POLICY).toBe("OFF"));
  it("an override other than DEFAULT wins", () => {
    for (const override of ["OPTIONAL", "REQUIRED"] as const) {
      for (const kind of USER_KINDS) {
        expect(effectivePolicy({ kind, override, domainPolicy: "OFF", accountAdminPolicy: "OFF" })).toBe(override);
      }
    }
  });
  it("a mailbox follows its own domain; an admin follows the account's admin policy", () => {
    const base = { override: "DEFAULT", domainPolicy: "REQUIRED", accountAdminPolicy: "OPTIONAL" } as const;
    expect(effectivePolicy({ ...base, kind: "MAILBOX" })).toBe("REQUIRED");
    expect(effectivePolicy({ ...base, kind: "ADMIN" })).toBe("OPTIONAL");
  });
});

describe("decideLogin", () => {
  const verified = [device("backup", { kind: "SMS", isBackup: true }), device("app"), device("sms", { kind: "SMS", isDefault: true })];
  const pending = [device("new", { verified: false, isDefault: true })];

  it("OFF: password alone, whatever is set up", () => {
    expect(decideLogin({ policy: "OFF", mfaEnabled: true, devices: verified })).toEqual({ outcome: "PASS" });
  });
  it("OPTIONAL: challenge only when MFA is on and a device is verified", () => {
    expect(decideLogin({ policy: "OPTIONAL", mfaEnabled: true, devices: verified }).outcome).toBe("CHALLENGE");
    expect(decideLogin({ policy: "OPTIONAL", mfaEnabled: false, devices: verified })).toEqual({ outcome: "PASS" });
    expect(decideLogin({ policy: "OPTIONAL", mfaEnabled: true, devices: pending })).toEqual({ outcome: "PASS" });
    expect(decideLogin({ policy: "OPTIONAL", mfaEnabled: true, devices: [] })).toEqual({ outcome: "PASS" });
  });
  it("REQUIRED: challenge with a verified device, setup otherwise", () => {
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: verified }).outcome).toBe("CHALLENGE");
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: true, devices: pending })).toEqual({ outcome: "SETUP_REQUIRED" });
    expect(decideLogin({ policy: "REQUIRED", mfaEnabled: false, devices: [] })).toEqual({ outcome: "SETUP_REQUIRED" });
  });
  it("PHISHING_RESISTANT: only passkeys and security keys count; an app or a phone alone gets the setup wizard", () => {
    expect(decideLogin({ policy: "PHISHING_RESISTANT", mfaEnabled: true, devices: verified })).toEqual({ outcome: "SETUP_REQUIRED" });
    const withKey = [...verified, device("key", { kind: "WEBAUTHN" })];
    expect(decideLogin({ policy: "PHISHING_RESISTANT", mfaEnabled: false, devices: withKey })).toEqual({
      outcome: "CHALLENGE",
      factors: [{ id: "key", kind: "WEBAUTHN", isDefault: false, isBackup: false }],
    });
  });
  it("offers verified devices only: default first, then others, backup numbers last", () => {
    const decision = decideLogin({ policy: "REQUIRED", mfaEnabled: true, devices: [...pending, ...verified] });
    expect(decision).toEqual({
      outcome: "CHALLENGE",
      factors: [
        { id: "sms", kind: "SMS", isDefault: true, isBackup: false },
        { id: "app", kind: "TOTP", isDefault: false, isBackup: false },
        { id: "backup", kind: "SMS", isDefault: false, isBackup: true },
      ],
    });
  });
  it("is total: every input gives one of the three outcomes, challenges well formed", () => {
    const devices = fc.array(
      fc.record({
        id: fc.uuid(),
        kind: fc.constantFrom(...DEVICE_KINDS),
        verified: fc.boolean(),
        isDefault: fc.boolean(),
        isBackup: fc.boolean(),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...POLICY_LEVELS), fc.boolean(), devices, (policy, mfaEnabled, list) => {
        const decision = decideLogin({ policy, mfaEnabled, devices: list });
        const usable = list.filter((d) => d.verified && acceptedKinds(policy).includes(d.kind));
        const verifiedIds = new Set(usable.map((d) => d.id));
        expect(["PASS", "CHALLENGE", "SETUP_REQUIRED"]).toContain(decision.outcome);
        if (policy === "OFF") expect(decision.outcome).toBe("PASS");
        if (requiresMfa(policy)) expect(decision.outcome).not.toBe("PASS");
        if (decision.outcome === "SETUP_REQUIRED") expect(verifiedIds.size).toBe(0);
        if (decision.outcome !== "CHALLENGE") return;
        expect(decision.factors.length).toBeGreaterThan(0);
        expect(decision.factors.length).toBe(usable.length);
        for (const f of decision.factors) expect(verifiedIds.has(f.id)).toBe(true);
        const ranks = decision.factors.map((f) => (f.isDefault ? 0 : f.isBackup ? 2 : 1));
        expect(ranks).toEqual([...ranks].sort());
      }),
    );
  });
});

describe("canUseMfa / canDisableMfa", () => {
  it("follows the policy", () => {
    expect(POLICY_LEVELS.map(canUseMfa)).toEqual([false, true, true, true]);
    expect(POLICY_LEVELS.map(canDisableMfa)).toEqual([true, true, false, false]);
    expect(POLICY_LEVELS.map(requiresMfa)).toEqual([false, false, true, true]);
    expect(acceptedKinds("PHISHING_RESISTANT")).toEqual(["WEBAUTHN"]);
    expect(acceptedKinds("REQUIRED")).toEqual(["TOTP", "SMS", "WEBAUTHN"]);
    expect(USER_OVERRIDES).toContain("DEFAULT");
  });
});

describe("policyImpact", () => {
  const user = (name: string, over: Partial<ImpactUser> = {}): ImpactUser => ({
    id: name,
    name,
    currentPolicy: "OPTIONAL",
    override: "DEFAULT",
    kind: "MAILBOX",
    mfaEnabled: false,
    hasVerifiedDevice: false,
    hasPhishingResistantDevice: false,
    hasNonMfaSession: false,
    ...over,
  });
  const users = [
    user("ann", { hasNonMfaSession: true }), // logged out and must enrol
    user("bob", { hasVerifiedDevice: true, hasNonMfaSession: true }), // logged out only
    user("cat"), // must enrol only
    user("dan", { hasVerifiedDevice: true, mfaEnabled: true }), // unaffected
    user("eve", { override: "OPTIONAL", hasNonMfaSession: true }), // override: unaffected
    user("fay", { currentPolicy: "REQUIRED", hasNonMfaSession: true }), // already required
    user("gus", { kind: "ADMIN", hasNonMfaSession: true }), // not governed by a domain policy
  ];

  it("counts who is logged out, who must enrol, and who is unaffected", () => {
    expect(policyImpact({ users, newDomainPolicy: "REQUIRED" })).toEqual({
      loggedOut: { count: 2, sample: ["ann", "bob"] },
      mustEnrol: { count: 2, sample: ["ann", "cat"] },
      unaffected: 4,
    });
  });
  it("changes nothing when the new policy is not REQUIRED", () => {
    for (const policy of ["OFF", "OPTIONAL"] as const) {
      expect(policyImpact({ users, newDomainPolicy: policy })).toEqual({
        loggedOut: { count: 0, sample: [] },
        mustEnrol: { count: 0, sample: [] },
        unaffected: users.length,
      });
    }
  });
  it("limits samples but not counts", () => {
    const many = Array.from({ length: 25 }, (_, i) => user(`u${i}`, { hasNonMfaSession: true }));
    const impact = policyImpact({ users: many, newDomainPolicy: "REQUIRED", sampleSize: 3 });
    expect(impact.loggedOut).toEqual({ count: 25, sample: ["u0", "u1", "u2"] });
    expect(policyImpact({ users: many, newDomainPolicy: "REQUIRED" }).mustEnrol.sample).toHaveLength(10);
  });
  it("previews the account's admin policy for admins", () => {
    const impact = policyImpact({ users, newDomainPolicy: "REQUIRED", appliesTo: "ADMIN" });
    expect(impact.loggedOut).toEqual({ count: 1, sample: ["gus"] });
    expect(impact.unaffected).toBe(users.length - 1);
  });
});

describe("impactRole", () => {
  const facts = { kind: "MAILBOX", override: "DEFAULT", currentPolicy: "OPTIONAL", hasVerifiedDevice: false, hasPhishingResistantDevice: false, hasNonMfaSession: true } as const;
  it("a follower who becomes REQUIRED is logged out and must enrol", () => {
    expect(impactRole(facts, "REQUIRED")).toEqual({ changes: true, loggedOut: true, mustEnrol: true });
  });
  it("an override, another kind, or the same policy changes nothing", () => {
    const none = { changes: false, loggedOut: false, mustEnrol: false };
    expect(impactRole({ ...facts, override: "OPTIONAL" }, "REQUIRED")).toEqual(none);
    expect(impactRole({ ...facts, kind: "ADMIN" }, "REQUIRED")).toEqual(none);
    expect(impactRole({ ...facts, currentPolicy: "REQUIRED" }, "REQUIRED")).toEqual(none);
  });
  it("PHISHING_RESISTANT: whoever has no passkey must enrol, even with an app or a phone; those it was required of keep their sessions", () => {
    expect(impactRole({ ...facts, hasVerifiedDevice: true }, "PHISHING_RESISTANT")).toEqual({ changes: true, loggedOut: true, mustEnrol: true });
    expect(impactRole({ ...facts, currentPolicy: "REQUIRED", hasVerifiedDevice: true }, "PHISHING_RESISTANT")).toEqual({ changes: true, loggedOut: false, mustEnrol: true });
    expect(impactRole({ ...facts, currentPolicy: "REQUIRED", hasVerifiedDevice: true, hasPhishingResistantDevice: true }, "PHISHING_RESISTANT")).toEqual({
      changes: true,
      loggedOut: false,
      mustEnrol: false,
    });
    expect(impactRole({ ...facts, currentPolicy: "PHISHING_RESISTANT" }, "REQUIRED")).toEqual({ changes: true, loggedOut: false, mustEnrol: false });
  });
  it("lowering a policy changes the requirement but signs nobody out", () => {
    expect(impactRole({ ...facts, currentPolicy: "REQUIRED" }, "OFF")).toEqual({ changes: true, loggedOut: false, mustEnrol: false });
  });
  it("agrees with policyImpact for every combination of facts", () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...USER_KINDS),
          override: fc.constantFrom(...USER_OVERRIDES),
          currentPolicy: fc.constantFrom(...POLICY_LEVELS),
          hasVerifiedDevice: fc.boolean(),
          hasPhishingResistantDevice: fc.boolean(),
          hasNonMfaSession: fc.boolean(),
        }),
        fc.constantFrom(...POLICY_LEVELS),
        (f, next) => {
          const role = impactRole(f, next);
          const impact = policyImpact({ users: [{ ...f, id: "x", name: "x", mfaEnabled: false }], newDomainPolicy: next });
          expect(impact.loggedOut.count).toBe(role.loggedOut ? 1 : 0);
          expect(impact.mustEnrol.count).toBe(role.mustEnrol ? 1 : 0);
        },
      ),
    );
  });
});

describe("weakens", () => {
  it("orders OFF < OPTIONAL < REQUIRED < PHISHING_RESISTANT", () => {
    expect(weakens("PHISHING_RESISTANT", "REQUIRED")).toBe(true);
    expect(weakens("REQUIRED", "PHISHING_RESISTANT")).toBe(false);
    expect(weakens("REQUIRED", "OPTIONAL")).toBe(true);
    expect(weakens("OPTIONAL", "OFF")).toBe(true);
    expect(weakens("REQUIRED", "OFF")).toBe(true);
    expect(weakens("OFF", "REQUIRED")).toBe(false);
    for (const level of POLICY_LEVELS) expect(weakens(level, level)).toBe(false);
  });
});
