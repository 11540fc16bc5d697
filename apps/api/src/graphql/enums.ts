import { registerEnumType } from "type-graphql";

/** GraphQL enums for the domain's fixed vocabularies (the values are the stored ones). */
export const PolicyLevelEnum = { OFF: "OFF", OPTIONAL: "OPTIONAL", REQUIRED: "REQUIRED" } as const;
export const UserOverrideEnum = { DEFAULT: "DEFAULT", OPTIONAL: "OPTIONAL", REQUIRED: "REQUIRED" } as const;
export const DeviceKindEnum = { TOTP: "TOTP", SMS: "SMS" } as const;
export const UserKindEnum = { ADMIN: "ADMIN", MAILBOX: "MAILBOX" } as const;

registerEnumType(PolicyLevelEnum, {
  name: "PolicyLevel",
  description: "MFA requirement: OFF (shown as Off/Disabled), OPTIONAL, REQUIRED (shown as Force-On).",
});
registerEnumType(UserOverrideEnum, { name: "UserOverride", description: "An admin's per-user override of the policy." });
registerEnumType(DeviceKindEnum, { name: "DeviceKind", description: "TOTP: an authenticator app. SMS: a phone." });
registerEnumType(UserKindEnum, { name: "UserKind" });

export const MfaStatusEnum = { ENROLLED: "ENROLLED", NOT_ENROLLED: "NOT_ENROLLED", LOCKED: "LOCKED" } as const;
registerEnumType(MfaStatusEnum, { name: "MfaStatus", description: "ENROLLED: has a verified device. LOCKED: too many wrong codes." });
