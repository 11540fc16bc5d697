import { RadioGroup } from "@mfa/ui";
import type { ReactNode } from "react";
import type { PolicyLevel } from "../../gql/graphql";
import { policyHint, policyLabel, POLICY_LEVELS } from "./policy";

export interface PolicyChoiceProps {
  legend: ReactNode;
  /** Whose sign-in the policy governs (changes the explanations). */
  audience: "mailboxes" | "admins";
  value: PolicyLevel;
  onChange: (value: PolicyLevel) => void;
  disabled?: boolean;
}

/** The three policy options, labelled "Force-On", "Optional" and "Off", each explained. */
export function PolicyChoice({ legend, audience, value, onChange, disabled }: PolicyChoiceProps) {
  const options = POLICY_LEVELS.map((level) => ({ value: level, label: policyLabel(level), hint: policyHint(audience, level) }));
  return <RadioGroup legend={legend} options={options} value={value} onChange={onChange} disabled={disabled} />;
}
