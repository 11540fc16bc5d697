import type { BadgeTone } from "@mfa/ui";
import type { PolicyLevel, UserOverride } from "../../gql/graphql";

/** The names admins know from the control panel: Force-On, Optional, Off. */
export const POLICY_LABEL: Record<PolicyLevel, string> = {
  REQUIRED: "Force-On",
  OPTIONAL: "Optional",
  OFF: "Off",
};

export const POLICY_TONE: Record<PolicyLevel, BadgeTone> = {
  REQUIRED: "success",
  OPTIONAL: "accent",
  OFF: "neutral",
};

/** Strongest first, as the control panel lists them. */
export const POLICY_LEVELS: readonly PolicyLevel[] = ["REQUIRED", "OPTIONAL", "OFF"];

/** What each level means for the people it applies to. */
export const POLICY_HINT: Record<"mailboxes" | "admins", Record<PolicyLevel, string>> = {
  mailboxes: {
    REQUIRED: "Users must set up multi-factor authentication before they can use their mailbox.",
    OPTIONAL: "Users decide if or when to set up multi-factor authentication.",
    OFF: "Users can’t set up multi-factor authentication; the password alone signs them in.",
  },
  admins: {
    REQUIRED: "Admins must set up multi-factor authentication before they can use the console.",
    OPTIONAL: "Each admin decides whether to use multi-factor authentication (the default).",
    OFF: "Admins sign in with their password alone and can’t set up multi-factor authentication.",
  },
};

export const OVERRIDE_LABEL: Record<UserOverride, string> = {
  DEFAULT: "Default",
  OPTIONAL: "Optional",
  REQUIRED: "Required",
};

export const OVERRIDE_LEVELS: readonly UserOverride[] = ["DEFAULT", "OPTIONAL", "REQUIRED"];

/** Whether a value from anywhere (an audit detail) is a policy level. */
export function isPolicyLevel(value: unknown): value is PolicyLevel {
  return value === "REQUIRED" || value === "OPTIONAL" || value === "OFF";
}
