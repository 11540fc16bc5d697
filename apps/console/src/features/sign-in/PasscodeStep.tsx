import { useMutation } from "@apollo/client/react";
import { Alert, Button, CodeInput, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { graphql } from "../../gql";
import type { UserKind } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { TextedCodeHint } from "../sms-outbox/TextedCodeHint";
import { FactorChoice, type Factor } from "./FactorChoice";
import { PasskeySignIn } from "./PasskeySignIn";
import { RememberBrowser } from "./RememberBrowser";
import { SendCodeButton } from "./SendCodeButton";
import { useTranslation } from "react-i18next";

export const CompleteLoginDocument = graphql(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
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

/** The resend throttle of sign-in texts, used until the service says otherwise. */
const RESEND_WAIT_MS = 30_000;

export interface Challenge {
  challengeId: string;
  smsSentTo?: string | null;
  factors: Factor[];
  /** Days "don't ask again on this browser" is offered for (0 or absent: not offered). */
  rememberBrowserDays?: number;
}

export interface PasscodeStepProps {
  challenge: Challenge;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSignedIn: (user: { username: string; displayName: string; kind: UserKind }) => void | Promise<void>;
  /** Back to the password step. */
  onRestart: () => void;
}

type Mode = "code" | "recovery" | "passkey";
/** Answers that end this sign-in: the user must start again (or ask an administrator). */
const isFinal = (code: string | undefined) => code === "ACCOUNT_LOCKED" || code === "LOGIN_EXPIRED";
/** A problem that ends this sign-in (locked, expired) or one the user can fix. */
type Problem = { message: string; final: boolean };

/** Step two: a passkey, a code from the authenticator, a texted code, or a recovery code. */
export function PasscodeStep({ challenge, headingRef, onSignedIn, onRestart }: PasscodeStepProps) {
  const { t } = useTranslation("sign-in");
  const { challengeId } = challenge;
  // Passkeys answer with the browser's prompt, not a code: they have their own mode.
  const passkeys = challenge.factors.filter((f) => f.kind === "WEBAUTHN");
  const factors = challenge.factors.filter((f) => f.kind !== "WEBAUTHN");
  const first = factors[0];
  const [factorId, setFactorId] = useState(first?.id ?? "");
  const [mode, setMode] = useState<Mode>(challenge.factors[0]?.kind === "WEBAUTHN" ? "passkey" : factors.length === 0 ? "recovery" : "code");
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [textedTo, setTextedTo] = useState<{ deviceId: string; sentTo: string } | null>(
    challenge.smsSentTo && first?.kind === "SMS" ? { deviceId: first.id, sentTo: challenge.smsSentTo } : null,
  );
  const [resendAt, setResendAt] = useState<number | null>(() => (challenge.smsSentTo ? Date.now() + RESEND_WAIT_MS : null));
  const [busy, setBusy] = useState(false);
  const [rememberBrowser, setRememberBrowser] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const [completeLogin] = useMutation(CompleteLoginDocument, { fetchPolicy: "no-cache" });

  useEffect(() => {
    headingRef.current?.focus();
  }, [headingRef]);

  const factor = factors.find((f) => f.id === factorId) ?? first;

  function switchMode(next: Mode) {
    setMode(next);
    setCode("");
    setFieldError(undefined);
    setTimeout(() => codeRef.current?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const passcode = code.trim();
    const missing = mode === "code" ? passcode.length < 6 : passcode.length === 0;
    if (missing) {
      setFieldError(mode === "code" ? t("passcode.enterDigits") : t("passcode.enterRecovery"));
      codeRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      const { data } = await completeLogin({ variables: { input: { challengeId, passcode, cookie: true, ...(rememberBrowser ? { rememberBrowser } : {}) } } });
      if (!data) throw new Error(t("noAnswer"));
      await onSignedIn(data.completeLogin.user);
    } catch (error) {
      const code = errorCode(error);
      if (code === "INVALID_PASSCODE") {
        setFieldError(errorMessage(error));
        setCode("");
        codeRef.current?.focus();
      } else {
        setProblem({ message: errorMessage(error), final: isFinal(code) });
      }
    } finally {
      setBusy(false);
    }
  }

  const heading = (
    <h1 ref={headingRef} tabIndex={-1} className="sign-in__title">
      {mode === "passkey" ? t("passcode.usePasskeyTitle") : t("passcode.enterCodeTitle")}
    </h1>
  );
  const otherWays = (
    <div className="sign-in__alternatives">
      {mode !== "passkey" && passkeys.length > 0 && (
        <Button variant="secondary" onClick={() => switchMode("passkey")}>
          {t("passcode.usePasskey")}
        </Button>
      )}
      {mode !== "code" && factors.length > 0 && (
        <Button variant="secondary" onClick={() => switchMode("code")}>
          {t("passcode.useCode")}
        </Button>
      )}
      {mode !== "recovery" && (
        <Button variant="secondary" onClick={() => switchMode("recovery")}>
          {t("passcode.useRecovery")}
        </Button>
      )}
      <Button variant="secondary" onClick={onRestart}>
        {t("passcode.startAgain")}
      </Button>
    </div>
  );
  const lost = <p className="sign-in__lost">{t("passcode.lost")}</p>;

  if (problem?.final) {
    return (
      <>
        {heading}
        <Alert tone="error" title={t("passcode.cannotSignIn")}>
          {problem.message}
        </Alert>
        <Button onClick={onRestart} className="sign-in__submit">
          {t("passcode.startAgain")}
        </Button>
      </>
    );
  }

  if (mode === "passkey") {
    return (
      <>
        {heading}
        <PasskeySignIn
          challengeId={challengeId}
          rememberBrowser={rememberBrowser}
          remember={<RememberBrowser days={challenge.rememberBrowserDays ?? 0} checked={rememberBrowser} onChange={setRememberBrowser} />}
          names={passkeys.map((p) => p.name)}
          onSignedIn={onSignedIn}
          onFinal={(message) => setProblem({ message, final: true })}
        />
        {otherWays}
        {lost}
      </>
    );
  }

  const texted = mode === "code" && factor !== undefined && textedTo?.deviceId === factor.id;
  let instructions: string;
  if (mode === "recovery") instructions = t("passcode.recoveryInstructions");
  else if (factor?.kind === "TOTP") instructions = t("passcode.totpInstructions", { name: factor.name });
  else if (texted && textedTo) instructions = t("passcode.textedInstructions", { phone: textedTo.sentTo });
  else instructions = t("passcode.sendInstructions", { phone: factor?.maskedPhone ?? t("factor.yourPhone") });

  return (
    <>
      {heading}
      <p className="sign-in__lead">{instructions}</p>
      {texted && <TextedCodeHint />}
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {mode === "code" && factors.length > 1 && (
        <FactorChoice factors={factors} value={factorId} onChange={setFactorId} />
      )}
      {mode === "code" && factor?.kind === "SMS" && (
        <SendCodeButton
          challengeId={challengeId}
          deviceId={factor.id}
          sent={textedTo?.deviceId === factor.id}
          availableAt={resendAt}
          onSent={(sentTo) => {
            setTextedTo({ deviceId: factor.id, sentTo });
            setResendAt(Date.now() + RESEND_WAIT_MS);
            setProblem(null);
          }}
          onRefused={(message, retryAt, code) => {
            setProblem({ message, final: isFinal(code) });
            if (retryAt) setResendAt(retryAt);
          }}
        />
      )}
      <form noValidate onSubmit={handleSubmit} aria-label={t("passcode.formLabel")}>
        {mode === "code" ? (
          <CodeInput
            ref={codeRef}
            label={t("passcode.code")}
            name="code"
            maxLength={8}
            required
            value={code}
            error={fieldError}
            onChange={setCode}
          />
        ) : (
          <TextField
            ref={codeRef}
            label={t("passcode.code")}
            name="recovery-code"
            hint={t("passcode.recoveryHint")}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={code}
            error={fieldError}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        )}
        <RememberBrowser days={challenge.rememberBrowserDays ?? 0} checked={rememberBrowser} onChange={setRememberBrowser} />
        <Button type="submit" loading={busy} className="sign-in__submit">
          {t("passcode.verify")}
        </Button>
      </form>
      {otherWays}
      {lost}
    </>
  );
}
