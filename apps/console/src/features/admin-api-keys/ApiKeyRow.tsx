import { Badge, Button } from "@mfa/ui";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { formatDate, formatDateTime } from "../../lib/format";
import { domainsSummary, scopeLabel, statusLabel } from "./api-key-format";
import { Trans, useTranslation } from "react-i18next";

export const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    prefix
    scope
    status
    domains {
      id
      name
    }
    createdAt
    createdByUsername
    lastUsedAt
    lastUsedIp
    expiresAt
    revokedAt
  }
`);

const STATUS_TONE = { ACTIVE: "success", EXPIRED: "warning", REVOKED: "danger" } as const;

export interface ApiKeyRowProps {
  apiKey: FragmentType<typeof ApiKeyRowFragment>;
  onRevoke: (key: { id: string; name: string }) => void;
}

/** One key: what it is, what it may do, who made it, when it was last used, and whether it still works. */
export function ApiKeyRow(props: ApiKeyRowProps) {
  const { t } = useTranslation("admin-api-keys");
  const key = getFragmentData(ApiKeyRowFragment, props.apiKey);
  return (
    <tr>
      <th scope="row" className="api-keys__name">
        <span>{key.name}</span>
        <span className="admin-page__mono api-keys__prefix">{key.prefix}…</span>
      </th>
      <td>
        <Badge tone={key.scope === "ADMIN" ? "accent" : "neutral"}>{scopeLabel(key.scope)}</Badge>
      </td>
      <td className="api-keys__domains">{domainsSummary(key.domains)}</td>
      <td>
        <time dateTime={key.createdAt}>{formatDate(key.createdAt)}</time>
        <span className="api-keys__sub">{t("row.by", { username: key.createdByUsername })}</span>
      </td>
      <td>
        {key.lastUsedAt ? (
          <>
            <time dateTime={key.lastUsedAt}>{formatDateTime(key.lastUsedAt)}</time>
            {key.lastUsedIp && <span className="api-keys__sub admin-page__mono">{key.lastUsedIp}</span>}
          </>
        ) : (
          <span className="api-keys__sub">{t("row.never")}</span>
        )}
      </td>
      <td>
        <Badge tone={STATUS_TONE[key.status]}>{statusLabel(key.status)}</Badge>
        <span className="api-keys__sub">
          {key.status === "REVOKED" && key.revokedAt ? (
            <Trans t={t} i18nKey="row.on" values={{ date: formatDate(key.revokedAt) }} components={{ 1: <time dateTime={key.revokedAt} /> }} />
          ) : (
            <Trans
              t={t}
              i18nKey={key.status === "EXPIRED" ? "row.on" : "row.until"}
              values={{ date: formatDate(key.expiresAt) }}
              components={{ 1: <time dateTime={key.expiresAt} /> }}
            />
          )}
        </span>
      </td>
      <td>
        {key.status === "ACTIVE" && (
          <Button variant="secondary" className="api-keys__revoke" aria-label={t("row.revokeLabel", { name: key.name })} onClick={() => props.onRevoke({ id: key.id, name: key.name })}>
            {t("revoke")}
          </Button>
        )}
      </td>
    </tr>
  );
}
