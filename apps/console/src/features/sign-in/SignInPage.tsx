import { Alert, Card } from "@mfa/ui";
import { useEffect, useState } from "react";
import type { UserKind } from "../../gql/graphql";
import { landingPath } from "../../lib/landing";
import { useNotice } from "../../lib/notice";
import { usePage } from "../../lib/router";
import { useSession } from "../../lib/session";
import { HealthStatus } from "../health/HealthStatus";
import { ThemeSwitch } from "../theme/ThemeSwitch";
import { PasscodeStep, type Challenge } from "./PasscodeStep";
import { PasswordStep, type LoginResult } from "./PasswordStep";
import "./sign-in.css";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../language/LanguageSwitch";

type Step = { kind: "password" } | { kind: "passcode"; challenge: Challenge };

/** The console's front door: username and password, then a second factor when one is needed. */
export function SignInPage() {
  const { t } = useTranslation("sign-in");
  const [step, setStep] = useState<Step>({ kind: "password" });
  const [restarts, setRestarts] = useState(0);
  const headingRef = usePage(t("title"));
  const { session, refresh, setSetupUser } = useSession();
  // Why the service ended the last session (signed out elsewhere, by an admin, a policy now requiring MFA, idle...).
  const endedBecause = session.status === "signed-out" && session.reason ? t(`common:signedOut.${session.reason}`) : null;
  const { notice, showNotice } = useNotice();

  // Back at step one after a passcode step: the form's heading takes focus again.
  useEffect(() => {
    if (restarts > 0) headingRef.current?.focus();
  }, [restarts, headingRef]);

  function restart() {
    setStep({ kind: "password" });
    setRestarts((n) => n + 1);
  }

  async function signedIn(user: { username: string; kind: UserKind }) {
    showNotice({ path: landingPath(user.kind), message: t("signedInAs", { username: user.username }) });
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
        setSetupUser(result.user, result.enforceFrom ?? null, result.acceptedKinds);
        await refresh();
        return;
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in__column">
        <p className="sign-in__product">{t("common:product")}</p>
        <Card>
          {notice && step.kind === "password" && <Alert tone="info">{notice.message}</Alert>}
          {endedBecause && step.kind === "password" && <Alert tone="info">{endedBecause}</Alert>}
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
        <div className="sign-in__theme">
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
      </div>
    </main>
  );
}
