import { useMutation } from "@apollo/client/react";
import { Button } from "@mfa/ui";
import { useId } from "react";
import { graphql } from "../../gql";
import { errorCode, retryAfterSeconds } from "../../lib/graphql-errors";
import { errorMessage, formatWait } from "../../lib/error-messages";
import { useCountdown } from "../../lib/use-countdown";
import { useTranslation } from "react-i18next";

const SendLoginPasscodeDocument = graphql(`
  mutation SendLoginPasscode($input: SendLoginPasscodeInput!) {
    sendLoginPasscode(input: $input) {
      sentTo
      expiresAt
    }
  }
`);

export interface SendCodeButtonProps {
  challengeId: string;
  deviceId: string;
  /** Whether a code already went to this phone ("Send code again" rather than "Send code"). */
  sent: boolean;
  /** When a new code may be asked for (Date.now() value), or null. */
  availableAt: number | null;
  onSent: (sentTo: string) => void;
  /** The service refused (`code` is its error code); `retryAt` is set when it said how long to wait. */
  onRefused: (message: string, retryAt: number | null, code: string | undefined) => void;
}

/** Texts a sign-in code to a phone, with the resend throttle shown as a countdown. */
export function SendCodeButton({ challengeId, deviceId, sent, availableAt, onSent, onRefused }: SendCodeButtonProps) {
  const { t } = useTranslation("sign-in");
  const [send, { loading }] = useMutation(SendLoginPasscodeDocument, { fetchPolicy: "no-cache" });
  const wait = useCountdown(availableAt);
  const waitId = useId();

  async function handleClick() {
    try {
      const { data } = await send({ variables: { input: { challengeId, deviceId } } });
      if (data) onSent(data.sendLoginPasscode.sentTo);
    } catch (error) {
      const code = errorCode(error);
      const seconds = code === "RATE_LIMITED" ? retryAfterSeconds(error) : undefined;
      onRefused(errorMessage(error), seconds ? Date.now() + seconds * 1000 : null, code);
    }
  }

  return (
    <div className="send-code">
      <Button
        variant="secondary"
        onClick={handleClick}
        loading={loading}
        disabled={wait > 0}
        aria-describedby={wait > 0 ? waitId : undefined}
      >
        {sent ? t("send.again") : t("send.first")}
      </Button>
      {wait > 0 && (
        <p id={waitId} className="send-code__wait">
          {t("send.wait", { wait: formatWait(wait) })}
        </p>
      )}
    </div>
  );
}
