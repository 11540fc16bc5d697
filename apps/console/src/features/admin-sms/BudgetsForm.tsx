import { useMutation } from "@apollo/client/react";
import { Alert, Button, Card, ConfirmDialog, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { fieldErrors } from "../../lib/graphql-errors";
import { useReauth } from "../reauth/ReauthProvider";
import { BUDGET_FIELDS, budgetChanges, budgetErrors, budgetLabel, type BudgetName, type Budgets } from "./sms-settings";

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

/** The account's SMS budgets, each from 0 (no texts in that scope) to the service's maximum; confirmed before saving. */
export function BudgetsForm({ budgets, defaults, maxima, onSaved }: BudgetsFormProps) {
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
      setProblem("Nothing to save: change a budget first.");
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
      onSaved(`Budgets saved: ${changes.map((c) => `${budgetLabel(c.name).toLowerCase()} ${c.to}`).join("; ")}.`);
    } catch (failure) {
      const byField = Object.fromEntries(Object.entries(fieldErrors(failure)).flatMap(([field, message]) => (field.startsWith("budgets.") ? [[field.slice(8), message]] : [])));
      setErrors(byField);
      if (Object.keys(byField).length === 0) setProblem(errorMessage(failure));
    }
  }

  return (
    <Card title="Budgets">
      <form className="sms-budgets" onSubmit={submit} noValidate>
        <p>
          How many texts may go out in a clock hour and in a day (UTC). A text over any budget is not sent: the user is told to try again later or
          to use another method. 0 stops texts in that scope.
        </p>
        {problem && <Alert tone="error">{problem}</Alert>}
        {GROUPS.map((group) => (
          <fieldset key={group} className="sms-budgets__group">
            <legend>{group}</legend>
            {BUDGET_FIELDS.filter((f) => f.group === group).map(({ name, label }) => (
              <TextField
                key={name}
                label={`Texts ${label}`}
                hint={`Default ${defaults[name]}, at most ${maxima[name]}.`}
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
          Save budgets
        </Button>
      </form>
      <ConfirmDialog
        open={asking}
        title="Change the SMS budgets?"
        tone={raising.length > 0 ? "danger" : "primary"}
        confirmLabel="Save budgets"
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
        {raising.length > 0 && <p>Raising a budget lets more texts out, and every text is paid for. You may be asked for your password.</p>}
      </ConfirmDialog>
    </Card>
  );
}
