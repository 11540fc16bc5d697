import type { ApiKeyScope, ApiKeyStatus } from "../../gql/graphql";

export const SCOPE_LABEL: Record<ApiKeyScope, string> = { READ: "Read only", ADMIN: "Admin" };

export const SCOPE_HINT: Record<ApiKeyScope, string> = {
  READ: "Reads domains, mailboxes, their MFA status and the audit log. Changes nothing.",
  ADMIN: "Also changes policies and resets, unlocks, creates and deletes mailboxes, as an admin would.",
};

export const STATUS_LABEL: Record<ApiKeyStatus, string> = { ACTIVE: "Active", EXPIRED: "Expired", REVOKED: "Revoked" };

/** How long a new key works: the service takes 1 to 365 days and suggests 90. */
export const EXPIRY_CHOICES: ReadonlyArray<{ days: number; label: string }> = [
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 180, label: "180 days" },
  { days: 365, label: "1 year" },
];
export const DEFAULT_EXPIRY_DAYS = 90;
export const NAME_MAX = 100;

/** "All domains", or the names of the domains a key is limited to. */
export function domainsSummary(domains: ReadonlyArray<{ name: string }> | null | undefined): string {
  if (domains == null) return "All domains";
  if (domains.length === 0) return "No domain (its domains were deleted)";
  return domains.map((d) => d.name).join(", ");
}

export interface KeyDraft {
  name: string;
  wholeAccount: boolean;
  domainIds: readonly string[];
}

/** What is wrong with a new key's form, field by field (nothing: ready to create). */
export function draftErrors(draft: KeyDraft): { name?: string; domains?: string } {
  const errors: { name?: string; domains?: string } = {};
  const name = draft.name.trim();
  if (name === "") errors.name = "Name the key, for example after the integration that uses it.";
  else if (name.length > NAME_MAX) errors.name = `The name is at most ${NAME_MAX} characters.`;
  if (!draft.wholeAccount && draft.domainIds.length === 0) errors.domains = "Choose at least one domain, or the whole account.";
  return errors;
}
