import "./sms-outbox.css";
import { useTranslation } from "react-i18next";

/**
 * Said wherever someone waits for a texted code. The console cannot tell whether the service keeps
 * texts instead of sending them, and the text is never shown here: in development an account admin
 * reads it on the Outbox page, as the phone would.
 */
export function TextedCodeHint({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="texted-code-hint">
      {t("sign-in:textedHint")}
    </p>
  );
}
