import { useMutation } from "@apollo/client/react";
import { Alert, Button, TextField } from "@mfa/ui";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { graphql } from "../../gql";
import type { LoginMutation } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useTranslation } from "react-i18next";

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          username
          displayName
          kind
        }
      }
      ... on MfaChallenge {
        challengeId
        smsSentTo
        rememberBrowserDays
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
        enforceFrom
        acceptedKinds
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
  const { t } = useTranslation("sign-in");
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
    if (!username.trim()) errors.username = t("enterUsername");
    if (!password) errors.password = t("enterPassword");
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }

    setProblem(null);
    setBusy(true);
    try {
      const { data } = await login({ variables: { input: { username: username.trim(), password, cookie: true } } });
      if (!data) throw new Error(t("noAnswer"));
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
        {t("title")}
      </h1>
      {problem && (
        <Alert tone="error" title={t("failed")}>
          {problem}
        </Alert>
      )}
      <form noValidate onSubmit={handleSubmit} aria-label={t("formLabel")}>
        <TextField
          ref={usernameRef}
          label={t("username")}
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
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={busy} className="sign-in__submit">
          {t("submit")}
        </Button>
      </form>
    </>
  );
}
