/** Mailboxes of one account a phone number may be verified on before the admin is told (the default). */
export const SHARED_PHONE_THRESHOLD = 3;

/** Where one verified phone number is found: mailboxes of the user's own account (theirs included) and of other accounts. */
export interface PhoneSharing {
  readonly inAccount: number;
  readonly otherAccounts: number;
}

/** Why a number is flagged: verified on more mailboxes of the account than the threshold, or on another account's. */
export type SharedPhoneReason = "THRESHOLD" | "OTHER_ACCOUNTS";

/** The reasons a number is flagged (none: not flagged). */
export function sharedPhoneReasons(sharing: PhoneSharing, threshold: number = SHARED_PHONE_THRESHOLD): SharedPhoneReason[] {
  const reasons: SharedPhoneReason[] = [];
  if (sharing.inAccount > threshold) reasons.push("THRESHOLD");
  if (sharing.otherAccounts > 0) reasons.push("OTHER_ACCOUNTS");
  return reasons;
}

/**
 * The reasons a verification just crossed into (what to audit once): the account's count reached threshold + 1, or
 * the number, known elsewhere, reached this account for the first time.
 */
export function crossedSharedPhone(after: PhoneSharing, threshold: number = SHARED_PHONE_THRESHOLD): SharedPhoneReason[] {
  const reasons: SharedPhoneReason[] = [];
  if (after.inAccount === threshold + 1) reasons.push("THRESHOLD");
  if (after.otherAccounts > 0 && after.inAccount === 1) reasons.push("OTHER_ACCOUNTS");
  return reasons;
}
