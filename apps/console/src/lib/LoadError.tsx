import { Alert, Button } from "@mfa/ui";
import { errorMessage } from "./error-messages";

export interface LoadErrorProps {
  /** "The domains", "This mailbox": what could not be loaded. */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A page's data failed to load: why (from the error code), and a way to try again. */
export function LoadError({ what, error, onRetry, retrying = false }: LoadErrorProps) {
  return (
    <Alert tone="error" title={`${what} could not be loaded`}>
      <p>{errorMessage(error)}</p>
      <Button variant="secondary" onClick={onRetry} loading={retrying}>
        Try again
      </Button>
    </Alert>
  );
}
