import { useQuery } from "@apollo/client/react";
import { Button, Spinner, Table } from "@mfa/ui";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../gql";
import type { MfaStatus } from "../../gql/graphql";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { MailboxRow } from "./MailboxRow";
import { plural, type ActionResult } from "./status";

export const MailboxesDocument = graphql(`
  query Mailboxes($domainId: ID!, $filter: MailboxFilter, $first: Int!, $after: String) {
    mailboxes(domainId: $domainId, filter: $filter, first: $first, after: $after) {
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
      }
    }
  }
`);

export const PAGE_SIZE = 25;

export interface MailboxTableProps {
  domainId: string;
  domainName: string;
  status: MfaStatus | null;
  search: string;
  onResult: (result: ActionResult) => void;
  onClearFilters: () => void;
}

/**
 * A page of a domain's mailboxes. Paging is by cursor: "Next" pushes the page's end cursor on a
 * stack, "Previous" pops it; another domain or filter starts again at the first page.
 */
export function MailboxTable({ domainId, domainName, status, search, onResult, onClearFilters }: MailboxTableProps) {
  const filterKey = `${domainId}|${status ?? ""}|${search}`;
  const [paging, setPaging] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = paging.key === filterKey ? paging.cursors : [];
  const after = cursors.at(-1) ?? null;
  const countRef = useRef<HTMLParagraphElement>(null);
  const [moved, setMoved] = useState(0);

  const { data, previousData, error, loading, refetch } = useQuery(MailboxesDocument, {
    variables: { domainId, filter: { mfaStatus: status, search: search || null }, first: PAGE_SIZE, after },
    fetchPolicy: "cache-and-network",
  });

  // After "Next" or "Previous", focus goes to the page summary, which says where the reader is.
  useEffect(() => {
    if (moved > 0 && data) countRef.current?.focus();
  }, [moved, data]);

  function go(next: string[]) {
    setPaging({ key: filterKey, cursors: next });
    setMoved((n) => n + 1);
  }

  const shown = data ?? previousData;
  if (!shown) {
    return error ? (
      <AdminLoadError what="The mailboxes" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <Spinner label="Loading the mailboxes" showLabel />
    );
  }

  const { nodes, totalCount, pageInfo } = shown.mailboxes;
  const filtered = status !== null || search !== "";
  const page = cursors.length + 1;
  const first = cursors.length * PAGE_SIZE + 1;
  const summary =
    totalCount === 0
      ? filtered
        ? "No mailboxes match"
        : "0 mailboxes"
      : `${plural(totalCount, "mailbox", "mailboxes")}${filtered ? " match" : ""}` +
        (nodes.length > 0 && (page > 1 || pageInfo.hasNextPage) ? ` · page ${page}, showing ${first}–${first + nodes.length - 1}` : "");

  return (
    <div className="mailboxes">
      <p ref={countRef} tabIndex={-1} className="admin-page__count" role="status">
        {summary}
        {loading && <Spinner size="small" decorative />}
      </p>
      {error && <AdminLoadError what="The mailboxes" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />}
      {nodes.length === 0 ? (
        filtered ? (
          <div className="admin-page__empty">
            <p>No mailbox of {domainName} matches these filters.</p>
            <Button variant="secondary" onClick={onClearFilters}>
              Clear filters
            </Button>
          </div>
        ) : (
          <p className="admin-page__empty">{totalCount === 0 ? `${domainName} has no mailboxes yet. Add one below.` : "No mailboxes on this page."}</p>
        )
      ) : (
        <Table caption={`Mailboxes of ${domainName}`} hideCaption busy={loading}>
          <thead>
            <tr>
              <th scope="col">Mailbox</th>
              <th scope="col">Name</th>
              <th scope="col">MFA status</th>
              <th scope="col">Devices</th>
              <th scope="col">Override</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((mailbox) => (
              <MailboxRow key={mailbox.id} mailbox={mailbox} domainName={domainName} onResult={onResult} onChanged={() => refetch()} />
            ))}
          </tbody>
        </Table>
      )}
      {(cursors.length > 0 || pageInfo.hasNextPage) && (
        <nav className="admin-page__pager" aria-label="Pages of mailboxes">
          <Button variant="secondary" onClick={() => go(cursors.slice(0, -1))} disabled={cursors.length === 0 || loading}>
            Previous
          </Button>
          <Button
            variant="secondary"
            onClick={() => pageInfo.endCursor && go([...cursors, pageInfo.endCursor])}
            disabled={!pageInfo.hasNextPage || !pageInfo.endCursor || loading}
          >
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
