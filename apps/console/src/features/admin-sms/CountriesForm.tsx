import { useMutation } from "@apollo/client/react";
import { Alert, Badge, Button, Card, ConfirmDialog, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { countryChanges, countryName, parseCountryCodes } from "./sms-settings";

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

const names = (codes: readonly string[]) => (codes.length === 0 ? "none" : codes.map((c) => countryName(c) ?? c).join(", "));

export interface CountriesFormProps {
  allowed: readonly string[];
  usesDefault: boolean;
  defaults: readonly string[];
  onSaved: (message: string) => void;
}

/** The countries the account's texts may go to: typed as ISO codes, confirmed with what it adds and takes off. */
export function CountriesForm({ allowed, usesDefault, defaults, onSaved }: CountriesFormProps) {
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
      setError(`Not a country code: ${typed.unknown.join(", ")}. Use two-letter codes such as US, CA, GB.`);
      return;
    }
    setError(undefined);
    const { added, removed } = countryChanges(allowed, typed.codes);
    if (added.length === 0 && removed.length === 0) {
      setError("That is the list already.");
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
      onSaved(`Texts may now go to: ${names(countries)}.`);
    } catch (failure) {
      const byField = fieldErrors(failure)["allowedCountries"];
      if (byField) setError(byField);
      else setProblem(errorMessage(failure));
    }
  }

  return (
    <Card title="Countries texts may go to">
      <form className="admin-page__form" onSubmit={submit} noValidate>
        <p>
          A number’s country comes from its digits, not from what the user picked: a +1 876 number is Jamaica. Texts to any other country never
          leave, and numbers there cannot be added.
        </p>
        <p className="sms-countries__now">
          Now: {names(allowed)} {usesDefault && <Badge tone="neutral">Service default</Badge>}
        </p>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextField
          label="Country codes"
          hint={`Two-letter ISO codes separated by commas. The service default is ${defaults.join(", ")}.`}
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
          Save countries
        </Button>
      </form>
      <ConfirmDialog
        open={asking !== null}
        title="Change where texts may go?"
        tone={changes && changes.added.length > 0 ? "danger" : "primary"}
        confirmLabel="Save countries"
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        {changes && changes.added.length > 0 && (
          <p>
            Adds {changes.added.join(", ")}. Texts abroad can cost far more than at home, and premium numbers are how SMS pumping fraud makes money:
            add only the countries your users live in.
          </p>
        )}
        {changes && changes.removed.length > 0 && (
          <p>Takes off {changes.removed.join(", ")}: users with a phone there get no more texts and must use another method.</p>
        )}
        {asking?.length === 0 && <p>With no country at all, no text leaves for anyone in the account.</p>}
      </ConfirmDialog>
    </Card>
  );
}
