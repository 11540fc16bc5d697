import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, SelectField, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import type { DomainNode } from "./domain-tree";
import { useTranslation } from "react-i18next";

const CreateDomainDocument = graphql(`
  mutation CreateDomain($input: CreateDomainInput!) {
    createDomain(input: $input) {
      domain {
        id
        name
        policy
      }
    }
  }
`);

export interface AddDomainFormProps {
  /** Every domain, parents first: the choices of parent. */
  domains: readonly DomainNode[];
  onAdded: (message: string) => void;
}

/** "Add a domain": a name and, optionally, the domain it belongs under. */
export function AddDomainForm({ domains, onAdded }: AddDomainFormProps) {
  const { t } = useTranslation("admin-domains");
  const [name, setName] = useState("");
  const [parentId, setParentId] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Whenever the form comes back with errors, the first field to fix takes focus.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [errors]);
  const guard = useReauth();
  const [create, { loading }] = useMutation(CreateDomainDocument, { refetchQueries: ["DomainsPage"], awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const trimmed = name.trim();
    if (!trimmed) {
      setErrors({ name: t("add.enterName") });
      return;
    }
    setErrors({});
    try {
      const result = await guard(() => create({ variables: { input: { name: trimmed, parentId: parentId || null } } }));
      if (!result) return;
      const { data } = result;
      setName("");
      setParentId("");
      if (data) onAdded(t("add.added", { domain: data.createDomain.domain.name }));
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setProblem(errorMessage(error));
    }
  }

  return (
    <Card title={t("add.title")}>
      <form ref={form} className="admin-page__form" onSubmit={(event) => void submit(event)} noValidate>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label={t("add.name")}
          hint={t("add.nameHint")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors["name"]}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          required
        />
        <SelectField label={t("add.parent")} hint={t("add.parentHint")} value={parentId} onChange={(event) => setParentId(event.currentTarget.value)} error={errors["parentId"]}>
          <option value="">{t("add.none")}</option>
          {domains.map(({ domain }) => (
            <option key={domain.id} value={domain.id}>
              {domain.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" loading={loading}>
          {t("add.submit")}
        </Button>
      </form>
    </Card>
  );
}
