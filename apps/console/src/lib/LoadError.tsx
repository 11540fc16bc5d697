import { Alert, Button } from "@mfa/ui";
import { useTranslation } from "react-i18next";
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
  const { t } = useTranslation();
  return (
    <Alert tone="error" title={t("loadFailed", { what })}>
      <p>{errorMessage(error)}</p>
      <Button variant="secondary" onClick={onRetry} loading={retrying}>
        {t("tryAgain")}
      </Button>
    </Alert>
  );
}
