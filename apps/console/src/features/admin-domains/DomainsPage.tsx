import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, Spinner } from "@mfa/ui";
import { useMemo, useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import { usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { AddDomainForm } from "./AddDomainForm";
import { buildTree, flatten } from "./domain-tree";
import { DomainItem, DomainItemFragment } from "./DomainItem";
import "../admin-shared/admin.css";
import "./domains.css";
import { useTranslation } from "react-i18next";

/**
 * The account's domains, five levels deep (a GraphQL query cannot recurse); the level below
 * only counts what is there.
 */
export const DomainsPageDocument = graphql(`
  query DomainsPage {
    domains {
      id
      ...DomainItem_domain
      children {
        id
        ...DomainItem_domain
        children {
          id
          ...DomainItem_domain
          children {
            id
            ...DomainItem_domain
            children {
              id
              ...DomainItem_domain
              children {
                id
              }
            }
          }
        }
      }
    }
  }
`);

/** Admin › Domains: the tree with each domain's policy and coverage, the policy change, new domains. */
export function DomainsPage() {
  const { t } = useTranslation("admin-domains");
  const headingRef = usePage(t("title"));
  const { data, error, loading, refetch } = useQuery(DomainsPageDocument, { fetchPolicy: "cache-and-network" });
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const tree = useMemo(() => (data ? buildTree(data.domains, (level) => getFragmentData(DomainItemFragment, level)) : []), [data]);
  const all = useMemo(() => flatten(tree), [tree]);

  const header = (
    <PageHeader
      headingRef={headingRef}
      title={t("title")}
      description={t("description")}
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <AdminLoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )}
      </div>
    );
  }

  return (
    <div className="admin-page">
      {header}
      {message && (
        <Alert tone="success" className="admin-page__notice">
          <p>{message}</p>
          <Button variant="secondary" onClick={() => setMessage(null)}>
            {t("dismiss")}
          </Button>
        </Alert>
      )}
      {tree.length === 0 ? (
        <p className="admin-page__empty">{t("empty")}</p>
      ) : (
        <ul className="domain-tree" aria-label={t("treeLabel")}>
          {tree.map((node) => (
            <DomainItem
              key={node.domain.id}
              node={node}
              openId={openId}
              onOpen={(id) => {
                setOpenId(id);
                if (id) setMessage(null);
              }}
              onSaved={setMessage}
            />
          ))}
        </ul>
      )}
      <AddDomainForm domains={all} onAdded={setMessage} />
    </div>
  );
}
