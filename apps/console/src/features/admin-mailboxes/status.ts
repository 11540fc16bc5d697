import type { BadgeTone } from "@mfa/ui";
import type { MfaStatus } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";

/** A mailbox's MFA status in the current language. */
export const statusLabel = (status: MfaStatus): string => i18n.t(`admin-mailboxes:status.${status}`);


export const STATUS_TONE: Record<MfaStatus, BadgeTone> = {
  ENROLLED: "success",
  NOT_ENROLLED: "neutral",
  LOCKED: "danger",
};

/** The status filter's options ("All" first). */
export const statusFilters = (): ReadonlyArray<{ value: MfaStatus | ""; label: string }> => [
  { value: "", label: i18n.t("admin-mailboxes:status.all") },
  ...(["ENROLLED", "NOT_ENROLLED", "LOCKED"] as const).map((value) => ({ value, label: statusLabel(value) })),
];


export const isMfaStatus = (value: string): value is MfaStatus => value === "ENROLLED" || value === "NOT_ENROLLED" || value === "LOCKED";

/** "3 mailboxes", "1 bypass code": a count with its noun in the current language. */
export const counted = (n: number, noun: "mailbox" | "appPassword" | "bypassCode" | "verifiedDevice"): string => i18n.t(`admin-mailboxes:count.${noun}`, { count: n });

export type ActionResult = { tone: "success" | "error"; text: string };

/** Waits for a follow-up (a reload) without letting its failure hide that the action itself worked. */
export async function settle(followUp: Promise<unknown> | void): Promise<void> {
  try {
    await followUp;
  } catch {
    // The page shows its own loading error if the reload failed.
  }
}
