import { Badge } from "@mfa/ui";
import { Fragment } from "react";
import type { AuditEventsQuery } from "../../gql/graphql";
import { formatTimestamp } from "../../lib/format";
import { Link } from "../../lib/router";
import { summariseDetail } from "./audit-format";

export type AuditEventRow = AuditEventsQuery["auditEvents"]["nodes"][number];

/** A person in the log: a link to them while they exist, their name or "—" otherwise. */
function Who({ id, username }: { id: string | null | undefined; username: string | null | undefined }) {
  if (id && username) return <Link to={`/admin/users/${encodeURIComponent(id)}`}>{username}</Link>;
  if (id) return <span className="admin-page__mono" title={id}>deleted user</span>;
  return <span aria-label="nobody">—</span>;
}

/** The actor: an API key (by name, linking to the keys) or a person. */
function Actor({ event }: { event: AuditEventRow }) {
  if (event.actorApiKeyName) {
    return (
      <Link to="/admin/api-keys" title={event.actorId ?? undefined}>
        API key “{event.actorApiKeyName}”
      </Link>
    );
  }
  return <Who id={event.actorId} username={event.actorUsername} />;
}

/** An action name that may wrap after its underscores only (MAILBOX_ / DELETED), never inside a word. */
function ActionName({ action }: { action: string }) {
  return action.split("_").map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          _<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/** One event: when, what, how it ended, who did it, to whom, and the facts. */
export function AuditRow({ event }: { event: AuditEventRow }) {
  const details = summariseDetail(event.detail ?? null, { action: event.action, targetUsername: event.targetUsername });
  return (
    <tr>
      <td className="audit__time">
        <time dateTime={event.createdAt}>{formatTimestamp(event.createdAt)}</time>
      </td>
      <th scope="row" className="audit__action">
        <ActionName action={event.action} />
      </th>
      <td>
        <Badge tone={event.outcome === "SUCCESS" ? "success" : "danger"}>{event.outcome === "SUCCESS" ? "Success" : "Failure"}</Badge>
      </td>
      <td>
        <Actor event={event} />
      </td>
      <td>
        <Who id={event.targetUserId} username={event.targetUsername} />
      </td>
      <td className="audit__details">
        {details}
        {event.ip && <span className="audit__ip">{details ? " · " : ""}from {event.ip}</span>}
      </td>
    </tr>
  );
}
