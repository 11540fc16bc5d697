import type { WebhookDeliveryStatus, WebhookEventType } from "../../gql/graphql";

/**
 * What each event an endpoint can subscribe to means, in the order the form offers them. The names come from the
 * API schema (`WebhookEventType`): an event added there fails the typecheck until it has a label here.
 */
export const WEBHOOK_EVENT_LABEL: Record<WebhookEventType, string> = {
  FACTOR_ENROLLED: "A user set up a second factor",
  FACTOR_REMOVED: "A user removed a second factor",
  MFA_RESET: "An admin reset a user’s MFA",
  USER_LOCKED: "A user was locked out",
  USER_UNLOCKED: "A user was unlocked",
  USER_OVERRIDE_CHANGED: "A user’s MFA override changed",
  DOMAIN_POLICY_CHANGED: "A domain’s MFA policy changed",
  ADMIN_POLICY_CHANGED: "The admins’ MFA policy changed",
  BYPASS_CODES_ISSUED: "Bypass codes were issued",
  BYPASS_CODE_USED: "A bypass code was used",
  MAILBOX_CREATED: "A mailbox was created",
  MAILBOX_DELETED: "A mailbox was deleted",
};

export const WEBHOOK_EVENTS = Object.keys(WEBHOOK_EVENT_LABEL) as WebhookEventType[];

export const DELIVERY_STATUS_LABEL: Record<WebhookDeliveryStatus, string> = {
  PENDING: "Pending",
  SUCCEEDED: "Delivered",
  FAILED: "Failed",
};

/** "3 events" or the one event's label. */
export function describeEvents(events: readonly WebhookEventType[]): string {
  if (events.length === WEBHOOK_EVENTS.length) return "All events";
  if (events.length === 1) return WEBHOOK_EVENT_LABEL[events[0] as WebhookEventType];
  return `${events.length} events`;
}

/** A URL the service could take: http(s) with a host (the service checks the rest). */
export function urlProblem(text: string): string | null {
  const value = text.trim();
  if (value === "") return "Enter the URL that should receive the events.";
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return "Use an https:// URL.";
  } catch {
    return "Enter a full URL, such as https://hooks.example.com/mfa.";
  }
  return null;
}
