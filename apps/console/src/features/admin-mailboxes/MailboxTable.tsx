import { useQuery } from "@apollo/client/react";
import { Button, Spinner, Table } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { SortHeader } from "../admin-shared/SortHeader";
import { BulkActions } from "./BulkActions";
import type { MailboxView } from "./mailbox-view";
import { MailboxRow } from "./MailboxRow";
import { counted, type ActionResult } from "./status";
import { useTranslation } from "react-i18next";

export const MailboxesDocument = graphql(`
  query Mailboxes($domainId: ID, $filter: MailboxFilter, $first: Int!, $after: String, $sort: MailboxSortInput) {
    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        mfaStatus
        devices
        mfaOverride
        lockedAt
        domainId
        domainName
      }
    }
  }
`);

export const PAGE_SIZE = 25;

export interface MailboxTableProps {
  /** One domain, or null for every domain of the account (a Domain column, no bulk actions). */
  domainId: string | null;
  domainName: string;
  view: MailboxView;
  /** Shows another page or sort (in the address). */
  onView: (changes: Partial<MailboxView>) => void;
  onResult: (result: ActionResult) => void;
  onClearFilters: () => void;
}

/**
 * A page of the mailboxes. Paging is by cursor: "Next" pushes the page's end cursor on the stack the address
 * holds, "Previous" pops it; another domain, filter or sort starts again at the first page.
 */
