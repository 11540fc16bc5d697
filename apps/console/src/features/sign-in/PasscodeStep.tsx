import { useMutation } from "@apollo/client/react";
import { Alert, Button, CodeInput, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { TextedCodeHint } from "../sms-outbox/TextedCodeHint";
import { FactorChoice, type Factor } from "./FactorChoice";
import { SendCodeButton } from "./SendCodeButton";

export const CompleteLoginDocument = graphql(`
  mutation CompleteLogin($input: CompleteLoginInput!) {
    completeLogin(input: $input) {
      user {
        id
        username
        displayName
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
}

export interface PasscodeStepProps {
  challenge: Challenge;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSignedIn: (user: { username: string; displayName: string }) => void | Promise<void>;
  /** Back to the password step. */
  onRestart: () => void;
}

type Mode = "code" | "recovery";
/** Answers that end this sign-in: the user must start again (or ask an administrator). */
const isFinal = (code: string | undefined) => code === "ACCOUNT_LOCKED" || code === "LOGIN_EXPIRED";
/** A problem that ends this sign-in (locked, expired) or one the user can fix. */
type Problem = { message: string; final: boolean };

/** Step two: a code from the authenticator, a texted code, or a recovery code. */
export function PasscodeStep({ challenge, headingRef, onSignedIn, onRestart }: PasscodeStepProps) {
  const { challengeId, factors } = challenge;
  const first = factors[0];
  const [factorId, setFactorId] = useState(first?.id ?? "");
  const [mode, setMode] = useState<Mode>(factors.length === 0 ? "recovery" : "code");
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [textedTo, setTextedTo] = useState<{ deviceId: string; sentTo: string } | null>(
    challenge.smsSentTo && first ? { deviceId: first.id, sentTo: challenge.smsSentTo } : null,
  );
  const [resendAt, setResendAt] = useState<number | null>(() => (challenge.smsSentTo ? Date.now() + RESEND_WAIT_MS : null));
  const [busy, setBusy] = useState(false);
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
      setFieldError(mode === "code" ? "Enter the code (at least 6 digits)." : "Enter a recovery code.");
      codeRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      const { data } = await completeLogin({ variables: { input: { challengeId, passcode, cookie: true } } });
      if (!data) throw new Error("The service sent no answer.");
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
      Enter your code
    </h1>
  );

  if (problem?.final) {
    return (
      <>
        {heading}
        <Alert tone="error" title="You cannot sign in right now">
          {problem.message}
        </Alert>
        <Button onClick={onRestart} className="sign-in__submit">
          Start again
        </Button>
      </>
    );
  }

  const texted = mode === "code" && factor !== undefined && textedTo?.deviceId === factor.id;
  let instructions: string;
  if (mode === "recovery") instructions = "Enter one of your recovery codes. Each code works once.";
  else if (factor?.kind === "TOTP") instructions = `Open your authenticator app (${factor.name}) and enter the code it shows.`;
  else if (texted && textedTo) instructions = `We texted a code to ${textedTo.sentTo}. Enter it below.`;
  else instructions = `Send a code to ${factor?.maskedPhone ?? "your phone"}, then enter it below.`;

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
      <form noValidate onSubmit={handleSubmit} aria-label="Verify your identity">
        {mode === "code" ? (
          <CodeInput
            ref={codeRef}
            label="Code"
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
            label="Code"
            name="recovery-code"
            hint="A recovery code looks like XXXX-XXXX-XXXX-XXXX."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            value={code}
            error={fieldError}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
        )}
        <Button type="submit" loading={busy} className="sign-in__submit">
          Verify
        </Button>
      </form>
      <div className="sign-in__alternatives">
        {mode === "code" ? (
          <Button variant="secondary" onClick={() => switchMode("recovery")}>
            Use a recovery code
          </Button>
        ) : (
          factors.length > 0 && (
            <Button variant="secondary" onClick={() => switchMode("code")}>
              Use your authenticator or phone
            </Button>
          )
        )}
        <Button variant="secondary" onClick={onRestart}>
          Start again
        </Button>
      </div>
      <p className="sign-in__lost">Lost your device? Contact your administrator to reset your multi-factor authentication.</p>
    </>
  );
}
