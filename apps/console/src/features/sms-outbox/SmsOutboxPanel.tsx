import { useQuery } from "@apollo/client/react";
import { Button } from "@mfa/ui";
import { useEffect } from "react";
import { graphql } from "../../gql";
import { formatTime } from "../../lib/format";
import "./sms-outbox.css";

export const SmsOutboxDocument = graphql(`
  query SmsOutbox($first: Int!, $challengeId: String) {
    smsOutbox(first: $first, challengeId: $challengeId) {
      id
      to
      body
      status
      createdAt
    }
  }
`);

export interface SmsOutboxPanelProps {
  /** During sign-in (no session yet): the login challenge whose texts to list. */
  challengeId?: string;
  /** Change it after sending a text to list the new one. */
  refreshKey?: number;
}

/**
 * The texts the service kept instead of sending them (demo mode, no SMS provider). Hidden when
 * the service answers FORBIDDEN (a real provider is configured) or anything else goes wrong.
 */
export function SmsOutboxPanel({ challengeId, refreshKey = 0 }: SmsOutboxPanelProps) {
  const { data, refetch, loading } = useQuery(SmsOutboxDocument, {
    variables: { first: 5, challengeId: challengeId ?? null },
    fetchPolicy: "network-only",
  });

  useEffect(() => {
    if (refreshKey > 0) refetch().catch(() => {});
  }, [refreshKey, refetch]);

  if (!data) return null;
  const messages = data.smsOutbox;
  return (
    <details className="sms-outbox" onToggle={(event) => event.currentTarget.open && refetch().catch(() => {})}>
      <summary className="sms-outbox__summary">Demo SMS outbox</summary>
      <p className="sms-outbox__intro">
        No SMS provider is configured, so texts are kept here instead of being sent.
      </p>
      {messages.length === 0 ? (
        <p className="sms-outbox__empty">No texts yet.</p>
      ) : (
        <ul className="sms-outbox__list">
          {messages.map((message) => (
            <li key={message.id} className="sms-outbox__message">
              <span className="sms-outbox__meta">
                To {message.to} · {formatTime(message.createdAt)}
              </span>
              <span className="sms-outbox__body">{message.body}</span>
            </li>
          ))}
        </ul>
      )}
      <Button variant="secondary" onClick={() => refetch().catch(() => {})} loading={loading}>
        Refresh
      </Button>
    </details>
  );
}
