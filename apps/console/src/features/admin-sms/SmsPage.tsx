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
  const headingRef = usePage("Text messages");
  const { data, error, loading, refetch } = useQuery(SmsPageDocument, { fetchPolicy: "cache-and-network" });
  const [message, setMessage] = useState<string | null>(null);

  const header = (
    <PageHeader
      headingRef={headingRef}
      title="Text messages"
      description="Sign-in and verification codes sent by text: how many may go out and where, so that nobody can run up the account’s bill (SMS pumping)."
    />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <LoadError what="The text message settings" error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label="Loading the text message settings" showLabel />
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
            Dismiss
          </Button>
        </Alert>
      )}
      <SmsUseTable account={settings.account} domains={settings.domains} hourEndsAt={settings.hourEndsAt} dayEndsAt={settings.dayEndsAt} />
      <CountriesForm allowed={settings.allowedCountries} usesDefault={settings.usesDefaultCountries} defaults={settings.defaultCountries} onSaved={setMessage} />
      <BudgetsForm budgets={settings.budgets} defaults={settings.defaultBudgets} maxima={settings.maxBudgets} onSaved={setMessage} />
    </div>
  );
}