export function MailboxTable({ domainId, domainName, view, onView, onResult, onClearFilters }: MailboxTableProps) {
  const { t } = useTranslation("admin-mailboxes");
  const { status, search, sort, cursors } = view;
  const filterKey = `${domainId ?? "all"}|${status ?? ""}|${search}|${sort.field}|${sort.direction}`;
  const after = cursors.at(-1) ?? null;
  const countRef = useRef<HTMLParagraphElement>(null);
  const [moved, setMoved] = useState(0);
  // The selection belongs to one domain and filter: ids picked row by row, or "all matching".
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string>; all: boolean }>({ key: filterKey, ids: new Set(), all: false });
  const current = selection.key === filterKey ? selection : { key: filterKey, ids: new Set<string>(), all: false };
  const select = (ids: ReadonlySet<string>, all = false) => setSelection({ key: filterKey, ids, all });

  const { data, previousData, error, loading, refetch } = useQuery(MailboxesDocument, {
    variables: { domainId, filter: { mfaStatus: status, search: search || null }, first: PAGE_SIZE, after, sort },
    fetchPolicy: "cache-and-network",
  });

  // After "Next" or "Previous", focus goes to the page summary, which says where the reader is.
  useEffect(() => {
    if (moved > 0 && data) countRef.current?.focus();
  }, [moved, data]);

  function go(next: string[]) {
    onView({ cursors: next });
    setMoved((n) => n + 1);
  }
  const sortBy = (next: MailboxView["sort"]) => onView({ sort: next, cursors: [] });

  const shown = data ?? previousData;
  if (!shown) {
    return error ? (
      <AdminLoadError what={t("table.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <Spinner label={t("table.loading")} showLabel />
    );
  }

  const { nodes, totalCount, pageInfo } = shown.mailboxes;
  const pageSelected = nodes.length > 0 && nodes.every((n) => current.all || current.ids.has(n.id));
  const selectedCount = current.all ? totalCount : current.ids.size;
  function toggle(id: string, on: boolean) {
    const next = new Set(current.all ? nodes.map((n) => n.id) : current.ids);
    if (on) next.add(id);
    else next.delete(id);
    select(next);
  }
  const filtered = status !== null || search !== "";
  const page = cursors.length + 1;
  const first = cursors.length * PAGE_SIZE + 1;
  const pageSummary = (count: string) =>
    nodes.length > 0 && (page > 1 || pageInfo.hasNextPage) ? t("table.page", { summary: count, page, from: first, to: first + nodes.length - 1 }) : count;
  const summary =
    totalCount === 0
      ? filtered
        ? t("table.noMatch")
        : t("table.zero")
      : pageSummary(filtered ? t("table.match", { mailboxes: counted(totalCount, "mailbox") }) : counted(totalCount, "mailbox"));

  return (
    <div className="mailboxes">
      <p ref={countRef} tabIndex={-1} className="admin-page__count" role="status">
        {summary}
        {loading && <Spinner size="small" decorative />}
      </p>
      {error && <AdminLoadError what={t("table.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />}
      {domainId !== null && selectedCount > 0 && (
        <BulkActions
          domainId={domainId}
          userIds={current.all ? null : [...current.ids]}
          count={selectedCount}
          filter={{ mfaStatus: status, search: search || null }}
          onResult={onResult}
          onDone={() => {
            select(new Set());
            return refetch();
          }}
        />
      )}
      {domainId !== null && pageSelected && !current.all && totalCount > nodes.length && (
        <p className="admin-page__hint">
          {t("table.pageSelected", { count: nodes.length })}{" "}
          <Button variant="secondary" onClick={() => select(new Set(), true)}>
            {t(filtered ? "table.selectAllMatching" : "table.selectAll", { mailboxes: counted(totalCount, "mailbox") })}
          </Button>
        </p>
      )}
      {nodes.length === 0 ? (
        filtered ? (
          <div className="admin-page__empty">
            <p>{t("table.noneMatch", { domain: domainName })}</p>
            <Button variant="secondary" onClick={onClearFilters}>
              {t("table.clearFilters")}
            </Button>
          </div>
        ) : (
          <p className="admin-page__empty">{totalCount === 0 ? t("table.noneYet", { domain: domainName }) : t("table.nonePage")}</p>
        )
      ) : (
        <Table caption={t("table.caption", { domain: domainName })} hideCaption busy={loading}>
          <thead>
            <tr>
              {domainId !== null && (
                <th scope="col" className="mailboxes__select">
                  <span className="ui-visually-hidden">{t("table.select")}</span>
                  <input
                    type="checkbox"
                    aria-label={t("table.selectPage")}
                    checked={pageSelected}
                    onChange={(event) => select(event.currentTarget.checked ? new Set(nodes.map((n) => n.id)) : new Set())}
                  />
                </th>
              )}
              <SortHeader field="ADDRESS" sort={sort} onSort={sortBy}>
                {t("table.mailbox")}
              </SortHeader>
              {domainId === null && <th scope="col">{t("table.domain")}</th>}
              <SortHeader field="NAME" sort={sort} onSort={sortBy}>
                {t("table.name")}
              </SortHeader>
              <th scope="col">{t("table.status")}</th>
              <SortHeader field="DEVICES" sort={sort} firstDirection="DESC" onSort={sortBy}>
                {t("table.devices")}
              </SortHeader>
              <th scope="col">{t("table.override")}</th>
              <th scope="col">{t("table.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((mailbox) => (
              <MailboxRow
                key={mailbox.id}
                mailbox={mailbox}
                domainName={mailbox.domainName}
                showDomain={domainId === null}
                onResult={onResult}
                onChanged={() => refetch()}
                selected={current.all || current.ids.has(mailbox.id)}
                onSelect={(on) => toggle(mailbox.id, on)}
              />
            ))}
          </tbody>
        </Table>
      )}
      {(cursors.length > 0 || pageInfo.hasNextPage) && (
        <nav className="admin-page__pager" aria-label={t("table.pages")}>
          <Button variant="secondary" onClick={() => go(cursors.slice(0, -1))} disabled={cursors.length === 0 || loading}>
            {t("table.previous")}
          </Button>
          <Button
            variant="secondary"
            onClick={() => pageInfo.endCursor && go([...cursors, pageInfo.endCursor])}
            disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || loading}
          >
            {t("table.next")}
          </Button>
        </nav>
      )}
    </div>
  );
}
