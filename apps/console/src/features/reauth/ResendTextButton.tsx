import { Button } from "@mfa/ui";
import { useId } from "react";
import { formatWait } from "../../lib/error-messages";
import { useCountdown } from "../../lib/use-countdown";
import { useTranslation } from "react-i18next";

export interface ResendTextButtonProps {
  /** When another text may be asked for (a Date.now() value), or null. */
  availableAt: number | null;
  sending: boolean;
  onSend: () => void;
}

/** "Send code again", held back by the throttle, shown as a countdown. */
export function ResendTextButton({ availableAt, sending, onSend }: ResendTextButtonProps) {
  const { t } = useTranslation("reauth");
  const wait = useCountdown(availableAt);
  const waitId = useId();
  return (
    <div className="reauth__resend">
      <Button variant="secondary" onClick={onSend} loading={sending} disabled={wait > 0} aria-describedby={wait > 0 ? waitId : undefined}>
        {t("sendAgain")}
      </Button>
      {wait > 0 && (
        <p id={waitId} className="reauth__wait">
          {t("wait", { wait: formatWait(wait) })}
        </p>
      )}
    </div>
  );
}
