import { Badge, Button } from "@mfa/ui";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { formatDate, formatDateTime } from "../../lib/format";
import { domainsSummary, SCOPE_LABEL, STATUS_LABEL } from "./api-key-format";

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
  const key = getFragmentData(ApiKeyRowFragment, props.apiKey);
  return (
    <tr>
      <th scope="row" className="api-keys__name">
        <span>{key.name}</span>
        <span className="admin-page__mono api-keys__prefix">{key.prefix}…</span>
      </th>
      <td>
        <Badge tone={key.scope === "ADMIN" ? "accent" : "neutral"}>{SCOPE_LABEL[key.scope]}</Badge>
      </td>
      <td className="api-keys__domains">{domainsSummary(key.domains)}</td>
      <td>
        <time dateTime={key.createdAt}>{formatDate(key.createdAt)}</time>
        <span className="api-keys__sub">by {key.createdByUsername}</span>
      </td>
      <td>
        {key.lastUsedAt ? (
          <>
            <time dateTime={key.lastUsedAt}>{formatDateTime(key.lastUsedAt)}</time>
            {key.lastUsedIp && <span className="api-keys__sub admin-page__mono">{key.lastUsedIp}</span>}
          </>
        ) : (
          <span className="api-keys__sub">Never</span>
        )}
      </td>
      <td>
        <Badge tone={STATUS_TONE[key.status]}>{STATUS_LABEL[key.status]}</Badge>
        <span className="api-keys__sub">
          {key.status === "REVOKED" && key.revokedAt ? (
            <>
              on <time dateTime={key.revokedAt}>{formatDate(key.revokedAt)}</time>
            </>
          ) : (
            <>
              {key.status === "EXPIRED" ? "on" : "until"} <time dateTime={key.expiresAt}>{formatDate(key.expiresAt)}</time>
            </>
          )}
        </span>
      </td>
      <td>
        {key.status === "ACTIVE" && (
          <Button variant="secondary" className="api-keys__revoke" aria-label={`Revoke ${key.name}`} onClick={() => props.onRevoke({ id: key.id, name: key.name })}>
            Revoke
          </Button>
        )}
      </td>
    </tr>
  );
}
