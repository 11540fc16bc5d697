import type { TestServer } from "../support/server.js";
import { bearer } from "../support/fixtures.js";

const ENDPOINT_FIELDS = "id url description enabled eventTypes secretCreatedAt previousSecretExpiresAt createdAt updatedAt";
const DELIVERY_FIELDS = "id messageId eventType status attempts lastStatusCode lastResponse lastAttemptAt nextAttemptAt createdAt";

export const CREATE = `mutation C($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
export const UPDATE = `mutation U($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } } }`;
export const ROTATE = `mutation R($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
export const DELETE = `mutation D($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`;
export const LIST = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
export const DELIVERIES = `query L($id: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $id, first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { ${DELIVERY_FIELDS} } } }`;
export const REDELIVER = `mutation R($id: ID!) { redeliverWebhook(deliveryId: $id) { delivery { ${DELIVERY_FIELDS} } } }`;
export const SEND_TEST = `mutation T($id: ID!) { sendTestWebhook(endpointId: $id) { delivery { ${DELIVERY_FIELDS} } } }`;

export interface Endpoint {
  id: string;
  url: string;
  description: string;
  enabled: boolean;
  eventTypes: string[];
  secretCreatedAt: string;
  previousSecretExpiresAt: string | null;
}

export interface Delivery {
  id: string;
  messageId: string;
  eventType: string;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  lastStatusCode: number | null;
  lastResponse: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

const ALL_EVENTS = [
  "FACTOR_ENROLLED",
  "FACTOR_REMOVED",
  "MFA_RESET",
  "USER_LOCKED",
  "USER_UNLOCKED",
  "DOMAIN_POLICY_CHANGED",
  "ADMIN_POLICY_CHANGED",
  "USER_OVERRIDE_CHANGED",
  "BYPASS_CODES_ISSUED",
  "BYPASS_CODE_USED",
  "MAILBOX_CREATED",
  "MAILBOX_DELETED",
];

/** Registers an endpoint as the admin; fails the test on an error. */
export async function createEndpoint(t: TestServer, adminToken: string, input: Record<string, unknown>): Promise<{ endpoint: Endpoint; secret: string }> {
  const res = await t.gql<{ createWebhookEndpoint: { endpoint: Endpoint; secret: string } }>(CREATE, { input: { eventTypes: ALL_EVENTS, ...input } }, bearer(adminToken));
  if (!res.body.data) throw new Error(`createWebhookEndpoint failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.createWebhookEndpoint;
}

export async function deliveriesOf(t: TestServer, adminToken: string, endpointId: string, variables: Record<string, unknown> = {}): Promise<Delivery[]> {
  const res = await t.gql<{ webhookDeliveries: { nodes: Delivery[] } }>(DELIVERIES, { id: endpointId, first: 100, ...variables }, bearer(adminToken));
  if (!res.body.data) throw new Error(`webhookDeliveries failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.webhookDeliveries.nodes;
}

/** The audit events of the account with this action, oldest first, details parsed. */
export async function auditDetails(t: TestServer, accountId: string, action: string): Promise<Record<string, unknown>[]> {
  const rows: { detail: string | null }[] = await t.server.dataSource.query("SELECT detail FROM audit_events WHERE account_id = ? AND action = ? ORDER BY created_at, id", [accountId, action]);
  return rows.map((r) => (r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {}));
}
