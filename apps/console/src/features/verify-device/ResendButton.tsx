import { useMutation } from "@apollo/client/react";
import { Button } from "@mfa/ui";
import { useId, useState } from "react";
import { graphql } from "../../gql";
import { errorMessage, formatWait } from "../../lib/error-messages";
import { retryAfterSeconds } from "../../lib/graphql-errors";
import { useCountdown } from "../../lib/use-countdown";
import { useTranslation } from "react-i18next";

const ResendPhoneVerificationDocument = graphql(`
  mutation ResendPhoneVerification($deviceId: ID!) {
    resendPhoneVerification(deviceId: $deviceId) {
      device {
        id
      }
    }
  }
`);

/** The service's wait between two verification texts, used until it says otherwise. */
const RESEND_WAIT_MS = 30_000;

export interface ResendButtonProps {
  deviceId: string;
  initialAvailableAt: number | null;
  onSent: () => void;
  onRefused: (message: string) => void;
}

/** "Send code again" for a pending phone, with the throttle shown as a countdown. */
export function ResendButton({ deviceId, initialAvailableAt, onSent, onRefused }: ResendButtonProps) {
  const { t } = useTranslation("verify-device");
  const [availableAt, setAvailableAt] = useState(initialAvailableAt);
  const wait = useCountdown(availableAt);
  const waitId = useId();
  const [resend, { loading }] = useMutation(ResendPhoneVerificationDocument);

  async function handleClick() {
    try {
      await resend({ variables: { deviceId } });
      setAvailableAt(Date.now() + RESEND_WAIT_MS);
      onSent();
    } catch (error) {
      const seconds = retryAfterSeconds(error);
      if (seconds) setAvailableAt(Date.now() + seconds * 1000);
      onRefused(errorMessage(error));
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={handleClick}
        loading={loading}
        disabled={wait > 0}
        aria-describedby={wait > 0 ? waitId : undefined}
      >
        {t("sendAgain")}
      </Button>
      {wait > 0 && (
        <p id={waitId} className="verify-device__wait">
          {t("wait", { wait: formatWait(wait) })}
        </p>
      )}
    </>
  );
}
