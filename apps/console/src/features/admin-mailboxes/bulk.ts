import type { BulkMailboxAction, UserOverride } from "../../gql/graphql";
import { counted } from "./status";
import { i18n } from "../../i18n/i18n";

/** A bulk action as the admin picks it: the action, and the level for an override. */
export type BulkChoice = { action: BulkMailboxAction; level: UserOverride | null };

const CHOICES: ReadonlyArray<{ value: string; choice: BulkChoice }> = [
  { value: "UNLOCK", choice: { action: "UNLOCK", level: null } },
  { value: "SEND_REMINDER", choice: { action: "SEND_REMINDER", level: null } },
  { value: "RESET_MFA", choice: { action: "RESET_MFA", level: null } },
  { value: "REQUIRED", choice: { action: "SET_OVERRIDE", level: "REQUIRED" } },
  { value: "OPTIONAL", choice: { action: "SET_OVERRIDE", level: "OPTIONAL" } },
  { value: "DEFAULT", choice: { action: "SET_OVERRIDE", level: "DEFAULT" } },
];

/** The actions offered, labelled in the current language. */
export const bulkChoices = (): ReadonlyArray<{ value: string; label: string; choice: BulkChoice }> =>
  CHOICES.map((c) => ({ ...c, label: i18n.t(`admin-mailboxes:bulk.${c.value}`) }));

/** "Unlock 3 mailboxes?" */
export function confirmTitle(choice: BulkChoice, count: number): string {
  return i18n.t(`admin-mailboxes:bulk.confirm.${choice.action}`, { mailboxes: counted(count, "mailbox") });
}

/** "Unlock 3 mailboxes": the confirming button. */
export function confirmLabel(choice: BulkChoice, count: number): string {
  return i18n.t(`admin-mailboxes:bulk.do.${choice.action}`, { mailboxes: counted(count, "mailbox") });
}

/** What the service answered, in a sentence: done, refused (with codes), and whether more match. */
export function bulkSummary(result: { requested: number; succeeded: number; moreMatching: boolean; refused: readonly { username?: string | null; userId: string; code: string }[] }): string {
  const parts = [i18n.t("admin-mailboxes:bulk.done", { mailboxes: counted(result.succeeded, "mailbox"), requested: result.requested })];
  if (result.refused.length > 0) {
    const listed = result.refused.slice(0, 5).map((r) => `${r.username ?? r.userId} (${r.code})`).join(", ");
    const more = result.refused.length - 5;
    parts.push(more > 0 ? i18n.t("admin-mailboxes:bulk.refusedMore", { listed, count: more }) : i18n.t("admin-mailboxes:bulk.refused", { listed }));
  }
  if (result.moreMatching) parts.push(i18n.t("admin-mailboxes:bulk.moreMatching"));
  return parts.join(" ");
}
