import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, ConfirmDialog, PageHeader, Spinner, Table } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { ApiKeyRow } from "./ApiKeyRow";
import { CreateApiKeyDialog } from "./CreateApiKeyDialog";
import { NewKeySecret } from "./NewKeySecret";
import "../admin-shared/admin.css";
import "./api-keys.css";
import { useTranslation } from "react-i18next";

export const ApiKeysDocument = graphql(`
  query ApiKeys {
    apiKeys {
      id
      ...ApiKeyRow_apiKey
    }
  }
`);

export const RevokeApiKeyDocument = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        ...ApiKeyRow_apiKey
      }
    }
  }
`);

/** Admin › API keys: keys integrators use to act as the account's admin, created, shown once and revoked here. */
export function ApiKeysPage() {
  const { t } = useTranslation("admin-api-keys");
  const headingRef = usePage(t("title"));
  const { data, error, loading, refetch } = useQuery(ApiKeysDocument, { fetchPolicy: "cache-and-network" });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [revoke, { loading: revokeBusy }] = useMutation(RevokeApiKeyDocument);

  async function runRevoke(key: { id: string; name: string }) {
    try {
      await revoke({ variables: { id: key.id } });
      setResult({ tone: "success", text: t("revoked", { name: key.name }) });
    } catch (failure) {
      setResult({ tone: "error", text: errorMessage(failure) });
    }
    setRevoking(null);
  }

  const header = (
    <PageHeader
      headingRef={headingRef}
      title={t("title")}
      description={t("description")}
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t("create")}
        </Button>
      }
    />
  );

  return (
    <div className="admin-page">
      {header}
      {created && <NewKeySecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />}
      {result && <Alert tone={result.tone}>{result.text}</Alert>}
      {!data ? (
        error ? (
          <AdminLoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )
      ) : data.apiKeys.length === 0 ? (
        <p className="admin-page__empty">{t("none")}</p>
      ) : (
        <Table caption={t("caption")} hideCaption busy={loading} className="api-keys__table">
          <thead>
            <tr>
              <th scope="col">{t("col.name")}</th>
              <th scope="col">{t("col.scope")}</th>
              <th scope="col">{t("col.domains")}</th>
              <th scope="col">{t("col.created")}</th>
              <th scope="col">{t("col.lastUsed")}</th>
              <th scope="col">{t("col.status")}</th>
              <th scope="col">
                <span className="ui-visually-hidden">{t("col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.apiKeys.map((key) => (
              <ApiKeyRow key={key.id} apiKey={key} onRevoke={setRevoking} />
            ))}
          </tbody>
        </Table>
      )}
      <CreateApiKeyDialog
        open={creating}
        onCancel={() => setCreating(false)}
        onCreated={(next) => {
          setCreating(false);
          setResult(null);
          setCreated(next);
          void refetch().catch(() => {});
        }}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        confirmLabel={t("revoke")}
        busy={revokeBusy}
        onConfirm={() => revoking && void runRevoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        <p>{t("revokeText")}</p>
      </ConfirmDialog>
    </div>
  );
}
