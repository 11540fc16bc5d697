import { useQuery } from "@apollo/client/react";
import { Alert, Button, Spinner, Table } from "@mfa/ui";
import { graphql } from "../../gql";
import { formatTimestamp } from "../../lib/format";
import { errorCode } from "../../lib/graphql-errors";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import "./sms-outbox.css";
import { useTranslation } from "react-i18next";

const SmsOutboxDocument = graphql(`
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
  const retry = () => void refetch().catch(() => {});

  if (!data) {
    if (error && errorCode(error) === "FORBIDDEN") {
      return (
        <Alert tone="info" title={t("sms.offTitle")}>
          {t("sms.offText")}
        </Alert>
      );
    }
    if (error) return <AdminLoadError what={t("sms.loadWhat")} error={error} onRetry={retry} retrying={loading} />;
    return <Spinner label={t("sms.loading")} showLabel />;
  }

  const messages = data.smsOutbox;
  return (
    <>
      <div className="outbox__toolbar">
        <p className="outbox__lead">{t("sms.lead")}</p>
        <Button variant="secondary" onClick={retry} loading={loading}>
          {t("refresh")}
        </Button>
      </div>
      {messages.length === 0 ? (
        <p className="admin-page__empty">{t("sms.none")}</p>
      ) : (
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
    </>
  );
}
