import { useMutation } from "@apollo/client/react";
import { Alert, Button, TextField } from "@mfa/ui";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { graphql } from "../../gql";
import type { LoginMutation } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          username
          displayName
        }
      }
      ... on MfaChallenge {
        challengeId
        smsSentTo
        factors {
          id
          kind
          name
          maskedPhone
          isDefault
          isBackup
        }
      }
      ... on MfaSetupRequired {
        user {
          id
          username
          displayName
        }
      }
    }
  }
`);

export type LoginResult = LoginMutation["login"];

interface FieldErrors {
  username?: string;
  password?: string;
}

export interface PasswordStepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onResult: (result: LoginResult, username: string) => void | Promise<void>;
}

/** Step one: username and password. */
export function PasswordStep({ headingRef, onResult }: PasswordStepProps) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [login] = useMutation(LoginDocument, { fetchPolicy: "no-cache" });

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

    setProblem(null);
    setBusy(true);
    try {
      const { data } = await login({ variables: { input: { username: username.trim(), password, cookie: true } } });
      if (!data) throw new Error("The service sent no answer.");
      await onResult(data.login, username.trim());
    } catch (error) {
      setProblem(errorMessage(error));
      setPassword("");
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="sign-in__title">
        Sign in
      </h1>
      {problem && (
        <Alert tone="error" title="Sign-in failed">
          {problem}
        </Alert>
      )}
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
        <Button type="submit" loading={busy} className="sign-in__submit">
          Sign in
        </Button>
      </form>
    </>
  );
}
