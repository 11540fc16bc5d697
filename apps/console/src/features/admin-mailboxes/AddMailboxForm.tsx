import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, TextField } from "@mfa/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

const CreateMailboxDocument = graphql(`
  mutation CreateMailbox($input: CreateMailboxInput!) {
    createMailbox(input: $input) {
      user {
        id
        username
      }
    }
  }
`);

const MIN_PASSWORD = 12;
const MAX_PASSWORD = 128;
const LOCAL_PART = /^[A-Za-z0-9._+-]+$/;

type Fields = { localPart: string; displayName: string; password: string };
const EMPTY: Fields = { localPart: "", displayName: "", password: "" };

/** What is wrong with the form before it is sent (the service checks again). */
function check({ localPart, displayName, password }: Fields): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!localPart.trim()) errors["localPart"] = i18n.t("admin-mailboxes:add.enterLocal");
  else if (!LOCAL_PART.test(localPart.trim())) errors["localPart"] = i18n.t("admin-mailboxes:add.localChars");
  if (!displayName.trim()) errors["displayName"] = i18n.t("admin-mailboxes:add.enterName");
  if (password.length < MIN_PASSWORD) errors["password"] = i18n.t("admin-mailboxes:add.min", { min: MIN_PASSWORD });
  else if (password.length > MAX_PASSWORD) errors["password"] = i18n.t("admin-mailboxes:add.max", { max: MAX_PASSWORD });
  return errors;
}

export interface AddMailboxFormProps {
  domainId: string;
  domainName: string;
  onAdded: (message: string) => void;
}

/** "Add a mailbox" to the chosen domain: the address, a name and an initial password. */
export function AddMailboxForm({ domainId, domainName, onAdded }: AddMailboxFormProps) {
  const { t } = useTranslation("admin-mailboxes");
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Whenever the form comes back with errors, the first field to fix takes focus.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
  }, [errors]);
  const guard = useReauth();
  const [create, { loading }] = useMutation(CreateMailboxDocument, { refetchQueries: ["Mailboxes"], awaitRefetchQueries: true });

  const edit = (name: keyof Fields) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setFields((current) => ({ ...current, [name]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const found = check(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const input = { domainId, localPart: fields.localPart.trim(), displayName: fields.displayName.trim(), password: fields.password };
      const result = await guard(() => create({ variables: { input } }));
      if (!result) return;
      const { data } = result;
      setFields(EMPTY);
      if (data) onAdded(t("add.added", { username: data.createMailbox.user.username }));
    } catch (error) {
      const byField = fieldErrors(error);
      const known = Object.fromEntries(Object.entries(byField).filter(([field]) => field in EMPTY));
      setErrors(known);
      if (Object.keys(known).length === 0) setProblem(errorMessage(error));
    }
  }

  return (
    <Card title={t("add.title", { domain: domainName })}>
      <form ref={form} className="admin-page__form" onSubmit={(event) => void submit(event)} noValidate>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label={t("add.address")}
          hint={t("add.addressHint", { domain: domainName })}
          value={fields.localPart}
          onChange={edit("localPart")}
          error={errors["localPart"]}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField label={t("add.name")} hint={t("add.nameHint")} value={fields.displayName} onChange={edit("displayName")} error={errors["displayName"]} autoComplete="off" required />
        <TextField
          label={t("add.password")}
          hint={t("add.passwordHint", { min: MIN_PASSWORD, max: MAX_PASSWORD })}
          type="password"
          value={fields.password}
          onChange={edit("password")}
          error={errors["password"]}
          autoComplete="new-password"
          minLength={MIN_PASSWORD}
          maxLength={MAX_PASSWORD}
          required
        />
        <Button type="submit" loading={loading}>
          {t("add.submit")}
        </Button>
      </form>
    </Card>
  );
}
