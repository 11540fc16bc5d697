import { useQuery } from "@apollo/client/react";
import { Alert, Button, PageHeader, Spinner } from "@mfa/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { LoadError } from "../../lib/LoadError";
import { usePage } from "../../lib/router";
import { BudgetsForm } from "./BudgetsForm";
import { CountriesForm } from "./CountriesForm";
import { SmsUseTable } from "./SmsUseTable";
import "../admin-shared/admin.css";
import "./sms.css";
import { useTranslation } from "react-i18next";

export const SmsPageDocument = graphql(`
  query SmsPage {
    smsSettings {
      allowedCountries
      usesDefaultCountries
      defaultCountries
      budgets {
        userHourly
        userDaily
        domainHourly
        domainDaily
        accountHourly
        accountDaily
        destinationDaily
      }
      defaultBudgets {
        userHourly
        userDaily
        domainHourly
        domainDaily
        accountHourly
        accountDaily
        destinationDaily
      }
      maxBudgets {
        userHourly
        userDaily
        domainHourly
        domainDaily
        accountHourly
        accountDaily
        destinationDaily
      }
      account {
        thisHour
        today
        hourlyBudget
        dailyBudget
      }
      domains {
        domainId
        name
        use {
          thisHour
          today
          hourlyBudget
          dailyBudget
        }
      }
      hourEndsAt
      dayEndsAt
    }
  }
`);

/** Admin › Text messages: each domain's texts against its budget, the countries texts may go to, the budgets. */
export function SmsPage() {
  const { t } = useTranslation("admin-sms");
  const headingRef = usePage(t("title"));
  const { data, error, loading, refetch } = useQuery(SmsPageDocument, { fetchPolicy: "cache-and-network" });
  const [message, setMessage] = useState<string | null>(null);

  const header = (
    <PageHeader
      headingRef={headingRef}
      title={t("title")}
      description={t("description")}
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <LoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )}
      </div>
    );
  }

  const settings = data.smsSettings;
  return (
    <div className="admin-page">
      {header}
      {message && (
        <Alert tone="success" className="admin-page__notice">
          <p>{message}</p>
          <Button variant="secondary" onClick={() => setMessage(null)}>
            {t("dismiss")}
          </Button>
        </Alert>
      )}
      <SmsUseTable account={settings.account} domains={settings.domains} hourEndsAt={settings.hourEndsAt} dayEndsAt={settings.dayEndsAt} />
      <CountriesForm allowed={settings.allowedCountries} usesDefault={settings.usesDefaultCountries} defaults={settings.defaultCountries} onSaved={setMessage} />
      <BudgetsForm budgets={settings.budgets} defaults={settings.defaultBudgets} maxima={settings.maxBudgets} onSaved={setMessage} />
    </div>
  );
}
