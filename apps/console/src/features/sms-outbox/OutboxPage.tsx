import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, Spinner, Table } from "@mfa/ui";
import { graphql } from "../../gql";
import { formatTimestamp } from "../../lib/format";
import { errorCode } from "../../lib/graphql-errors";
import { usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import "../admin-shared/admin.css";
import "./sms-outbox.css";

const OutboxPageDocument = graphql(`
  query OutboxPage($first: Int!) {
    smsOutbox(first: $first) {
      id
      to
      body
      createdAt
    }
  }
`);

/**
 * Admin › SMS outbox: with the outbox sender (development, no SMS provider), the texts sent to the
 * account's users are kept here, newest first, so the product can be tried without a phone. The
 * only place the console shows texts: never during sign-in or to the user waiting for one.
 */
export function OutboxPage() {
  const headingRef = usePage("SMS outbox");
  const { data, error, loading, refetch } = useQuery(OutboxPageDocument, {
    variables: { first: 50 },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });

  const header = (
    <PageHeader
      headingRef={headingRef}
      title="SMS outbox"
      description="No SMS provider is configured: texts to your account’s users are kept here instead of being sent, with their numbers masked. Keep this page open in a second tab to read a code as the phone would."
      actions={
        <Button variant="secondary" onClick={() => void refetch().catch(() => {})} loading={loading && Boolean(data)}>
          Refresh
        </Button>
      }
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error && errorCode(error) === "FORBIDDEN" ? (
          <Alert tone="info" title="The SMS outbox is off">
            Texts go to a real SMS provider, so there is nothing to show here.
          </Alert>
        ) : error ? (
          <AdminLoadError what="The SMS outbox" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the SMS outbox" showLabel />
        )}
      </div>
    );
  }

  const messages = data.smsOutbox;
  return (
    <div className="admin-page">
      {header}
      {messages.length === 0 ? (
        <p className="admin-page__empty">No texts yet. They appear here when someone adds a phone or signs in with one.</p>
      ) : (
        <Table caption={`The last ${messages.length} text${messages.length === 1 ? "" : "s"}, newest first`} busy={loading}>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">To</th>
              <th scope="col">Message</th>
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
    </div>
  );
}
