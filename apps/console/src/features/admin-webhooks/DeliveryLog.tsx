import { useMutation, useQuery } from "@apollo/client/react";
import { Badge, Button, Card, SelectField, Spinner, Table, type BadgeTone } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import type { WebhookDeliveryStatus } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { formatTimestamp } from "../../lib/format";
import { LoadError } from "../../lib/LoadError";
import { deliveryStatusLabel } from "./webhook-events";
import { useTranslation } from "react-i18next";

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
const FILTERS: ReadonlyArray<WebhookDeliveryStatus | ""> = ["", "PENDING", "SUCCEEDED", "FAILED"];

export interface DeliveryLogProps {
  endpointId: string;
  url: string;
  onResult: (result: { tone: "success" | "error"; text: string }) => void;
}

/** An endpoint's deliveries, newest first: status, attempts, the last answer, and "Send again". */
export function DeliveryLog({ endpointId, url, onResult }: DeliveryLogProps) {
  const { t } = useTranslation("admin-webhooks");
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
      onResult({ tone: "success", text: t("log.requeued", { event: eventType }) });
    } catch (failure) {
      onResult({ tone: "error", text: errorMessage(failure) });
    }
  }

  const log = data?.webhookDeliveries;
  return (
    <Card title={t("log.title")} className="webhooks__log">
      <p className="admin-page__hint">
        Deliveries to <span className="admin-page__mono">{url}</span>, newest first. A failed attempt is tried again with growing pauses for 24 hours.
      </p>
      <div className="admin-page__filters">
        <SelectField label={t("log.status")} value={status} onChange={(e) => setStatus(e.target.value as WebhookDeliveryStatus | "")}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {f === "" ? t("delivery.all") : deliveryStatusLabel(f)}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={() => void refetch().catch(() => {})} loading={loading && Boolean(log)}>
          {t("log.refresh")}
        </Button>
      </div>
      {!log ? (
        error ? (
          <LoadError what={t("log.loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("log.loading")} showLabel />
        )
      ) : log.totalCount === 0 ? (
        <p className="admin-page__empty">{status ? t("log.noneStatus") : t("log.none")}</p>
      ) : (
        <>
          <p className="admin-page__count" role="status">
            {log.nodes.length} of {log.totalCount} deliver{log.totalCount === 1 ? "y" : "ies"} shown
          </p>
          <Table caption={t("log.caption", { url })} hideCaption busy={loading} layout="scroll">
            <thead>
              <tr>
                <th scope="col">{t("log.created")}</th>
                <th scope="col">{t("log.event")}</th>
                <th scope="col">{t("log.status")}</th>
                <th scope="col">{t("log.attempts")}</th>
                <th scope="col">{t("log.response")}</th>
                <th scope="col">{t("log.lastAttempt")}</th>
                <th scope="col">
                  <span className="ui-visually-hidden">{t("log.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.nodes.map((d) => (
                <tr key={d.id}>
                  <td>{formatTimestamp(String(d.createdAt))}</td>
                  <td className="admin-page__mono webhooks__nowrap">{d.eventType}</td>
                  <td className="webhooks__nowrap">
                    <Badge tone={STATUS_TONE[d.status]}>{deliveryStatusLabel(d.status)}</Badge>
                    {d.nextAttemptAt && <span className="webhooks__next">{t("log.next", { date: formatTimestamp(String(d.nextAttemptAt)) })}</span>}
                  </td>
                  <td>{d.attempts}</td>
                  <td>
                    {d.lastStatusCode !== null && d.lastStatusCode !== undefined ? <span className="webhooks__code">HTTP {d.lastStatusCode}</span> : d.attempts > 0 ? t("log.noAnswer") : "—"}
                    {d.lastResponse && <span className="webhooks__snippet">{d.lastResponse}</span>}
                  </td>
                  <td>{d.lastAttemptAt ? formatTimestamp(String(d.lastAttemptAt)) : "—"}</td>
                  <td className="webhooks__nowrap">
                    <Button variant="secondary" disabled={resending} onClick={() => void sendAgain(d.id, d.eventType)} aria-label={t("log.sendAgainLabel", { event: d.eventType, date: formatTimestamp(String(d.createdAt)) })}>
                      {t("log.sendAgain")}
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
                {t("log.loadMore")}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
