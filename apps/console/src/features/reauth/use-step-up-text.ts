import { useMutation } from "@apollo/client/react";
import { useCallback, useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode, retryAfterSeconds } from "../../lib/graphql-errors";
import { i18n } from "../../i18n/i18n";

export const SendReauthenticationPasscodeDocument = graphql(`
  mutation SendReauthenticationPasscode($deviceId: ID!) {
    sendReauthenticationPasscode(deviceId: $deviceId) {
      challengeId
      sentTo
      expiresAt
    }
  }
`);

/** The wait between two texts, used until the service says otherwise. */
const RESEND_WAIT_MS = 30_000;

/** A step-up code texted to one phone: the step-up it opened and where it went (masked). */
export interface TextedCode {
  deviceId: string;
  challengeId: string;
  sentTo: string;
}

/** Refused: the words to show, and whether it ends the step-up (a locked account). */
export interface TextRefusal {
  message: string;
  locked: boolean;
}

/** Texts step-up codes: the last one sent, and when another may be asked for. */
export function useStepUpText() {
  const [sendMutation, { loading: sending }] = useMutation(SendReauthenticationPasscodeDocument, { fetchPolicy: "no-cache" });
  const [texted, setTexted] = useState<TextedCode | null>(null);
  const [availableAt, setAvailableAt] = useState<number | null>(null);

  /** Sends a code to the phone; resolves to the refusal, or null when it went. */
  const send = useCallback(
    async (deviceId: string): Promise<TextRefusal | null> => {
      try {
        const { data } = await sendMutation({ variables: { deviceId } });
        if (!data) throw new Error(i18n.t("reauth:noAnswer"));
        const { challengeId, sentTo } = data.sendReauthenticationPasscode;
        setTexted({ deviceId, challengeId, sentTo });
        setAvailableAt(Date.now() + RESEND_WAIT_MS);
        return null;
      } catch (error) {
        const seconds = retryAfterSeconds(error);
        if (seconds) setAvailableAt(Date.now() + seconds * 1000);
        return { message: errorMessage(error), locked: errorCode(error) === "ACCOUNT_LOCKED" };
      }
    },
    [sendMutation],
  );

  /** The texted code expired: a new one must be sent. */
  const forget = useCallback(() => setTexted(null), []);

  return { send, sending, texted, availableAt, forget };
}
