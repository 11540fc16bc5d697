import { useMutation } from "@apollo/client/react";
import { Alert, Button, TextField } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { errorMessage } from "../../lib/error-messages";
import { useReauth } from "../reauth/ReauthProvider";
import { useTranslation } from "react-i18next";

export const SetRememberBrowserDaysDocument = graphql(`
  mutation SetRememberBrowserDays($domainId: ID!, $days: Int!) {
    setRememberBrowserDays(domainId: $domainId, days: $days) {
      domain {
        id
        rememberBrowserDays
      }
    }
  }
`);

/** The most days a domain may choose (the service says the same). */
const MAX_DAYS = 90;

export interface RememberDaysFormProps {
  domain: { id: string; name: string; rememberBrowserDays: number };
  /** After a save; the message says what changed. */
  onSaved: (message: string) => void;
}

/** How long the domain's users may skip the code on a browser they chose to remember (0: off). */
export function RememberDaysForm({ domain, onSaved }: RememberDaysFormProps) {
  const { t } = useTranslation("admin-domains");
  const [value, setValue] = useState(String(domain.rememberBrowserDays));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<unknown>(null);
  const guard = useReauth();
  const [save, { loading }] = useMutation(SetRememberBrowserDaysDocument, { refetchQueries: ["DomainsPage"], awaitRefetchQueries: true });
  const days = /^\d{1,2}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;

  async function submit() {
    if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
      setFieldError(t("remember.invalid", { max: MAX_DAYS }));
      return;
    }
    setFieldError(undefined);
    setProblem(null);
    try {
      // More days than before weakens sign-in: the service asks the admin to confirm it is them.
      const result = await guard(() => save({ variables: { domainId: domain.id, days } }));
      if (!result) return;
      onSaved(days === 0 ? t("remember.off", { domain: domain.name }) : t("remember.on", { domain: domain.name, count: days }));
    } catch (error) {
      setProblem(error);
    }
  }

  return (
    <form
      className="remember-days"
      aria-label={t("remember.formLabel", { domain: domain.name })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t("remember.label")}
        hint={t("remember.hint", { max: MAX_DAYS })}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_DAYS}
        value={value}
        error={fieldError}
        onChange={(event) => setValue(event.currentTarget.value)}
        disabled={loading}
      />
      {problem !== null && <Alert tone="error">{errorMessage(problem)}</Alert>}
      <Button type="submit" variant="secondary" loading={loading} disabled={days === domain.rememberBrowserDays}>
        {t("remember.save")}
      </Button>
    </form>
  );
}
