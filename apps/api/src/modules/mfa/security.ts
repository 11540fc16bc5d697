import { acceptedKinds, canDisableMfa, canUseMfa, type PolicyLevel } from "@mfa/core";
import type { Services } from "#src/services.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { mfaEnabledOf } from "./devices.queries.js";
import { presentDevice, type SecurityType } from "./mfa.types.js";

function explain(policy: PolicyLevel, mfaEnabled: boolean): string {
  if (policy === "OFF") return "Multi-factor authentication is turned off for your account by your administrator.";
  if (policy === "PHISHING_RESISTANT") return "Your administrator requires a passkey or security key: every sign-in asks for one.";
  if (policy === "REQUIRED") return "Your administrator requires multi-factor authentication: every sign-in asks for a code.";
  return mfaEnabled
    ? "Multi-factor authentication is optional and you have turned it on: every sign-in asks for a code."
    : "Multi-factor authentication is optional: turn it on to be asked for a code at every sign-in.";
}

/** A user's MFA state as the API shows it (four statements, run together). */
export async function securityOf(services: Pick<Services, "policy" | "factors" | "dataSource" | "appPasswords">, user: UserEntity): Promise<SecurityType> {
  const [policy, devices, recoveryCodesLeft, state] = await Promise.all([
    services.policy.policyOf(user),
    services.factors.devices(user.id),
    services.factors.recoveryCodesLeft(user.id),
    mfaEnabledOf(services.dataSource, user.id),
  ]);
  const hasVerified = devices.some((d) => d.verifiedAt !== null);
  const appPasswordsUnavailableReason = await services.appPasswords.unavailableReason(user, { policy, mfaEnabled: state.mfaEnabled });
  return {
    policy,
    policyExplanation: explain(policy, state.mfaEnabled),
    mfaEnabled: state.mfaEnabled,
    canChangeMfaEnabled: canUseMfa(policy) && canDisableMfa(policy) && (state.mfaEnabled || hasVerified),
    canEnroll: canUseMfa(policy),
    acceptedKinds: canUseMfa(policy) ? [...acceptedKinds(policy)] : [],
    devices: devices.map(presentDevice),
    recoveryCodesLeft,
    locked: state.locked,
    canCreateAppPasswords: appPasswordsUnavailableReason === null,
    appPasswordsUnavailableReason,
  };
}
