import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, Spinner } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql } from "../../gql";
import { setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { CreateEndpointForm } from "./CreateEndpointForm";
import { DeliveryLog } from "./DeliveryLog";
import { EndpointItem, WebhookEndpointFragment } from "./EndpointItem";
import { SecretNotice } from "./SecretNotice";
import "../admin-shared/admin.css";
import "./webhooks.css";
import { useTranslation } from "react-i18next";

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      id
      ...WebhookEndpoint_endpoint
    }
  }
`);

type Result = { tone: "success" | "error"; text: string };

/** Admin › Webhooks: the account's endpoints, adding one (its secret shown once), and each one's delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation("admin-webhooks");
  const headingRef = usePage(t("title"));
  const params = useSearchParams();
  const selectedId = params.get("endpoint");
  const { data, error, loading, refetch } = useQuery(WebhookEndpointsDocument, { fetchPolicy: "cache-and-network" });
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string; rotated: boolean } | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  const endpoints = data?.webhookEndpoints.map((e) => ({ ref: e, view: getFragmentData(WebhookEndpointFragment, e) })) ?? [];
  const selected = endpoints.find((e) => e.view.id === selectedId)?.view ?? null;

  return (
    <div className="admin-page webhooks">
      <PageHeader
        headingRef={headingRef}
        title={t("title")}
        description={t("description")}
        actions={
          !adding && (
            <Button
              onClick={() => {
                setAdding(true);
                setResult(null);
              }}
            >
              {t("add")}
            </Button>
          )
        }
      />
      {secret && <SecretNotice url={secret.url} secret={secret.secret} rotated={secret.rotated} onDone={() => setSecret(null)} />}
      {result && (
        <Alert tone={result.tone} className="admin-page__notice">
          <p>{result.text}</p>
          <Button variant="secondary" onClick={() => setResult(null)}>
            {t("dismiss")}
          </Button>
        </Alert>
      )}
      {adding && (
        <CreateEndpointForm
          onCreated={(created) => {
            setAdding(false);
            setSecret({ ...created, rotated: false });
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {!data ? (
        error ? (
          <AdminLoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )
      ) : endpoints.length === 0 ? (
        !adding && <p className="admin-page__empty">{t("none")}</p>
      ) : (
        <ul className="webhooks__list" aria-label={t("listLabel")}>
          {endpoints.map(({ ref, view }) => (
            <EndpointItem
              key={view.id}
              endpoint={ref}
              selected={view.id === selectedId}
              onShowLog={(id) => setSearchParams({ endpoint: id === selectedId ? null : id })}
              onRotated={(rotated) => setSecret({ ...rotated, rotated: true })}
              onDeleted={(url) => {
                if (view.id === selectedId) setSearchParams({ endpoint: null });
                setResult({ tone: "success", text: t("deleted", { url }) });
              }}
              onResult={setResult}
            />
          ))}
        </ul>
      )}
      {selected && <DeliveryLog key={selected.id} endpointId={selected.id} url={selected.url} onResult={setResult} />}
    </div>
  );
}
