import { useMutation, useQuery } from "@apollo/client/react";
import { Badge, Button, Card, SelectField, Spinner, Table, type BadgeTone } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { WebhookDeliveryStatus } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatTimestamp } from "../../lib/format";
import { LoadError } from "../../lib/LoadError";
import { DELIVERY_STATUS_LABEL } from "./webhook-events";

export const WebhookDeliveriesDocument = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        eventType
        status
        attempts
        lastStatusCode
        lastResponse
        lastAttemptAt
        nextAttemptAt
        createdAt
      }
    }
  }
`);

export const RedeliverWebhookDocument = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      delivery {
        id
      }
    }
  }
`);

export const DELIVERY_PAGE_SIZE = 20;
const STATUS_TONE: Record<WebhookDeliveryStatus, BadgeTone> = { PENDING: "warning", SUCCEEDED: "success", FAILED: "danger" };
const FILTERS: ReadonlyArray<{ value: WebhookDeliveryStatus | ""; label: string }> = [
  { value: "", label: "All" },
  { value: "PENDING", label: "Pending" },
  { value: "SUCCEEDED", label: "Delivered" },
  { value: "FAILED", label: "Failed" },
];

export interface DeliveryLogProps {
  endpointId: string;
  url: string;
  onResult: (result: { tone: "success" | "error"; text: string }) => void;
}

/** An endpoint's deliveries, newest first: status, attempts, the last answer, and "Send again". */
export function DeliveryLog({ endpointId, url, onResult }: DeliveryLogProps) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | "">("");
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId, first: DELIVERY_PAGE_SIZE, after: null, status: status || null },
    fetchPolicy: "cache-and-network",
  });
  const [redeliver, { loading: resending }] = useMutation(RedeliverWebhookDocument, { refetchQueries: ["WebhookDeliveries"] });

  async function loadMore(after: string) {
    setMoreError(null);
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          webhookDeliveries: { ...fetchMoreResult.webhookDeliveries, nodes: [...previous.webhookDeliveries.nodes, ...fetchMoreResult.webhookDeliveries.nodes] },
        }),
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }

  async function sendAgain(id: string, eventType: string) {
    try {
      await redeliver({ variables: { deliveryId: id } });
      onResult({ tone: "success", text: `The ${eventType} event is queued to be sent again.` });
    } catch (failure) {
      onResult({ tone: "error", text: errorMessage(failure) });
    }
  }

  const log = data?.webhookDeliveries;
  return (
    <Card title="Delivery log" className="webhooks__log">
      <p className="admin-page__hint">
        Deliveries to <span className="admin-page__mono">{url}</span>, newest first. A failed attempt is tried again with growing pauses for 24 hours.
      </p>
      <div className="admin-page__filters">
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as WebhookDeliveryStatus | "")}>
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={() => void refetch().catch(() => {})} loading={loading && Boolean(log)}>
          Refresh
        </Button>
      </div>
      {!log ? (
        error ? (
          <LoadError what="The delivery log" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the delivery log" showLabel />
        )
      ) : log.totalCount === 0 ? (
        <p className="admin-page__empty">{status ? "No deliveries with this status." : "No deliveries yet. Send a test to see one."}</p>
      ) : (
        <>
          <p className="admin-page__count" role="status">
            {log.nodes.length} of {log.totalCount} deliver{log.totalCount === 1 ? "y" : "ies"} shown
          </p>
          <Table caption={`Deliveries to ${url}, newest first`} hideCaption busy={loading}>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Response</th>
                <th scope="col">Last attempt</th>
                <th scope="col">
                  <span className="ui-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.nodes.map((d) => (
                <tr key={d.id}>
                  <td>{formatTimestamp(String(d.createdAt))}</td>
                  <td className="admin-page__mono webhooks__nowrap">{d.eventType}</td>
                  <td className="webhooks__nowrap">
                    <Badge tone={STATUS_TONE[d.status]}>{DELIVERY_STATUS_LABEL[d.status]}</Badge>
                    {d.nextAttemptAt && <span className="webhooks__next">next {formatTimestamp(String(d.nextAttemptAt))}</span>}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastStatusCode !== null && d.lastStatusCode !== undefined ? <span className="webhooks__code">HTTP {d.lastStatusCode}</span> : d.attempts > 0 ? "No answer" : "—"}
                    {d.lastResponse && <span className="webhooks__snippet">{d.lastResponse}</span>}
                  </td>
                  <td>{d.lastAttemptAt ? formatTimestamp(String(d.lastAttemptAt)) : "—"}</td>
                  <td className="webhooks__nowrap">
                    <Button variant="secondary" disabled={resending} onClick={() => void sendAgain(d.id, d.eventType)} aria-label={`Send again: the ${d.eventType} event of ${formatTimestamp(String(d.createdAt))}`}>
                      Send again
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {moreError !== null && (
            <p className="webhooks__error" role="alert">
              {errorMessage(moreError)}
            </p>
          )}
          {log.pageInfo.hasNextPage && log.pageInfo.endCursor && (
            <div>
              <Button variant="secondary" loading={loadingMore} onClick={() => log.pageInfo.endCursor && void loadMore(log.pageInfo.endCursor)}>
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
