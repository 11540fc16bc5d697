import { useMutation } from "@apollo/client/react";
import { Badge, Button, Checkbox, ConfirmDialog } from "@mfa/ui";
import { useState } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { formatDate } from "../../lib/format";
import { describeEvents, WEBHOOK_EVENT_LABEL } from "./webhook-events";

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

  const events = endpoint.eventTypes.map((e) => WEBHOOK_EVENT_LABEL[e]).join(", ");
  return (
    <li className={props.selected ? "webhooks__item webhooks__item--selected" : "webhooks__item"}>
      <div className="webhooks__item-head">
        <p className="webhooks__url admin-page__mono">{endpoint.url}</p>
        <Badge tone={endpoint.enabled ? "success" : "neutral"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
      </div>
      {endpoint.description && <p className="webhooks__description">{endpoint.description}</p>}
      <p className="webhooks__meta">
        <span title={events}>{describeEvents(endpoint.eventTypes)}</span> · added {formatDate(String(endpoint.createdAt))}
      </p>
      <details className="webhooks__event-list">
        <summary>Events</summary>
        <ul>
          {endpoint.eventTypes.map((e) => (
            <li key={e}>{WEBHOOK_EVENT_LABEL[e]}</li>
          ))}
        </ul>
      </details>
      <div className="webhooks__item-actions">
        <Checkbox
          switch
          label="Send events"
          checked={endpoint.enabled}
          disabled={switching}
          onChange={(e) => {
            const enabled = e.target.checked;
            void attempt(() => setEnabled({ variables: { input: { id: endpoint.id, enabled } } }), enabled ? `Events go to ${endpoint.url} again.` : `Events no longer go to ${endpoint.url}; pending ones wait.`);
          }}
        />
        <div className="admin-page__actions">
          <Button variant="secondary" onClick={() => props.onShowLog(endpoint.id)} aria-pressed={props.selected}>
            Delivery log
          </Button>
          <Button variant="secondary" loading={testing} onClick={() => void attempt(() => sendTest({ variables: { endpointId: endpoint.id } }), `A test event is on its way to ${endpoint.url}.`)}>
            Send test
          </Button>
          <Button variant="secondary" onClick={() => setAsking("rotate")}>
            New secret
          </Button>
          <Button variant="danger" onClick={() => setAsking("delete")}>
            Delete
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={asking === "delete"}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        busy={deleting}
        onConfirm={() => void runDelete()}
        onCancel={() => setAsking(null)}
      >
        <p>
          <span className="admin-page__mono">{endpoint.url}</span> gets no more events. Its delivery log is deleted, and deliveries still pending are not sent.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === "rotate"}
        title="Make a new signing secret?"
        confirmLabel="Make a new secret"
        tone="primary"
        busy={rotating}
        onConfirm={() => void runRotate()}
        onCancel={() => setAsking(null)}
      >
        <p>The new secret is shown once. For 24 hours deliveries carry signatures of both secrets, so the receiving system can switch without missing any.</p>
      </ConfirmDialog>
    </li>
  );
}
