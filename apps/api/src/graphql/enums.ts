import { registerEnumType } from "type-graphql";

/** GraphQL enums for the domain's fixed vocabularies (the values are the stored ones). */
export const PolicyLevelEnum = { OFF: "OFF", OPTIONAL: "OPTIONAL", REQUIRED: "REQUIRED", PHISHING_RESISTANT: "PHISHING_RESISTANT" } as const;
export const UserOverrideEnum = { DEFAULT: "DEFAULT", OPTIONAL: "OPTIONAL", REQUIRED: "REQUIRED" } as const;
export const DeviceKindEnum = { TOTP: "TOTP", SMS: "SMS", WEBAUTHN: "WEBAUTHN" } as const;
export const UserKindEnum = { ADMIN: "ADMIN", MAILBOX: "MAILBOX" } as const;

registerEnumType(PolicyLevelEnum, {
  name: "PolicyLevel",
  description: "MFA requirement: OFF (shown as Off/Disabled), OPTIONAL, REQUIRED (shown as Force-On), PHISHING_RESISTANT (Force-On with a passkey or security key).",
  valuesConfig: {
    OFF: { description: "The password alone signs in; users cannot set up MFA." },
    OPTIONAL: { description: "A code is asked of users who turned MFA on and have a verified device." },
    REQUIRED: { description: "A code is asked of everyone; users with no device must set one up at their next sign-in." },
    PHISHING_RESISTANT: {
      description: "As REQUIRED, but only a passkey or security key (WebAuthn) signs in: users without one set one up at their next sign-in (an app or a phone no longer counts; an admin's bypass code still does).",
    },
  },
});
registerEnumType(UserOverrideEnum, {
  name: "UserOverride",
  description: "An admin's per-user override of the policy.",
  valuesConfig: {
    DEFAULT: { description: "No override: the domain's policy (the account's admin policy for an admin) applies." },
    OPTIONAL: { description: "MFA is optional for this user, whatever the policy." },
    REQUIRED: { description: "MFA is required for this user, whatever the policy." },
  },
});
registerEnumType(DeviceKindEnum, { name: "DeviceKind", description: "TOTP: an authenticator app. SMS: a phone. WEBAUTHN: a passkey or security key." });
registerEnumType(UserKindEnum, {
  name: "UserKind",
  description: "Who a login belongs to.",
  valuesConfig: {
    ADMIN: { description: "An administrator of the account (the control panel)." },
    MAILBOX: { description: "A mailbox of one of the account's domains (local@domain)." },
  },
});

export const MfaStatusEnum = { ENROLLED: "ENROLLED", NOT_ENROLLED: "NOT_ENROLLED", LOCKED: "LOCKED" } as const;
registerEnumType(MfaStatusEnum, {
  name: "MfaStatus",
  description: "A mailbox's MFA status on the admin's pages.",
  valuesConfig: {
    ENROLLED: { description: "Has a verified device." },
    NOT_ENROLLED: { description: "Has no verified device." },
    LOCKED: { description: "Locked after too many wrong codes, until an admin unlocks or resets them." },
  },
});

export const SortDirectionEnum = { ASC: "ASC", DESC: "DESC" } as const;
registerEnumType(SortDirectionEnum, {
  name: "SortDirection",
  description: "The order of a sorted list.",
  valuesConfig: { ASC: { description: "Smallest first (A to Z, oldest first)." }, DESC: { description: "Largest first (Z to A, newest first)." } },
});

export const MailboxSortFieldEnum = { ADDRESS: "ADDRESS", NAME: "NAME", DEVICES: "DEVICES" } as const;
registerEnumType(MailboxSortFieldEnum, {
  name: "MailboxSortField",
  description: "What the mailboxes table is sorted by; rows with the same value follow by address, so paging is stable.",
  valuesConfig: {
    ADDRESS: { description: "The address (local@domain)." },
    NAME: { description: "The display name." },
    DEVICES: { description: "The number of verified devices." },
  },
});
