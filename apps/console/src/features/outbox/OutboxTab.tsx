import { Alert, Button, Spinner } from "@mfa/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorCode } from "../../lib/graphql-errors";
import { AdminLoadError } from "../admin-shared/AdminLoadError";

/** What the tab says, in the reader's language. */
interface OutboxTexts {
  /** The outbox is off: a real provider sends. */
  offTitle: string;
  offText: string;
  /** "The SMS outbox": what could not be loaded. */
  loadWhat: string;
  loading: string;
  lead: string;
  /** "The newest texts": what a refresh could not load. */
  newest: string;
  none: string;
}

interface OutboxTabProps<T> {
  texts: OutboxTexts;
  /** The kept messages, newest first (undefined until the first answer). */
  messages: readonly T[] | undefined;
  error: unknown;
  loading: boolean;
  retry: () => void;
  /** The messages as a list or a table. */
  children: (messages: readonly T[]) => ReactNode;
}

/**
 * A tab of the Outbox page: an outbox the service does not keep (a real provider sends) says so, a first load that
 * fails offers a retry, and the kept messages come under a lead with "Refresh" (a failed refresh keeps them shown).
 */
export function OutboxTab<T>({ texts, messages, error, loading, retry, children }: OutboxTabProps<T>) {
  const { t } = useTranslation("outbox");
  if (!messages) {
    if (error && errorCode(error) === "FORBIDDEN") {
      return (
        <Alert tone="info" title={texts.offTitle}>
          {texts.offText}
        </Alert>
      );
    }
    if (error) return <AdminLoadError what={texts.loadWhat} error={error} onRetry={retry} retrying={loading} />;
    return <Spinner label={texts.loading} showLabel />;
  }
  return (
    <>
      <div className="outbox__toolbar">
        <p className="outbox__lead">{texts.lead}</p>
        <Button variant="secondary" onClick={retry} loading={loading}>
          {t("refresh")}
        </Button>
      </div>
      {error ? <AdminLoadError what={texts.newest} error={error} onRetry={retry} retrying={loading} /> : null}
      {messages.length === 0 ? <p className="admin-page__empty">{texts.none}</p> : children(messages)}
    </>
  );
}
