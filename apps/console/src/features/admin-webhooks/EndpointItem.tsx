import { useMutation } from "@apollo/client/react";
import { Badge, Button, Checkbox, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDate } from "../../lib/format";
import { describeEvents, webhookEventLabel } from "./webhook-events";
import { Trans, useTranslation } from "react-i18next";

export const WebhookEndpointFragment = graphql(`
  fragment WebhookEndpoint_endpoint on WebhookEndpoint {
    id
    url
    description
    enabled
    eventTypes
    createdAt
    previousSecretExpiresAt
  }
`);

export const SetWebhookEnabledDocument = graphql(`
  mutation SetWebhookEnabled($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        id
        ...WebhookEndpoint_endpoint
      }
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        ...WebhookEndpoint_endpoint
      }
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) {
      id
    }
  }
`);

export const SendTestWebhookDocument = graphql(`
  mutation SendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      delivery {
        id
      }
    }
  }
`);

export interface EndpointItemProps {
  endpoint: FragmentType<typeof WebhookEndpointFragment>;
  selected: boolean;
  onShowLog: (id: string) => void;
  onRotated: (rotated: { url: string; secret: string }) => void;
  onDeleted: (url: string) => void;
  onResult: (result: { tone: "success" | "error"; text: string }) => void;
}

/** One endpoint: where it sends, what, whether it is on; its log, a test, a new secret, deletion. */
export function EndpointItem(props: EndpointItemProps) {
  const { t } = useTranslation("admin-webhooks");
  const endpoint = getFragmentData(WebhookEndpointFragment, props.endpoint);
  const [asking, setAsking] = useState<"delete" | "rotate" | null>(null);
  const [setEnabled, { loading: switching }] = useMutation(SetWebhookEnabledDocument);
  const [rotate, { loading: rotating }] = useMutation(RotateWebhookSecretDocument);
  const [remove, { loading: deleting }] = useMutation(DeleteWebhookEndpointDocument, { refetchQueries: ["WebhookEndpoints"] });
  const [sendTest, { loading: testing }] = useMutation(SendTestWebhookDocument, { refetchQueries: ["WebhookDeliveries"] });
  const { onResult } = props;

  async function attempt(work: () => Promise<unknown>, success?: string) {
    try {
      await work();
      if (success) onResult({ tone: "success", text: success });
    } catch (error) {
      onResult({ tone: "error", text: errorMessage(error) });
    }
  }

  async function runRotate() {
    await attempt(async () => {
      const res = await rotate({ variables: { id: endpoint.id } });
      const secret = res.data?.rotateWebhookSecret.secret;
      if (secret) props.onRotated({ url: endpoint.url, secret });
    });
    setAsking(null);
  }

  async function runDelete() {
    await attempt(async () => {
      await remove({ variables: { id: endpoint.id } });
      props.onDeleted(endpoint.url);
    });
    setAsking(null);
  }

  const events = endpoint.eventTypes.map(webhookEventLabel).join(", ");
  return (
    <li className={props.selected ? "webhooks__item webhooks__item--selected" : "webhooks__item"}>
      <div className="webhooks__item-head">
        <p className="webhooks__url admin-page__mono">{endpoint.url}</p>
        <Badge tone={endpoint.enabled ? "success" : "neutral"}>{endpoint.enabled ? t("item.enabled") : t("item.disabled")}</Badge>
      </div>
      {endpoint.description && <p className="webhooks__description">{endpoint.description}</p>}
      <p className="webhooks__meta">
        <span title={events}>{describeEvents(endpoint.eventTypes)}</span> · {t("item.added", { date: formatDate(String(endpoint.createdAt)) })}
      </p>
      <details className="webhooks__event-list">
        <summary>{t("item.events")}</summary>
        <ul>
          {endpoint.eventTypes.map((e) => (
            <li key={e}>{webhookEventLabel(e)}</li>
          ))}
        </ul>
      </details>
      <div className="webhooks__item-actions">
        <Checkbox
          switch
          label={t("item.send")}
          checked={endpoint.enabled}
          disabled={switching}
          onChange={(e) => {
            const enabled = e.target.checked;
            void attempt(() => setEnabled({ variables: { input: { id: endpoint.id, enabled } } }), enabled ? t("item.on", { url: endpoint.url }) : t("item.off", { url: endpoint.url }));
          }}
        />
        <div className="admin-page__actions">
          <Button variant="secondary" onClick={() => props.onShowLog(endpoint.id)} aria-pressed={props.selected}>
            {t("item.log")}
          </Button>
          <Button variant="secondary" loading={testing} onClick={() => void attempt(() => sendTest({ variables: { endpointId: endpoint.id } }), t("item.testSent", { url: endpoint.url }))}>
            {t("item.test")}
          </Button>
          <Button variant="secondary" onClick={() => setAsking("rotate")}>
            {t("item.newSecret")}
          </Button>
          <Button variant="danger" onClick={() => setAsking("delete")}>
            {t("item.delete")}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={asking === "delete"}
        title={t("item.deleteTitle")}
        confirmLabel={t("item.deleteConfirm")}
        busy={deleting}
        onConfirm={() => void runDelete()}
        onCancel={() => setAsking(null)}
      >
        <p>
          <Trans t={t} i18nKey="item.deleteText" values={{ url: endpoint.url }} components={{ 1: <span className="admin-page__mono" /> }} />
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "rotate"}
        title={t("item.rotateTitle")}
        confirmLabel={t("item.rotateConfirm")}
        tone="primary"
        busy={rotating}
        onConfirm={() => void runRotate()}
        onCancel={() => setAsking(null)}
      >
        <p>{t("item.rotateText")}</p>
      </ConfirmDialog>
    </li>
  );
}
