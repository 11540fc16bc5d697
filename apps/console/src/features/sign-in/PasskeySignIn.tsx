import type { UserKind } from "../../gql/graphql";
import { useMutation } from "@apollo/client/react";
import { Alert, Button } from "@mfa/ui";
import { useState, type ReactNode } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { passkeyBrowserProblem, signWithPasskey } from "../../lib/webauthn";
import { useTranslation } from "react-i18next";

export const StartPasskeyLoginDocument = graphql(`
  mutation StartPasskeyLogin($challengeId: String!) {
    startWebAuthnLogin(challengeId: $challengeId) {
      optionsJson
    }
  }
`);

export interface PasskeySignInProps {
  challengeId: string;
  /** "Don't ask again on this browser" was ticked. */
  rememberBrowser: boolean;
  /** The "Don't ask again on this browser" box, shown above the button. */
  remember?: ReactNode;
  /** The names of the user's passkeys and security keys. */
  names: string[];
  onSignedIn: (user: { username: string; displayName: string; kind: UserKind }) => void | Promise<void>;
  /** An answer that ends this sign-in (locked, expired). */
  onFinal: (message: string) => void;
}

export const CompletePasskeyLoginDocument = graphql(`
  mutation CompletePasskeyLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      user {
        id
        username
        displayName
        kind
      }
    }
  }
`);

type Stage = "idle" | "starting" | "browser" | "checking";

/** "Use your passkey": the service's offer, the browser's prompt, then the answer as the second step. */
export function PasskeySignIn({ challengeId, rememberBrowser, remember, names, onSignedIn, onFinal }: PasskeySignInProps) {
  const { t } = useTranslation("sign-in");
  const [stage, setStage] = useState<Stage>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [startLogin] = useMutation(StartPasskeyLoginDocument, { fetchPolicy: "no-cache" });
  const [completeLogin] = useMutation(CompletePasskeyLoginDocument, { fetchPolicy: "no-cache" });

  async function usePasskey() {
    setProblem(null);
    setStage("starting");
    try {
      const offer = await startLogin({ variables: { challengeId } });
      if (!offer.data) throw new Error(t("noAnswer"));
      setStage("browser");
      const answer = await signWithPasskey(offer.data.startWebAuthnLogin.optionsJson);
      setStage("checking");
      const { data } = await completeLogin({ variables: { input: { challengeId, webauthnResponse: answer, cookie: true, ...(rememberBrowser ? { rememberBrowser } : {}) } } });
      if (!data) throw new Error(t("noAnswer"));
      await onSignedIn(data.completeLogin.user);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ACCOUNT_LOCKED" || code === "LOGIN_EXPIRED") onFinal(errorMessage(error));
      else if (code === "INVALID_PASSCODE") setProblem(t("passkey.rejected"));
      else setProblem(passkeyBrowserProblem(error) ?? errorMessage(error));
    } finally {
      setStage("idle");
    }
  }

  return (
    <div className="passkey-sign-in">
      <p className="sign-in__lead">{names.length === 1 ? t("passkey.one", { name: names[0] }) : t("passkey.many")}</p>
      {problem && <Alert tone="error">{problem}</Alert>}
      {stage === "browser" && (
        <p className="passkey-sign-in__waiting" role="status">
          {t("passkey.follow")}
        </p>
      )}
      {remember}
      <Button onClick={() => void usePasskey()} loading={stage !== "idle"} className="sign-in__submit">
        {t("passkey.use")}
      </Button>
    </div>
  );
}
