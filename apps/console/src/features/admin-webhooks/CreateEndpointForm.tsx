import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, Checkbox, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { WebhookEventType } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { errorCode } from "../../lib/graphql-errors";
import { urlProblem, webhookEventLabel, WEBHOOK_EVENTS } from "./webhook-events";
import { useTranslation } from "react-i18next";

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        ...WebhookEndpoint_endpoint
      }
    }
  }
`);

export interface CreateEndpointFormProps {
  onCreated: (created: { url: string; secret: string }) => void;
  onCancel: () => void;
}

type Errors = { url?: string; events?: string; description?: string };

/** A new endpoint: its URL, an optional description and the events it gets. */
export function CreateEndpointForm({ onCreated, onCancel }: CreateEndpointFormProps) {
  const { t } = useTranslation("admin-webhooks");
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<Set<WebhookEventType>>(new Set());
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateWebhookEndpointDocument, { refetchQueries: ["WebhookEndpoints"] });

  function toggle(event: WebhookEventType, on: boolean) {
    setEvents((previous) => {
      const next = new Set(previous);
      if (on) next.add(event);
      else next.delete(event);
      return next;
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Errors = {};
    const problem = urlProblem(url);
    if (problem) found.url = problem;
    if (events.size === 0) found.events = t("create.chooseEvent");
    setErrors(found);
    setFailure(null);
    if (found.url || found.events) return;
    try {
      const res = await create({ variables: { input: { url: url.trim(), description: description.trim(), eventTypes: WEBHOOK_EVENTS.filter((x) => events.has(x)) } } });
      const created = res.data?.createWebhookEndpoint;
      if (created) onCreated({ url: url.trim(), secret: created.secret });
    } catch (error) {
      // The service's word on the URL (https only, a public address) belongs beside the field.
      const field = (error as { errors?: { extensions?: { field?: unknown } }[] }).errors?.[0]?.extensions?.field;
      if (errorCode(error) === "BAD_USER_INPUT" && field === "url") setErrors({ url: errorMessage(error) });
      else setFailure(errorMessage(error));
    }
  }

  const all = events.size === WEBHOOK_EVENTS.length;
  return (
    <Card title={t("create.title")} className="webhooks__create">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t("create.title")} className="webhooks__form">
        <TextField
          label={t("create.url")}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://hooks.example.com/mfa"
          hint={t("create.urlHint")}
          value={url}
          maxLength={2048}
          error={errors.url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <TextField label={t("create.description")} value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
        <fieldset className="webhooks__events" aria-describedby={errors.events ? "webhook-events-error" : undefined}>
          <legend>{t("create.events")}</legend>
          <Checkbox label={t("create.all")} checked={all} onChange={(e) => setEvents(e.target.checked ? new Set(WEBHOOK_EVENTS) : new Set())} />
          <div className="webhooks__event-grid">
            {WEBHOOK_EVENTS.map((event) => (
              <Checkbox key={event} label={webhookEventLabel(event)} checked={events.has(event)} onChange={(e) => toggle(event, e.target.checked)} />
            ))}
          </div>
          {errors.events && (
            <p id="webhook-events-error" className="ui-field__error" role="alert">
              {errors.events}
            </p>
          )}
        </fieldset>
        {failure && <Alert tone="error">{failure}</Alert>}
        <div className="admin-page__actions">
          <Button type="submit" loading={loading}>
            {t("create.submit")}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={loading}>
            {t("create.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
