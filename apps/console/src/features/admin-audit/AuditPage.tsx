import { useQuery } from "@apollo/client/react";
import { Button, PageHeader, Spinner, Table } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { isAuditAction } from "./audit-actions";
import { AuditFilters } from "./AuditFilters";
import { AuditRow } from "./AuditRow";
import "../admin-shared/admin.css";
import "./audit.css";

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        outcome
        createdAt
        actorId
        actorUsername
        actorApiKeyName
        targetUserId
        targetUsername
        detail
        ip
      }
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;

/** Admin › Audit log: newest first, filtered by action and user, more on request. */
export function AuditPage() {
  const headingRef = usePage("Audit log");
  const params = useSearchParams();
  // An address naming no known action (an old link) shows every action.
  const actionParam = params.get("action");
  const action = isAuditAction(actionParam) ? actionParam : null;
  const userId = params.get("user") ?? "";
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const countRef = useRef<HTMLParagraphElement>(null);

  const filter = action || userId ? { action, userId: userId || null } : null;
  const { data, error, loading, refetch, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE, after: null },
    fetchPolicy: "cache-and-network",
  });

  useEffect(() => setMoreError(null), [action, userId]);

  async function loadMore(after: string) {
    setMoreError(null);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditEvents: {
            ...fetchMoreResult.auditEvents,
            nodes: [...previous.auditEvents.nodes, ...fetchMoreResult.auditEvents.nodes],
          },
        }),
      });
      countRef.current?.focus();
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  const events = data?.auditEvents;
  return (
    <div className="admin-page">
      <PageHeader
        headingRef={headingRef}
        title="Audit log"
        description="Every sign-in decision, lockout, unlock, reset, policy change and device change in your account. Never a code, secret or password."
      />
      <AuditFilters action={action} userId={userId} onApply={(next) => setSearchParams({ action: next.action, user: next.userId })} />
      {!events ? (
        error ? (
          <AdminLoadError what="The audit log" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the audit log" showLabel />
        )
      ) : (
        <div className="audit">
          <p ref={countRef} tabIndex={-1} className="admin-page__count" role="status">
            {events.totalCount === 0
              ? filter
                ? "No events match these filters"
                : "No events yet"
              : `${events.nodes.length} of ${events.totalCount} event${events.totalCount === 1 ? "" : "s"} shown`}
          </p>
          {events.nodes.length > 0 && (
            <Table caption="Audit events, newest first" hideCaption busy={loading}>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Action</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Actor</th>
                  <th scope="col">Target</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {events.nodes.map((event) => (
                  <AuditRow key={event.id} event={event} />
                ))}
              </tbody>
            </Table>
          )}
          {moreError !== null && <p className="audit__error" role="alert">{errorMessage(moreError)}</p>}
          {events.pageInfo.hasNextPage && events.pageInfo.endCursor && (
            <div>
              <Button variant="secondary" onClick={() => events.pageInfo.endCursor && void loadMore(events.pageInfo.endCursor)} loading={loadingMore}>
                Load more
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
