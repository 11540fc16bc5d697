import { Badge } from "@mfa/ui";
import type { AuditEventsQuery } from "../../gql/graphql";
import { formatTimestamp } from "../../lib/format";
import { Link } from "../../lib/router";
import { auditActionLabel, isAuditAction } from "./audit-actions";
import { AUDIT_ACTION_CATEGORY, auditCategoryLabel } from "./audit-categories";
import { detailFields } from "./audit-format";
import { useTranslation } from "react-i18next";

export type AuditEventRow = AuditEventsQuery["auditEvents"]["nodes"][number];

/** A person in the log: a link to them while they exist, their name or "—" otherwise. */
function Who({ id, username }: { id: string | null | undefined; username: string | null | undefined }) {
  const { t } = useTranslation("admin-audit");
  if (id && username) return <Link to={`/admin/users/${encodeURIComponent(id)}`}>{username}</Link>;
  if (id) return <span className="admin-page__mono" title={id}>{t("deletedUser")}</span>;
  return <span aria-label={t("nobody")}>—</span>;
}

/** The actor: an API key (by name, linking to the keys) or a person. */
function Actor({ event }: { event: AuditEventRow }) {
  const { t } = useTranslation("admin-audit");
  if (event.actorApiKeyName) {
    return (
      <Link to="/admin/api-keys" title={event.actorId ?? undefined}>
        {t("apiKey", { name: event.actorApiKeyName })}
      </Link>
    );
  }
  return <Who id={event.actorId} username={event.actorUsername} />;
}

/** One event: when, what (in words, with its group; the stable name for tools and on hover), how it ended, who did it, to whom, and the facts. */
export function AuditRow({ event }: { event: AuditEventRow }) {
  const { t } = useTranslation("admin-audit");
  const fields = detailFields(event.detail ?? null, { action: event.action, targetUsername: event.targetUsername });
  const known = isAuditAction(event.action);
  return (
    <tr>
      <td className="audit__time">
        <time dateTime={event.createdAt}>{formatTimestamp(event.createdAt)}</time>
      </td>
      <th scope="row" className="audit__action" title={event.action}>
        <span className="audit__label">{known ? auditActionLabel(event.action) : event.action}</span>
        {known && (
          <span className="audit__category">
            {auditCategoryLabel(AUDIT_ACTION_CATEGORY[event.action])}
            <span className="ui-visually-hidden"> ({event.action})</span>
          </span>
        )}
      </th>
      <td>
        <Badge tone={event.outcome === "SUCCESS" ? "success" : "danger"}>{event.outcome === "SUCCESS" ? t("success") : t("failure")}</Badge>
      </td>
      <td>
        <Actor event={event} />
      </td>
      <td>
        <Who id={event.targetUserId} username={event.targetUsername} />
      </td>
      <td className="audit__details">
        {(fields.length > 0 || event.ip) && (
          <dl className="audit__fields">
            {fields.map((field, index) => (
              <div key={index}>
                <dt>{field.label}:</dt> <dd>{field.value}</dd>
              </div>
            ))}
            {event.ip && (
              <div className="audit__ip">
                <dt>{t("from")}</dt> <dd>{event.ip}</dd>
              </div>
            )}
          </dl>
        )}
      </td>
    </tr>
  );
}
