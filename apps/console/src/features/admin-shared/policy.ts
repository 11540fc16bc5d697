import type { BadgeTone } from "@mfa/ui";
import type { PolicyLevel, UserOverride } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";

/** The names admins know from the control panel: Force-On, Optional, Off (in the current language). */
export const policyLabel = (level: PolicyLevel): string => i18n.t(`admin-shared:policy.${level}`);

export const POLICY_TONE: Record<PolicyLevel, BadgeTone> = {
  PHISHING_RESISTANT: "success",
  REQUIRED: "success",
  OPTIONAL: "accent",
  OFF: "neutral",
};

/** Strongest first, as the control panel lists them. */
export const POLICY_LEVELS: readonly PolicyLevel[] = ["PHISHING_RESISTANT", "REQUIRED", "OPTIONAL", "OFF"];

/** What each level means for the people it applies to. */
export const policyHint = (audience: "mailboxes" | "admins", level: PolicyLevel): string => i18n.t(`admin-shared:hint.${audience}.${level}`);

/** A user's enforcement override as admins see it: Default, Optional, Required. */
export const overrideLabel = (level: UserOverride): string => i18n.t(`admin-shared:override.${level}`);

export const OVERRIDE_LEVELS: readonly UserOverride[] = ["DEFAULT", "OPTIONAL", "REQUIRED"];

/** Whether a value from anywhere (an audit detail) is a policy level. */
export function isPolicyLevel(value: unknown): value is PolicyLevel {
  return value === "PHISHING_RESISTANT" || value === "REQUIRED" || value === "OPTIONAL" || value === "OFF";
}
