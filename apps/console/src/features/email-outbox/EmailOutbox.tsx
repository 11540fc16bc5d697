import { useQuery } from "@apollo/client/react";
import { Alert, Button, Spinner } from "@mfa/ui";
import { graphql } from "../../gql";
import { errorCode } from "../../lib/graphql-errors";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { EmailItem } from "./EmailItem";
import "./email-outbox.css";
import { useTranslation } from "react-i18next";

export const EmailOutboxDocument = graphql(`
  query EmailOutbox($first: Int!) {
    emailOutbox(first: $first) {
      id
      ...EmailItem_email
    }
  }
`);

/**
 * The emails tab of the Outbox page: with the outbox transport (development, no mail server), the
 * emails sent to the account's users (reminders, security alerts) are kept here, newest first,
 * each with its text and, on demand, its HTML as the recipient's mail program would show it.
 */
export function EmailOutbox() {
  const { t } = useTranslation("outbox");
  const { data, error, loading, refetch } = useQuery(EmailOutboxDocument, {
    variables: { first: 50 },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const retry = () => void refetch().catch(() => {});

  if (!data) {
    if (error && errorCode(error) === "FORBIDDEN") {
      return (
        <Alert tone="info" title={t("email.offTitle")}>
          {t("email.offText")}
        </Alert>
      );
    }
    if (error) return <AdminLoadError what={t("email.loadWhat")} error={error} onRetry={retry} retrying={loading} />;
    return <Spinner label={t("email.loading")} showLabel />;
  }

  const emails = data.emailOutbox;
  return (
    <>
      <div className="outbox__toolbar">
        <p className="outbox__lead">{t("email.lead")}</p>
        <Button variant="secondary" onClick={retry} loading={loading}>
          {t("refresh")}
        </Button>
      </div>
      {error && <AdminLoadError what={t("email.newest")} error={error} onRetry={retry} retrying={loading} />}
      {emails.length === 0 ? (
        <p className="admin-page__empty">{t("email.none")}</p>
      ) : (
        <ol className="email-list" aria-label={t("email.listLabel", { count: emails.length })} aria-busy={loading || undefined}>
          {emails.map((email) => (
            <li key={email.id}>
              <EmailItem email={email} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
