import type { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { presentDevice } from "#src/modules/mfa/mfa.types.js";
import { presentUser } from "#src/modules/users/user.types.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { Services } from "#src/services.js";
import type { AdminUserType, DomainType } from "./admin.types.js";
import type { DomainNode } from "./domain-policy.service.js";

export function presentDomainNode(node: DomainNode): DomainType {
  return { ...presentDomain(node.domain, node.coverage), children: node.children.map(presentDomainNode) };
}

export function presentDomain(domain: DomainEntity, coverage = { mailboxes: 0, enrolled: 0, locked: 0 }): DomainType {
  return { id: domain.id, name: domain.name, parentId: domain.parentId, policy: domain.mfaPolicy, coverage, children: [], createdAt: new Date(domain.createdAt) };
}

/** A user as an admin sees them (three statements: policy, devices, recovery codes). */
export async function presentAdminUser(services: Services, user: UserEntity): Promise<AdminUserType> {
  const [policy, devices, recoveryCodesLeft] = await Promise.all([
    services.login.policyOf(user),
    services.mfa.devices(user.id),
    services.mfa.recoveryCodesLeft(user.id),
  ]);
  const verified = devices.filter((d) => d.verifiedAt !== null).length;
  return {
    ...presentUser(user),
    mfaOverride: user.mfaOverride,
    effectivePolicy: policy,
    mfaEnabled: user.mfaEnabled,
    mfaStatus: user.mfaLockedAt !== null ? "LOCKED" : verified > 0 ? "ENROLLED" : "NOT_ENROLLED",
    lockedAt: user.mfaLockedAt === null ? null : new Date(user.mfaLockedAt),
    devices: devices.map(presentDevice),
    recoveryCodesLeft,
  };
}
