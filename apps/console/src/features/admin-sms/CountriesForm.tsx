import { useMutation } from "@apollo/client/react";
import { Alert, Badge, Button, Card, ConfirmDialog, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { countryChanges, countryName, parseCountryCodes } from "./sms-settings";
import { useTranslation } from "react-i18next";
import { i18n } from "../../i18n/i18n";

export const SetSmsCountriesDocument = graphql(`
  mutation SetSmsCountries($countries: [String!]) {
    setSmsSettings(input: { allowedCountries: $countries }) {
      settings {
        allowedCountries
        usesDefaultCountries
      }
    }
  }
`);

const names = (codes: readonly string[]) => (codes.length === 0 ? i18n.t("admin-sms:countries.none") : codes.map((c) => countryName(c) ?? c).join(", "));

export interface CountriesFormProps {
  allowed: readonly string[];
  usesDefault: boolean;
  defaults: readonly string[];
  onSaved: (message: string) => void;
}

/** The countries the account's texts may go to: typed as ISO codes, confirmed with what it adds and takes off. */
export function CountriesForm({ allowed, usesDefault, defaults, onSaved }: CountriesFormProps) {
  const { t } = useTranslation("admin-sms");
  const [text, setText] = useState(allowed.join(", "));
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState<string[] | null>(null);
  const guard = useReauth();
  const [save, { loading }] = useMutation(SetSmsCountriesDocument, { refetchQueries: ["SmsPage"], awaitRefetchQueries: true });

  const typed = parseCountryCodes(text);
  const changes = asking ? countryChanges(allowed, asking) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (typed.unknown.length > 0) {
      setError(t("countries.unknown", { codes: typed.unknown.join(", ") }));
      return;
    }
    setError(undefined);
    const { added, removed } = countryChanges(allowed, typed.codes);
    if (added.length === 0 && removed.length === 0) {
      setError(t("countries.same"));
      return;
    }
    setAsking(typed.codes);
  }

  async function confirm() {
    const countries = asking;
    if (!countries) return;
    setAsking(null);
    try {
      const result = await guard(() => save({ variables: { countries } }));
      if (result === undefined) return;
      setText(countries.join(", "));
      onSaved(t("countries.saved", { names: names(countries) }));
    } catch (failure) {
      const byField = fieldErrors(failure)["allowedCountries"];
      if (byField) setError(byField);
      else setProblem(errorMessage(failure));
    }
  }

  return (
    <Card title={t("countries.title")}>
      <form className="admin-page__form" onSubmit={submit} noValidate>
        <p>{t("countries.intro")}</p>
        <p className="sms-countries__now">
          {t("countries.now")} {names(allowed)} {usesDefault && <Badge tone="neutral">{t("countries.default")}</Badge>}
        </p>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label={t("countries.codes")}
          hint={t("countries.hint", { defaults: defaults.join(", ") })}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        {typed.unknown.length === 0 && typed.codes.length > 0 && <p className="admin-page__hint">{names(typed.codes)}</p>}
        <Button type="submit" loading={loading}>
          {t("countries.save")}
        </Button>
      </form>
      <ConfirmDialog
        open={asking !== null}
        title={t("countries.confirmTitle")}
        tone={changes && changes.added.length > 0 ? "danger" : "primary"}
        confirmLabel={t("countries.save")}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        {changes && changes.added.length > 0 && (
          <p>{t("countries.adds", { names: changes.added.join(", ") })}</p>
        )}
        {changes && changes.removed.length > 0 && (
          <p>{t("countries.removes", { names: changes.removed.join(", ") })}</p>
        )}
        {asking?.length === 0 && <p>{t("countries.empty")}</p>}
      </ConfirmDialog>
    </Card>
  );
}
