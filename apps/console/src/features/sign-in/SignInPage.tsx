import { Alert, Card } from "@mfa/ui";
import { useEffect, useState } from "react";
import { useNotice } from "../../lib/notice";
import { usePage } from "../../lib/router";
import { useSession } from "../../lib/session";
import { HealthStatus } from "../health/HealthStatus";
import { PasscodeStep, type Challenge } from "./PasscodeStep";
import { PasswordStep, type LoginResult } from "./PasswordStep";
import "./sign-in.css";

type Step = { kind: "password" } | { kind: "passcode"; challenge: Challenge };

/** The console's front door: username and password, then a second factor when one is needed. */
export function SignInPage() {
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [restarts, setRestarts] = useState(0);
  const headingRef = usePage("Sign in");
  const { session, refresh, setSetupUser } = useSession();
  const endedByPolicy = session.status === "signed-out" && session.reason === "POLICY_REQUIRED";
  const { notice, showNotice } = useNotice();

  // Back at step one after a passcode step: the form's heading takes focus again.
  useEffect(() => {
    if (restarts > 0) headingRef.current?.focus();
  }, [restarts, headingRef]);

  function restart() {
    setStep({ kind: "password" });
    setRestarts((n) => n + 1);
  }

  async function signedIn(user: { username: string }) {
    showNotice({ path: "/security", message: `Signed in as ${user.username}.` });
    await refresh();
  }

  async function handleResult(result: LoginResult) {
    switch (result.__typename) {
      case "LoginSuccess":
        return signedIn(result.user);
      case "MfaChallenge":
        setStep({ kind: "passcode", challenge: result });
        return;
      case "MfaSetupRequired":
        setSetupUser(result.user);
        await refresh();
        return;
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in__column">
        <p className="sign-in__product">MFA Console</p>
        <Card>
          {notice && step.kind === "password" && <Alert tone="info">{notice.message}</Alert>}
          {endedByPolicy && step.kind === "password" && (
            <Alert tone="info">Your administrator now requires multi-factor authentication. Sign in to set it up.</Alert>
          )}
          {step.kind === "password" ? (
            <PasswordStep headingRef={headingRef} onResult={handleResult} />
          ) : (
            <PasscodeStep
              challenge={step.challenge}
              headingRef={headingRef}
              onSignedIn={signedIn}
              onRestart={restart}
            />
          )}
        </Card>
        <HealthStatus />
      </div>
    </main>
  );
}
