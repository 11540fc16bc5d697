import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, ConfirmDialog, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { BUDGET_FIELDS, budgetChanges, budgetErrors, budgetGroupLabel, budgetLabel, type BudgetName, budgetPerLabel, type Budgets } from "./sms-settings";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n/i18n";

export const SetSmsBudgetsDocument = graphql(`
  mutation SetSmsBudgets($budgets: SmsBudgetsInput!) {
    setSmsSettings(input: { budgets: $budgets }) {
      settings {
        budgets {
          userHourly
          userDaily
          domainHourly
          domainDaily
          accountHourly
          accountDaily
          destinationDaily
        }
      }
    }
  }
`);

type Values = Record<BudgetName, string>;
const asText = (budgets: Budgets): Values => Object.fromEntries(BUDGET_FIELDS.map(({ name }) => [name, String(budgets[name])])) as Values;
const GROUPS = [...new Set(BUDGET_FIELDS.map((f) => f.group))];

export interface BudgetsFormProps {
  budgets: Budgets;
  defaults: Budgets;
  maxima: Budgets;
  onSaved: (message: string) => void;
}

/** A label inside a sentence: lower-case in English ("each user, an hour"); German nouns keep their capitals. */
const midSentence = (label: string) => (currentLanguage() === "en" ? label.toLowerCase() : label);

/** The account's SMS budgets, each from 0 (no texts in that scope) to the service's maximum; confirmed before saving. */
export function BudgetsForm({ budgets, defaults, maxima, onSaved }: BudgetsFormProps) {
  const { t } = useTranslation("admin-sms");
  const [values, setValues] = useState<Values>(() => asText(budgets));
  const [errors, setErrors] = useState<Partial<Record<BudgetName, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const guard = useReauth();
  const [save, { loading }] = useMutation(SetSmsBudgetsDocument, { refetchQueries: ["SmsPage"], awaitRefetchQueries: true });

  const changes = budgetChanges(budgets, values);
  const raising = changes.filter((c) => c.to > c.from);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const found = budgetErrors(values, maxima);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (changes.length === 0) {
      setProblem(t("budgets.nothing"));
      return;
    }
    setAsking(true);
  }

  async function confirm() {
    setAsking(false);
    const asked = Object.fromEntries(changes.map((c) => [c.name, c.to]));
    try {
      const result = await guard(() => save({ variables: { budgets: asked } }));
      if (result === undefined) return;
      onSaved(t("budgets.saved", { changes: changes.map((c) => `${midSentence(budgetLabel(c.name))} ${c.to}`).join("; ") }));
    } catch (failure) {
      const byField = Object.fromEntries(Object.entries(fieldErrors(failure)).flatMap(([field, message]) => (field.startsWith("budgets.") ? [[field.slice(8), message]] : [])));
      setErrors(byField);
      if (Object.keys(byField).length === 0) setProblem(errorMessage(failure));
    }
  }

  return (
    <Card title={t("budgets.title")}>
      <form className="sms-budgets" onSubmit={submit} noValidate>
        <p>{t("budgets.intro")}</p>
        {problem && <Alert tone="error">{problem}</Alert>}
        {GROUPS.map((group) => (
          <fieldset key={group} className="sms-budgets__group">
            <legend>{budgetGroupLabel(group)}</legend>
            {BUDGET_FIELDS.filter((f) => f.group === group).map(({ name, label }) => (
              <TextField
                key={name}
                label={t("budgets.field", { per: budgetPerLabel(label) })}
                hint={t("budgets.hint", { default: defaults[name], max: maxima[name] })}
                inputMode="numeric"
                value={values[name]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setValues((current) => ({ ...current, [name]: value }));
                  setErrors((current) => ({ ...current, [name]: undefined }));
                }}
                error={errors[name]}
                autoComplete="off"
              />
            ))}
          </fieldset>
        ))}
        <Button type="submit" loading={loading}>
          {t("budgets.save")}
        </Button>
      </form>
      <ConfirmDialog
        open={asking}
        title={t("budgets.confirmTitle")}
        tone={raising.length > 0 ? "danger" : "primary"}
        confirmLabel={t("budgets.save")}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      >
        <ul>
          {changes.map((c) => (
            <li key={c.name}>
              {budgetLabel(c.name)}: {c.from} → {c.to}
            </li>
          ))}
        </ul>
        {raising.length > 0 && <p>{t("budgets.raising")}</p>}
      </ConfirmDialog>
    </Card>
  );
}
