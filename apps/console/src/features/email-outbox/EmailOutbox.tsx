import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { graphql } from "../../gql";
import { OutboxTab } from "../outbox/OutboxTab";
import { EmailItem } from "./EmailItem";
import "./email-outbox.css";

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
  const texts = {
    offTitle: t("email.offTitle"),
    offText: t("email.offText"),
    loadWhat: t("email.loadWhat"),
    loading: t("email.loading"),
    lead: t("email.lead"),
    newest: t("email.newest"),
    none: t("email.none"),
  };
  return (
    <OutboxTab texts={texts} messages={data?.emailOutbox} error={error} loading={loading} retry={() => void refetch().catch(() => {})}>
      {(emails) => (
        <ol className="email-list" aria-label={t("email.listLabel", { count: emails.length })} aria-busy={loading || undefined}>
          {emails.map((email) => (
            <li key={email.id}>
              <EmailItem email={email} />
            </li>
          ))}
        </ol>
      )}
    </OutboxTab>
  );
}
