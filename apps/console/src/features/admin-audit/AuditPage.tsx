import { useQuery } from "@apollo/client/react";
import { Button, PageHeader, Spinner, Table } from "@mfa/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { Link, setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { SortHeader } from "../admin-shared/SortHeader";
import { auditExportHref, auditFilterOf, auditViewParams, isFiltered, readAuditView, type AuditView } from "./audit-view";
import { AuditFilters } from "./AuditFilters";
import { AuditRow } from "./AuditRow";
import "../admin-shared/admin.css";
import "./audit.css";
import { Trans, useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String, $sort: AuditSortInput) {
    auditEvents(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      totalCountIsLowerBound
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

/** The address of the user a filter names, for the user field and the "their page" link. */
export const AuditUserNameDocument = graphql(`
  query AuditUserName($id: ID!) {
    user(id: $id) {
      id
      username
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;
/** The most events one CSV download holds (the service's cap). */
const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * Admin › Audit log: newest first (or sorted by action or outcome), filtered by user, domain, action, outcome and
 * days, all in the address; more on request; the filtered set downloads as CSV.
 */
export function AuditPage() {
  const { t } = useTranslation("admin-audit");
  const headingRef = usePage(t("title"));
  const params = useSearchParams();
  const view = useMemo(() => readAuditView(params), [params]);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const countRef = useRef<HTMLParagraphElement>(null);
  const filtered = isFiltered(view);
  const filter = filtered ? auditFilterOf(view) : null;

  const { data, error, loading, refetch, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { filter, first: AUDIT_PAGE_SIZE, after: null, sort: view.sort },
    fetchPolicy: "cache-and-network",
  });
  const named = useQuery(AuditUserNameDocument, { variables: { id: view.userId }, skip: !view.userId });
  const username = view.userId ? (named.data?.user.username ?? null) : null;

  useEffect(() => setMoreError(null), [params]);

  /** A new view is a new history entry: the back button returns to the one before. */
  const show = (next: AuditView) => setSearchParams(auditViewParams(next), { push: true });

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
  const total = events ? `${formatNumber(events.totalCount)}${events.totalCountIsLowerBound ? "+" : ""}` : "";
  const sortBy = (sort: AuditView["sort"]) => show({ ...view, sort });
  return (
    <div className="admin-page">
      <PageHeader
        headingRef={headingRef}
        title={t("title")}
        description={t("description")}
      />
      <AuditFilters applied={view} appliedUsername={username} onApply={(next) => show({ ...next, sort: view.sort })} />
      {view.userId && username && (
        <p className="admin-page__hint">
          <Trans t={t} i18nKey="eventsOf" values={{ username }} components={{ 1: <Link to={`/admin/users/${encodeURIComponent(view.userId)}`} /> }} />
        </p>
      )}
      {!events ? (
        error ? (
          <AdminLoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )
      ) : (
        <div className="audit">
          <p ref={countRef} tabIndex={-1} className="admin-page__count" role="status">
            {events.totalCount === 0
              ? filter
                ? t("noMatch")
                : t("none")
              : t("shown", { shown: formatNumber(events.nodes.length), total, count: events.totalCount })}
          </p>
          {events.totalCount > 0 && (
            <p className="admin-page__hint audit__export">
              <a className="ui-button ui-button--secondary" href={auditExportHref(view)} download="audit-log.csv">
                {filter ? t("downloadFiltered") : t("download")}
              </a>{" "}
              {events.totalCountIsLowerBound || events.totalCount > AUDIT_EXPORT_LIMIT
                ? t("exportLimit", { limit: formatNumber(AUDIT_EXPORT_LIMIT) })
                : t("exportAll")}
            </p>
          )}
          {events.nodes.length > 0 && (
            <Table caption={t("caption")} hideCaption busy={loading}>
              <thead>
                <tr>
                  <SortHeader field="TIME" sort={view.sort} firstDirection="DESC" onSort={sortBy}>
                    {t("col.time")}
                  </SortHeader>
                  <SortHeader field="ACTION" sort={view.sort} onSort={sortBy}>
                    {t("col.action")}
                  </SortHeader>
                  <SortHeader field="OUTCOME" sort={view.sort} onSort={sortBy}>
                    {t("col.outcome")}
                  </SortHeader>
                  <th scope="col">{t("col.actor")}</th>
                  <th scope="col">{t("col.target")}</th>
                  <th scope="col">{t("col.details")}</th>
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
                {t("loadMore")}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
