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
  const headingRef = usePage("API keys");
  const { data, error, loading, refetch } = useQuery(ApiKeysDocument, { fetchPolicy: "cache-and-network" });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [revoke, { loading: revokeBusy }] = useMutation(RevokeApiKeyDocument);

  async function runRevoke(key: { id: string; name: string }) {
    try {
      await revoke({ variables: { id: key.id } });
      setResult({ tone: "success", text: `The API key “${key.name}” was revoked: it and its tokens stopped working.` });
    } catch (failure) {
      setResult({ tone: "error", text: errorMessage(failure) });
    }
    setRevoking(null);
  }

  const header = (
    <PageHeader
      headingRef={headingRef}
      title="API keys"
      description="Keys let integrations act as this account’s admin without a person signing in: read only or admin, for the whole account or some domains. They belong to the account, not to the admin who made them."
      actions={
        <Button variant="primary" onClick={() => setCreating(true)}>
          Create API key
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
          <AdminLoadError what="The API keys" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the API keys" showLabel />
        )
      ) : data.apiKeys.length === 0 ? (
        <p className="admin-page__empty">No API keys yet.</p>
      ) : (
        <Table caption="API keys, newest first" hideCaption busy={loading} className="api-keys__table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scope</th>
              <th scope="col">Domains</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="ui-visually-hidden">Actions</span>
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
        title={`Revoke the API key “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke"
        busy={revokeBusy}
        onConfirm={() => revoking && void runRevoke(revoking)}
        onCancel={() => setRevoking(null)}
      >
        <p>The key and every token issued for it stop working at once. Integrations that use it will be refused. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
