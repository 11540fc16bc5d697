import { Badge } from "@mfa/ui";
import type { DeviceKind } from "../../gql/graphql";

export interface Factor {
  id: string;
  kind: DeviceKind;
  name: string;
  maskedPhone?: string | null;
  isDefault: boolean;
  isBackup: boolean;
}

/** How a factor is named to the user: "Authenticator app (Work phone)", "Text message to +1 *** *** 1000". */
function factorLabel(factor: Factor): string {
  return factor.kind === "TOTP"
    ? `Authenticator app (${factor.name})`
    : `Text message to ${factor.maskedPhone ?? "your phone"} (${factor.name})`;
}

export interface FactorChoiceProps {
  factors: Factor[];
  value: string;
  onChange: (id: string) => void;
}

/** A radio group of the user's verified factors (the default one first). */
export function FactorChoice({ factors, value, onChange }: FactorChoiceProps) {
  return (
    <fieldset className="factor-choice">
      <legend className="factor-choice__legend">Verify with</legend>
      {factors.map((factor) => (
        <label key={factor.id} className="factor-choice__option">
          <input
            type="radio"
            name="factor"
            value={factor.id}
            checked={value === factor.id}
            onChange={() => onChange(factor.id)}
          />
          <span className="factor-choice__text">
            {factorLabel(factor)}
            {factor.isDefault && <Badge tone="accent">Default</Badge>}
            {factor.isBackup && <Badge>Backup</Badge>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
