import { useMutation } from "@apollo/client/react";
import { Alert, Button } from "@mfa/ui";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { passkeyBrowserProblem, signWithPasskey } from "../../lib/webauthn";
import { useReauthenticate } from "./use-reauthenticate";
import { useTranslation } from "react-i18next";

export const StartPasskeyStepUpDocument = graphql(`
  mutation StartPasskeyStepUp {
    startWebAuthnReauthentication {
      challengeId
      optionsJson
    }
  }
`);

export interface PasskeyStepUpProps {
  /** The names of the user's passkeys and security keys. */
  names: string[];
  onBusy: (busy: boolean) => void;
  onDone: (confirmed: boolean) => void;
  /** An answer that ends the step-up (the account is locked). */
  onLocked: (message: string) => void;
  /** Buttons for the other ways (a code, a recovery code). */
  alternatives: ReactNode;
}

/** The step-up by passkey: the service's offer, the browser's prompt, then `reauthenticate` with the answer. */
export function PasskeyStepUp({ names, onBusy, onDone, onLocked, alternatives }: PasskeyStepUpProps) {
  const { t } = useTranslation("reauth");
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [start] = useMutation(StartPasskeyStepUpDocument, { fetchPolicy: "no-cache" });
  const [reauthenticate] = useReauthenticate();

  useEffect(() => onBusy(working), [working, onBusy]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setWorking(true);
    try {
      const offer = await start();
      if (!offer.data) throw new Error(t("noAnswer"));
      const { challengeId, optionsJson } = offer.data.startWebAuthnReauthentication;
      const answer = await signWithPasskey(optionsJson);
      await reauthenticate({ variables: { input: { challengeId, webauthnResponse: answer } } });
      setWorking(false);
      onDone(true);
    } catch (error) {
      setWorking(false);
      const code = errorCode(error);
      if (code === "ACCOUNT_LOCKED") onLocked(errorMessage(error));
      else if (code === "INVALID_PASSCODE") setProblem(t("passkeyRejected"));
      else setProblem(passkeyBrowserProblem(error) ?? errorMessage(error));
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("passkeyFormLabel")} className="reauth__form">
      <p className="reauth__lead">{names.length === 1 ? t("passkeyOne", { name: names[0] }) : t("passkeyMany")}</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="reauth__alternatives">{alternatives}</div>
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={() => onDone(false)} disabled={working}>
          {t("cancel")}
        </Button>
        <Button type="submit" loading={working}>
          {t("usePasskey")}
        </Button>
      </div>
    </form>
  );
}
