import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, TextField } from "@mfa/ui";
import { useRef, useState, type FormEvent } from "react";
import { describeError, type ProblemLine } from "../../lib/graphql-errors";
import { HealthStatus } from "../health/HealthStatus";
import { LoginDocument, type LoginResult } from "./sign-in.operations";
import "./sign-in.css";

interface FieldErrors {
  username?: string;
  password?: string;
}

type Outcome = { kind: "result"; result: LoginResult } | { kind: "problems"; lines: ProblemLine[] };

/** What the first step of the login answered, in words (the next steps are separate pages later). */
function resultMessage(result: LoginResult): string {
  switch (result.__typename) {
    case "LoginSuccess":
      return `Signed in as ${result.user.username}.`;
    case "MfaChallenge":
      return `Password accepted. A second factor is needed (${result.factors.length} available).`;
    case "MfaSetupRequired":
      return "Password accepted. Multi-factor authentication must be set up before you continue.";
  }
}

/** The console's front door: username and password, then (later) the second factor. */
export function SignInPage() {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [login, { loading }] = useMutation(LoginDocument, { fetchPolicy: "no-cache" });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!username.trim()) errors.username = "Enter your username.";
    if (!password) errors.password = "Enter your password.";
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }

    setOutcome(null);
    try {
      const { data } = await login({ variables: { input: { username: username.trim(), password, cookie: true } } });
      setOutcome(
        data ? { kind: "result", result: data.login } : { kind: "problems", lines: [{ message: "No answer." }] },
      );
    } catch (error) {
      setOutcome({ kind: "problems", lines: describeError(error) });
    }
  }

  return (
    <main className="sign-in">
      <div className="sign-in__column">
        <p className="sign-in__product">MFA Console</p>
        <Card>
          <h1 className="sign-in__title">Sign in</h1>
          {outcome?.kind === "problems" && (
            <Alert tone="error" title="Sign-in failed">
              <ul className="sign-in__problems">
                {outcome.lines.map((line, index) => (
                  <li key={index}>
                    {line.message}
                    {line.code && (
                      <>
                        {" "}
                        <code className="sign-in__code">{line.code}</code>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {outcome?.kind === "result" && <Alert tone="success">{resultMessage(outcome.result)}</Alert>}
          <form noValidate onSubmit={handleSubmit} aria-label="Sign in">
            <TextField
              ref={usernameRef}
              label="Username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              error={fieldErrors.username}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
            <TextField
              ref={passwordRef}
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              error={fieldErrors.password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={loading} className="sign-in__submit">
              Sign in
            </Button>
          </form>
        </Card>
        <HealthStatus />
      </div>
    </main>
  );
}
