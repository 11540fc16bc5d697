import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Checkbox, Dialog, RadioGroup, SelectField, Spinner, TextField } from "@mfa/ui";
import { useMemo, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { ApiKeyScope } from "../../gql/graphql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { DomainNamesDocument } from "../admin-shared/domain-names";
import { DEFAULT_EXPIRY_DAYS, draftErrors, EXPIRY_DAYS, expiryLabel, NAME_MAX, scopeHint, scopeLabel } from "./api-key-format";
import { useTranslation } from "react-i18next";

/** The domains a key may be limited to, five levels deep (a GraphQL query cannot recurse). */
export const CreateApiKeyDocument = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        ...ApiKeyRow_apiKey
      }
    }
  }
`);

interface DomainChoice {
  id: string;
  name: string;
  children?: readonly DomainChoice[];
}
const flatten = (levels: readonly DomainChoice[]): DomainChoice[] => levels.flatMap((d) => [d, ...flatten(d.children ?? [])]);

const SCOPES: ApiKeyScope[] = ["READ", "ADMIN"];

export interface CreateApiKeyDialogProps {
  open: boolean;
  onCancel: () => void;
  onCreated: (created: { name: string; secret: string }) => void;
}

/** Name, scope, domains and expiry of a new key; the service asks for a step-up first when the last proof is old. */
export function CreateApiKeyDialog({ open, onCancel, onCreated }: CreateApiKeyDialogProps) {
  const { t } = useTranslation("admin-api-keys");
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiKeyScope>("READ");
  const [wholeAccount, setWholeAccount] = useState(true);
  const [domainIds, setDomainIds] = useState<string[]>([]);
  const [days, setDays] = useState(DEFAULT_EXPIRY_DAYS);
  const [errors, setErrors] = useState<{ name?: string; domains?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const guard = useReauth();
  const domainsQuery = useQuery(DomainNamesDocument, { skip: !open || wholeAccount, fetchPolicy: "cache-and-network" });
  const domains = useMemo(() => flatten(domainsQuery.data?.domains ?? []), [domainsQuery.data]);
  const [create, { loading }] = useMutation(CreateApiKeyDocument);

  function reset() {
    setName("");
    setScope("READ");
    setWholeAccount(true);
    setDomainIds([]);
    setDays(DEFAULT_EXPIRY_DAYS);
    setErrors({});
    setProblem(null);
  }

  function cancel() {
    reset();
    onCancel();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = draftErrors({ name, wholeAccount, domainIds });
    setErrors(found);
    setProblem(null);
    if (found.name || found.domains) return;
    try {
      const input = { name: name.trim(), scope, domainIds: wholeAccount ? null : domainIds, expiresInDays: days };
      const res = await guard(() => create({ variables: { input } }));
      const created = res?.data?.createApiKey;
      if (created) {
        reset();
        onCreated({ name: input.name, secret: created.secret });
      }
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const toggle = (id: string, on: boolean) => setDomainIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  return (
    <Dialog open={open} title={t("dialog.title")} onCancel={cancel} busy={loading} className="api-keys__dialog">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t("dialog.formLabel")}>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label={t("dialog.name")}
          hint={t("dialog.nameHint")}
          value={name}
          maxLength={NAME_MAX}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
        />
        <RadioGroup legend={t("dialog.scope")} value={scope} onChange={setScope} options={SCOPES.map((s) => ({ value: s, label: scopeLabel(s), hint: scopeHint(s) }))} />
        <RadioGroup
          legend={t("dialog.domains")}
          value={wholeAccount ? "ALL" : "SOME"}
          onChange={(v) => setWholeAccount(v === "ALL")}
          options={[
            { value: "ALL", label: t("dialog.whole"), hint: t("dialog.wholeHint") },
            { value: "SOME", label: t("dialog.some"), hint: t("dialog.someHint") },
          ]}
        />
        {!wholeAccount && (
          <fieldset className="api-keys__domain-choice" aria-describedby={errors.domains ? "api-key-domains-error" : undefined}>
            <legend className="ui-visually-hidden">{t("dialog.domainsOfKey")}</legend>
            {domainsQuery.error && !domainsQuery.data ? (
              <Alert tone="error">{t("dialog.domainsFailed", { reason: errorMessage(domainsQuery.error) })}</Alert>
            ) : !domainsQuery.data ? (
              <Spinner label={t("dialog.loadingDomains")} showLabel />
            ) : (
              domains.map((d) => <Checkbox key={d.id} label={d.name} checked={domainIds.includes(d.id)} onChange={(e) => toggle(d.id, e.target.checked)} />)
            )}
            {errors.domains && (
              <p id="api-key-domains-error" className="ui-field__error">
                {errors.domains}
              </p>
            )}
          </fieldset>
        )}
        <SelectField label={t("dialog.expires")} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {EXPIRY_DAYS.map((d) => (
            <option key={d} value={d}>
              {expiryLabel(d)}
            </option>
          ))}
        </SelectField>
        <div className="ui-dialog__actions">
          <Button variant="secondary" onClick={cancel} disabled={loading}>
            {t("dialog.cancel")}
          </Button>
          <Button type="submit" variant="primary" loading={loading}>
            {t("dialog.create")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
