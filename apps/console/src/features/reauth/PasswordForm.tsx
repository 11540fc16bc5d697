import { Alert, Button, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { useReauthenticate } from "./use-reauthenticate";
import { useTranslation } from "react-i18next";

export interface PasswordFormProps {
  onBusy: (busy: boolean) => void;
  onDone: (confirmed: boolean) => void;
  /** The service wants a passcode instead (a device was verified meanwhile): read the devices again. */
  onPasscodeRequired: () => void;
}

/** The step-up of a user without a verified device: the password. */
export function PasswordForm({ onBusy, onDone, onPasscodeRequired }: PasswordFormProps) {
  const { t } = useTranslation("reauth");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reauthenticate, { loading }] = useReauthenticate();

  useEffect(() => onBusy(loading), [loading, onBusy]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(undefined);
    if (!password) {
      setFieldError(t("enterPassword"));
      inputRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    try {
      await reauthenticate({ variables: { input: { password } } });
      onDone(true);
    } catch (error) {
      const code = errorCode(error);
      if (code === "PASSCODE_REQUIRED") return onPasscodeRequired();
      setProblem(code === "INVALID_CREDENTIALS" ? t("wrongPassword") : errorMessage(error));
      setPassword("");
      inputRef.current?.focus();
    }
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label={t("passwordFormLabel")}>
      {problem && <Alert tone="error">{problem}</Alert>}
      <TextField
        ref={inputRef}
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        autoFocus
        required
        value={password}
        error={fieldError}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      <div className="ui-dialog__actions">
        <Button variant="secondary" onClick={() => onDone(false)} disabled={loading}>
          {t("cancel")}
        </Button>
        <Button type="submit" loading={loading}>
          {t("confirm")}
        </Button>
      </div>
    </form>
  );
}
