import type { BadgeTone } from "@mfa/ui";
import type { MfaStatus } from "../../gql/graphql";

export const STATUS_LABEL: Record<MfaStatus, string> = {
  ENROLLED: "Enrolled",
  NOT_ENROLLED: "Not enrolled",
  LOCKED: "Locked",
};

export const STATUS_TONE: Record<MfaStatus, BadgeTone> = {
  ENROLLED: "success",
  NOT_ENROLLED: "neutral",
  LOCKED: "danger",
};

export const STATUS_FILTERS: ReadonlyArray<{ value: MfaStatus | ""; label: string }> = [
  { value: "", label: "All" },
  { value: "ENROLLED", label: "Enrolled" },
  { value: "NOT_ENROLLED", label: "Not enrolled" },
  { value: "LOCKED", label: "Locked" },
];

export const isMfaStatus = (value: string): value is MfaStatus => value === "ENROLLED" || value === "NOT_ENROLLED" || value === "LOCKED";

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export type ActionResult = { tone: "success" | "error"; text: string };

/** Waits for a follow-up (a reload) without letting its failure hide that the action itself worked. */
export async function settle(followUp: Promise<unknown> | void): Promise<void> {
  try {
    await followUp;
  } catch {
    // The page shows its own loading error if the reload failed.
  }
}
