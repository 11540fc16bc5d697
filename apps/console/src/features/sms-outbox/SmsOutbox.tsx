import { useQuery } from "@apollo/client/react";
import { Table } from "@mfa/ui";
import { useTranslation } from "react-i18next";
import { graphql } from "../../gql";
import { formatTimestamp } from "../../lib/format";
import { OutboxTab } from "../outbox/OutboxTab";
import "./sms-outbox.css";

export const SmsOutboxDocument = graphql(`
  query SmsOutbox($first: Int!) {
    smsOutbox(first: $first) {
      id
      to
      body
      createdAt
    }
  }
`);

/**
 * The texts tab of the Outbox page: with the outbox sender (development, no SMS provider), the
 * texts sent to the account's users are kept here, newest first, so the product can be tried
 * without a phone. The only place the console shows texts: never during sign-in or to the user
 * waiting for one.
 */
export function SmsOutbox() {
  const { t } = useTranslation("outbox");
  const { data, error, loading, refetch } = useQuery(SmsOutboxDocument, {
    variables: { first: 50 },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const texts = {
    offTitle: t("sms.offTitle"),
    offText: t("sms.offText"),
    loadWhat: t("sms.loadWhat"),
    loading: t("sms.loading"),
    lead: t("sms.lead"),
    newest: t("sms.newest"),
    none: t("sms.none"),
  };
  return (
    <OutboxTab texts={texts} messages={data?.smsOutbox} error={error} loading={loading} retry={() => void refetch().catch(() => {})}>
      {(messages) => (
        <Table caption={t("sms.caption", { count: messages.length })} busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t("sms.time")}</th>
              <th scope="col">{t("sms.to")}</th>
              <th scope="col">{t("sms.message")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id}>
                <td className="outbox__time">
                  <time dateTime={message.createdAt}>{formatTimestamp(message.createdAt)}</time>
                </td>
                <td className="outbox__to">{message.to}</td>
                <td className="outbox__body">{message.body}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </OutboxTab>
  );
}
