import type { WebhookDeliveryStatus, WebhookEventType } from "../../gql/graphql";
import { i18n } from "../../i18n/i18n";

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

/**
 * An event's label in the current language: German from its catalog (`locales/de/webhook-events.json`, kept in step
 * with the record above by the catalog test), English from the record.
 */
export const webhookEventLabel = (event: WebhookEventType): string =>
  i18n.t(`webhook-events:${event}`, { defaultValue: WEBHOOK_EVENT_LABEL[event] });

/** A delivery's status in the current language. */
export const deliveryStatusLabel = (status: WebhookDeliveryStatus): string => i18n.t(`admin-webhooks:delivery.${status}`);

/** "3 events" or the one event's label. */
export function describeEvents(events: readonly WebhookEventType[]): string {
  if (events.length === WEBHOOK_EVENTS.length) return i18n.t("admin-webhooks:allEvents");
  if (events.length === 1) return webhookEventLabel(events[0] as WebhookEventType);
  return i18n.t("admin-webhooks:events", { count: events.length });
}

/** A URL the service could take: http(s) with a host (the service checks the rest). */
export function urlProblem(text: string): string | null {
  const value = text.trim();
  if (value === "") return i18n.t("admin-webhooks:url.empty");
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") return i18n.t("admin-webhooks:url.https");
  } catch {
    return i18n.t("admin-webhooks:url.full");
  }
  return null;
}
