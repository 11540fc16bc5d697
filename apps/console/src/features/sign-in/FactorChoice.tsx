import { Badge } from "@mfa/ui";
import type { DeviceKind } from "../../gql/graphql";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";

export interface Factor {
  id: string;
  kind: DeviceKind;
  name: string;
  maskedPhone?: string | null;
  isDefault: boolean;
  isBackup: boolean;
}

/** How a factor is named to the user: "Authenticator app (Work phone)", "Text message to +1 *** *** 1000". */
function factorLabel(factor: Factor, t: TFunction<"sign-in">): string {
  if (factor.kind === "TOTP") return t("factor.totp", { name: factor.name });
  if (factor.kind === "WEBAUTHN") return t("factor.webauthn", { name: factor.name });
  return t("factor.sms", { phone: factor.maskedPhone ?? t("factor.yourPhone"), name: factor.name });
}

export interface FactorChoiceProps {
  factors: Factor[];
  value: string;
  onChange: (id: string) => void;
}

/** A radio group of the user's verified factors (the default one first). */
export function FactorChoice({ factors, value, onChange }: FactorChoiceProps) {
  const { t } = useTranslation("sign-in");
  return (
    <fieldset className="factor-choice">
      <legend className="factor-choice__legend">{t("factor.legend")}</legend>
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
            {factorLabel(factor, t)}
            {factor.isDefault && <Badge tone="accent">{t("factor.default")}</Badge>}
            {factor.isBackup && <Badge>{t("factor.backup")}</Badge>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
