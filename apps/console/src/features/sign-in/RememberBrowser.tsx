import { Checkbox } from "@mfa/ui";
import { useTranslation } from "react-i18next";

export interface RememberBrowserProps {
  /** The days the service offers (0: not offered, and nothing is shown). */
  days: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** "Don't ask again on this browser for N days": the next sign-ins here ask only for the password. */
export function RememberBrowser({ days, checked, onChange }: RememberBrowserProps) {
  const { t } = useTranslation("sign-in");
  if (days <= 0) return null;
  return (
    <Checkbox
      name="remember-browser"
      className="sign-in__remember"
      label={t("remember.label", { count: days })}
      hint={t("remember.hint")}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
