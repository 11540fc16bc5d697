import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, Spinner, Table } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { Link } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { Trans, useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

export const NotEnrolledDocument = graphql(`
  query NotEnrolled($domainId: ID!, $first: Int!, $after: String) {
    mailboxes(domainId: $domainId, filter: { mfaStatus: NOT_ENROLLED }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

/** "Send reminder now": the bulk action's SEND_REMINDER, for one mailbox or every one not enrolled. */
export const SendReminderDocument = graphql(`
  mutation SendReminder($input: BulkMailboxActionInput!) {
    bulkMailboxAction(input: $input) {
      requested
      succeeded
      refused {
        userId
        username
        code
      }
    }
  }
`);

export const NOT_ENROLLED_PAGE = 10;

/** The refusals a reminder can meet, each worded in the catalog (`remind.refusal.<code>`, ":" written "_"). */
const REFUSALS = new Set(["CONFLICT:NO_DEADLINE", "CONFLICT:ENROLLED", "ALREADY_SENT"]);
const refusal = (code: string) => (REFUSALS.has(code) ? i18n.t(`admin-overview:remind.refusal.${code.replace(":", "_")}`) : code);

function outcome(answer: { requested: number; succeeded: number; refused: readonly { username?: string | null; code: string }[] }): { tone: "success" | "error"; text: string } {
  const sent = i18n.t("admin-overview:remind.sent", { count: answer.succeeded });
  if (answer.refused.length === 0) return { tone: "success", text: sent };
  const why = [...new Set(answer.refused.map((r) => refusal(r.code)))].join("; ");
  return { tone: "error", text: i18n.t("admin-overview:remind.notSent", { sent, count: answer.refused.length, why }) };
}

export interface NotEnrolledListProps {
  domainId: string;
  domainName: string;
  /** Whether the domain has a deadline reminders can name. */
  hasDeadline: boolean;
  /** After reminders went out (the dashboard counts them). */
  onSent: () => Promise<unknown> | void;
}

/** Who has not enrolled yet in a domain, a page at a time, with "Send reminder now" for one or all of them. */
export function NotEnrolledList({ domainId, domainName, hasDeadline, onSent }: NotEnrolledListProps) {
  const { t } = useTranslation("admin-overview");
  const [cursors, setCursors] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data, previousData, error, loading, refetch } = useQuery(NotEnrolledDocument, {
    variables: { domainId, first: NOT_ENROLLED_PAGE, after: cursors.at(-1) ?? null },
    fetchPolicy: "cache-and-network",
  });
  const [send, { loading: sending }] = useMutation(SendReminderDocument);

  async function remind(userIds: string[] | null) {
    setResult(null);
    try {
      const input = { domainId, action: "SEND_REMINDER" as const, ...(userIds ? { userIds } : { filter: { mfaStatus: "NOT_ENROLLED" as const } }) };
      const answer = await send({ variables: { input } });
      if (answer.data) setResult(outcome(answer.data.bulkMailboxAction));
      await onSent();
    } catch (failure) {
      setResult({ tone: "error", text: errorMessage(failure) });
    } finally {
      setAsking(false);
    }
  }

  const shown = data ?? previousData;
  if (!shown) {
    return error ? (
      <AdminLoadError what={t("remind.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <Spinner label={t("remind.loading")} showLabel />
    );
  }
  const { nodes, totalCount, pageInfo } = shown.mailboxes;
  const first = cursors.length * NOT_ENROLLED_PAGE + 1;
  const count = t("remind.count", { count: totalCount });

  return (
    <div className="not-enrolled">
      <div className="not-enrolled__head">
        <p className="admin-page__count" role="status">
          {totalCount === 0
            ? t("remind.allEnrolled", { domain: domainName })
            : nodes.length < totalCount
              ? t("remind.showing", { mailboxes: count, from: first, to: first + nodes.length - 1 })
              : t("remind.notEnrolled", { mailboxes: count })}
        </p>
        {totalCount > 0 && hasDeadline && (
          <Button onClick={() => setAsking(true)} loading={sending && asking}>
            {t("remind.sendNow")}
          </Button>
        )}
      </div>
      {!hasDeadline && totalCount > 0 && <p className="admin-page__hint">{t("remind.needsDeadline", { domain: domainName })}</p>}
      {result && (
        <Alert tone={result.tone} className="admin-page__notice">
          {result.text}
        </Alert>
      )}
      {nodes.length > 0 && (
        <Table caption={t("remind.caption", { domain: domainName })} hideCaption busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t("remind.mailbox")}</th>
              {hasDeadline && (
                <th scope="col">
                  <span className="ui-visually-hidden">{t("remind.reminder")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.id}>
                <td>
                  <Link to={`/admin/users/${encodeURIComponent(n.id)}`}>{n.username}</Link>
                  {n.displayName && <span className="not-enrolled__name">{n.displayName}</span>}
                </td>
                {hasDeadline && (
                  <td className="not-enrolled__action">
                    <Button variant="secondary" onClick={() => void remind([n.id])} disabled={sending}>
                      <Trans t={t} i18nKey="remind.remind" values={{ username: n.username }} components={{ 1: <span className="ui-visually-hidden" /> }} />
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {(cursors.length > 0 || pageInfo.hasNextPage) && (
        <div className="admin-page__pager">
          <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))} disabled={cursors.length === 0 || loading}>
            {t("remind.previous")}
          </Button>
          <Button variant="secondary" onClick={() => pageInfo.endCursor && setCursors([...cursors, pageInfo.endCursor])} disabled={!pageInfo.hasNextPage || loading}>
            {t("remind.next")}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={asking}
        title={t("remind.confirmTitle", { mailboxes: count })}
        confirmLabel={t("remind.confirmLabel", { mailboxes: count })}
        tone="primary"
        busy={sending}
        onConfirm={() => void remind(null)}
        onCancel={() => setAsking(false)}
      >
        <p>{t("remind.confirmText", { domain: domainName })}</p>
      </ConfirmDialog>
    </div>
  );
}
