import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, PageHeader, Spinner, TextField } from "@mfa/ui";
import { useState, type FormEvent } from "react";
import { graphql } from "../../gql";
import type { PolicyLevel } from "../../gql/graphql";
import { formatDate } from "../../lib/format";
import { Link, usePage } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { policyLabel } from "../admin-shared/policy";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { PolicyChoice } from "../admin-shared/PolicyChoice";
import { PolicySaveError } from "../admin-shared/PolicySaveError";
import { deadlineInputValue, deadlineOf } from "../admin-domains/deadline";
import { useReauth } from "../reauth/ReauthProvider";
import "../admin-shared/admin.css";
import "./account.css";
import { Trans, useTranslation } from "react-i18next";

export const AccountPageDocument = graphql(`
  query AccountPage {
    account {
      id
      name
      adminMfaPolicy
      adminEnforceFrom
    }
    me {
      id
      mfaPassed
      security {
        devices {
          id
          verified
        }
      }
    }
  }
`);

export const SetAccountAdminMfaPolicyDocument = graphql(`
  mutation SetAccountAdminMfaPolicy($policy: PolicyLevel!, $enforceFrom: DateTimeISO) {
    setAccountAdminMfaPolicy(policy: $policy, enforceFrom: $enforceFrom) {
      account {
        id
        name
        adminMfaPolicy
        adminEnforceFrom
      }
    }
  }
`);

/** Admin › Account: the account-wide MFA requirement for its admins (MyRackspace "require MFA for all users"). */
export function AccountPage() {
  const { t } = useTranslation("admin-account");
  const headingRef = usePage(t("title"));
  const { data, error, loading, refetch } = useQuery(AccountPageDocument, { fetchPolicy: "cache-and-network" });
  const [choice, setChoice] = useState<PolicyLevel | null>(null);
  // The deadline's day as typed (null: as saved).
  const [day, setDay] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const guard = useReauth();
  const [save, { loading: saving }] = useMutation(SetAccountAdminMfaPolicyDocument);

  const header = (
    <PageHeader headingRef={headingRef} title={t("title")} description={t("description")} />
  );

  if (!data) {
    return (
      <div className="admin-page">
        {header}
        {error ? (
          <AdminLoadError what={t("loadWhat")} error={error} onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )}
      </div>
    );
  }

  const { account, me } = data;
  const policy = choice ?? account.adminMfaPolicy;
  const savedDeadline = account.adminMfaPolicy === "REQUIRED" ? (account.adminEnforceFrom ?? null) : null;
  const shownDay = day ?? deadlineInputValue(savedDeadline);
  const deadline = policy === "REQUIRED" ? deadlineOf(shownDay) : null;
  const changed = policy !== account.adminMfaPolicy || deadline !== savedDeadline;
  const hasDevice = me.security.devices.some((d) => d.verified);
  const requiring = changed && (policy === "REQUIRED" || policy === "PHISHING_RESISTANT");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!changed) return;
    setProblem(null);
    setSaved(null);
    try {
      // Undefined: the admin did not confirm it was them (lowering the policy needs a fresh proof).
      if (!(await guard(() => save({ variables: deadline ? { policy, enforceFrom: deadline } : { policy } })))) return;
      setChoice(null);
      setDay(null);
      setSaved(deadline ? t("savedFrom", { account: account.name, policy: policyLabel(policy), date: formatDate(deadline) }) : t("saved", { account: account.name, policy: policyLabel(policy) }));
    } catch (failure) {
      setProblem(failure);
    }
  }

  return (
    <div className="admin-page">
      {header}
      <Card title={t("details")}>
        <dl className="account-details">
          <dt>{t("name")}</dt>
          <dd>{account.name}</dd>
          <dt>{t("adminPolicy")}</dt>
          <dd>
            <PolicyBadge policy={account.adminMfaPolicy} />
            {savedDeadline && <span className="account-details__deadline">{t("from", { date: formatDate(savedDeadline) })}</span>}
          </dd>
        </dl>
      </Card>
      <Card title={t("mfaCard")}>
        <form className="admin-page__form" onSubmit={(event) => void submit(event)}>
          <p>
            <Trans t={t} i18nKey="applies" components={{ 1: <Link to="/admin/domains" /> }} />
          </p>
          {saved && <Alert tone="success">{saved}</Alert>}
          <PolicyChoice
            legend={t("legend", { account: account.name })}
            audience="admins"
            value={policy}
            onChange={(next) => {
              setChoice(next);
              setSaved(null);
              setProblem(null);
            }}
            disabled={saving}
          />
          {policy === "REQUIRED" && (
            <TextField
              label={t("deadline")}
              hint={t("deadlineHint")}
              type="date"
              value={shownDay}
              min={deadlineInputValue(new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString())}
              onChange={(event) => {
                setDay(event.currentTarget.value);
                setSaved(null);
                setProblem(null);
              }}
              disabled={saving}
            />
          )}
          {requiring && (
            <Alert tone="warning" title={t("warnTitle")}>
              <p>
                {deadline
                  ? t("warnUntil", { date: formatDate(deadline) })
                  : t("warnNow")}
              </p>
              {!hasDevice && (
                <p>
                  <Trans t={t} i18nKey="noDevice" components={{ 1: <Link to="/security" /> }} />
                </p>
              )}
              {hasDevice && !me.mfaPassed && <p>{t("noCode")}</p>}
            </Alert>
          )}
          {problem !== null && <PolicySaveError error={problem} />}
          <Button type="submit" loading={saving} disabled={!changed}>
            {t("save")}
          </Button>
        </form>
      </Card>
    </div>
  );
}
