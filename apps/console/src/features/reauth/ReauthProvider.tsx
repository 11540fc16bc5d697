import { useMutation } from "@apollo/client/react";
import { Alert, Button, Dialog, TextField } from "@mfa/ui";
import { createContext, use, useCallback, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";

export const ReauthenticateDocument = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      validUntil
    }
  }
`);

/**
 * Runs a sensitive change; if the service asks for a recent password (RECENT_AUTH_REQUIRED),
 * asks for it and runs the change again. Resolves to undefined when the user cancels.
 */
export type Guard = <T>(action: () => Promise<T>) => Promise<T | undefined>;

const ReauthContext = createContext<Guard>((action) => action());

/** Provides `useReauth()` and the password prompt it opens. */
export function ReauthProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);

  const guard = useCallback<Guard>(async (action) => {
    try {
      return await action();
    } catch (error) {
      if (errorCode(error) !== "RECENT_AUTH_REQUIRED") throw error;
      const confirmed = await new Promise<boolean>((resolve) => setPending(() => resolve));
      if (!confirmed) return undefined;
      return action();
    }
  }, []);

  function finish(confirmed: boolean) {
    pending?.(confirmed);
    setPending(null);
  }

  return (
    <ReauthContext value={guard}>
      {children}
      <PasswordPrompt open={pending !== null} onDone={finish} />
    </ReauthContext>
  );
}

/** The guard for sensitive changes (see `Guard`). */
export function useReauth(): Guard {
  return use(ReauthContext);
}

function PasswordPrompt({ open, onDone }: { open: boolean; onDone: (confirmed: boolean) => void }) {
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [fieldError, setFieldError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const introId = useId();
  const [reauthenticate, { loading }] = useMutation(ReauthenticateDocument, { fetchPolicy: "no-cache" });

  function close(confirmed: boolean) {
    setPassword("");
    setProblem(undefined);
    setFieldError(undefined);
    onDone(confirmed);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(undefined);
    if (!password) {
      setFieldError("Enter your password.");
      inputRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    try {
      await reauthenticate({ variables: { input: { password } } });
      close(true);
    } catch (error) {
      setProblem(errorCode(error) === "INVALID_CREDENTIALS" ? "That password is not correct." : errorMessage(error));
      setPassword("");
      inputRef.current?.focus();
    }
  }

  return (
    <Dialog open={open} title="Confirm your password" onCancel={() => close(false)} busy={loading} describedBy={introId}>
      <p id={introId} className="ui-dialog__body">
        For your security, enter your password again to make this change.
      </p>
      <form noValidate onSubmit={handleSubmit} aria-label="Confirm your password">
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          ref={inputRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldError}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <div className="ui-dialog__actions">
          <Button variant="secondary" onClick={() => close(false)} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
