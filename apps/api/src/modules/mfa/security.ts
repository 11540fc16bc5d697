import { canDisableMfa, canUseMfa, type PolicyLevel } from "@mfa/core";
import type { Services } from "#src/services.js";
import { UserEntity } from "#src/modules/users/user.entity.js";
import { presentDevice, type SecurityType } from "./mfa.types.js";

function explain(policy: PolicyLevel, mfaEnabled: boolean): string {
  if (policy === "OFF") return "Multi-factor authentication is turned off for your account by your administrator.";
  if (policy === "REQUIRED") return "Your administrator requires multi-factor authentication: every sign-in asks for a code.";
  return mfaEnabled
    ? "Multi-factor authentication is optional and you have turned it on: every sign-in asks for a code."
    : "Multi-factor authentication is optional: turn it on to be asked for a code at every sign-in.";
}

/** A user's MFA state as the API shows it. */
export async function securityOf(services: Services, user: UserEntity): Promise<SecurityType> {
  const [policy, devices, recoveryCodesLeft, fresh] = await Promise.all([
    services.login.policyOf(user),
    services.mfa.devices(user.id),
    services.mfa.recoveryCodesLeft(user.id),
    services.dataSource.manager.findOneByOrFail(UserEntity, { id: user.id }),
  ]);
  const hasVerified = devices.some((d) => d.verifiedAt !== null);
  return {
    policy,
    policyExplanation: explain(policy, fresh.mfaEnabled),
    mfaEnabled: fresh.mfaEnabled,
    canChangeMfaEnabled: canUseMfa(policy) && canDisableMfa(policy) && (fresh.mfaEnabled || hasVerified),
    canEnroll: canUseMfa(policy),
    devices: devices.map(presentDevice),
    recoveryCodesLeft,
    locked: fresh.mfaLockedAt !== null,
  };
}
