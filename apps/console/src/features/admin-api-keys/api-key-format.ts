import type { ApiKeyScope, ApiKeyStatus } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";

/** A key's scope, what it allows, and its status, in the current language. */
export const scopeLabel = (scope: ApiKeyScope): string => i18n.t(`admin-api-keys:scope.${scope}`);
export const scopeHint = (scope: ApiKeyScope): string => i18n.t(`admin-api-keys:scopeHint.${scope}`);
export const statusLabel = (status: ApiKeyStatus): string => i18n.t(`admin-api-keys:status.${status}`);

/** How long a new key works: the service takes 1 to 365 days and suggests 90. */
export const EXPIRY_DAYS: readonly number[] = [7, 30, 90, 180, 365];
export const expiryLabel = (days: number): string =>
  days === 365 ? i18n.t("admin-api-keys:expiry.year") : i18n.t("admin-api-keys:expiry.days", { count: days });
export const DEFAULT_EXPIRY_DAYS = 90;
export const NAME_MAX = 100;

/** "All domains", or the names of the domains a key is limited to. */
export function domainsSummary(domains: ReadonlyArray<{ name: string }> | null | undefined): string {
  if (domains == null) return i18n.t("admin-api-keys:allDomains");
  if (domains.length === 0) return i18n.t("admin-api-keys:noDomain");
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
  if (name === "") errors.name = i18n.t("admin-api-keys:nameIt");
  else if (name.length > NAME_MAX) errors.name = i18n.t("admin-api-keys:nameTooLong", { max: NAME_MAX });
  if (!draft.wholeAccount && draft.domainIds.length === 0) errors.domains = i18n.t("admin-api-keys:chooseDomain");
  return errors;
}
