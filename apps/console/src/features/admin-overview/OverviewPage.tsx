import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Meter, PageHeader, SelectField, Spinner, Table } from "@mfa/ui";
import { graphql } from "../../gql";
import type { RolloutDashboardQuery } from "../../gql/graphql";
import { compareText, formatDate, formatDateTime, formatNumber, formatPercent } from "../../lib/format";
import { useNotice } from "../../lib/notice";
import { Link, setSearchParams, usePage, useSearchParams } from "../../lib/router";
import { AdminLoadError } from "../admin-shared/AdminLoadError";
import { PolicyBadge } from "../admin-shared/PolicyBadge";
import { EnrolmentChart } from "./EnrolmentChart";
import { NotEnrolledList } from "./NotEnrolledList";
import "../admin-shared/admin.css";
import "./overview.css";
import { Trans, useTranslation } from "react-i18next";

/** Days the chart covers. */
export const CHART_DAYS = 30;

export const RolloutDashboardDocument = graphql(`
  query RolloutDashboard($domainId: ID, $days: Int!) {
    rolloutDashboard(domainId: $domainId) {
      domainId
      domainName
      mailboxes
      enrolled
      notEnrolled
      locked
      enforceFrom
      remindersSent
      lastReminderAt
      domains {
        id
        name
        policy
        enforceFrom
        mailboxes
        enrolled
        notEnrolled
        locked
        remindersSent
      }
      history(days: $days) {
        day
        mailboxes
        enrolled
        locked
      }
    }
  }
`);

type Dashboard = RolloutDashboardQuery["rolloutDashboard"];

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

function Stats({ d }: { d: Dashboard }) {
  const { t } = useTranslation("admin-overview");
  return (
    <dl className="overview-stats">
      <div className="overview-stats__item overview-stats__item--enrolled">
        <dt>{t("stats.enrolled")}</dt>
        <dd>
          <Trans
            t={t}
            i18nKey="stats.enrolledOf"
            values={{ enrolled: formatNumber(d.enrolled), mailboxes: formatNumber(d.mailboxes), percent: formatPercent(percent(d.enrolled, d.mailboxes) / 100) }}
            components={{ 1: <span className="overview-stats__number" /> }}
          />
        </dd>
      </div>
      <div className="overview-stats__item overview-stats__item--waiting">
        <dt>{t("stats.notEnrolled")}</dt>
        <dd>
          <span className="overview-stats__number">{d.notEnrolled}</span>
        </dd>
      </div>
      <div className="overview-stats__item overview-stats__item--locked">
        <dt>{t("stats.locked")}</dt>
        <dd>
          <span className="overview-stats__number">{d.locked}</span>
        </dd>
      </div>
      <div className="overview-stats__item">
        <dt>{t("stats.deadline")}</dt>
        <dd>{d.enforceFrom ? t("stats.forceOnFrom", { date: formatDate(d.enforceFrom) }) : t("stats.none")}</dd>
      </div>
      <div className="overview-stats__item">
        <dt>{t("stats.reminders")}</dt>
        <dd>
          <span className="overview-stats__number">{d.remindersSent}</span>
          {d.lastReminderAt && <span className="overview-stats__note">{t("stats.last", { date: formatDateTime(d.lastReminderAt) })}</span>}
        </dd>
      </div>
    </dl>
  );
}

function DomainsTable({ rows }: { rows: Dashboard["domains"] }) {
  const { t } = useTranslation("admin-overview");
  return (
    <Table caption={t("table.caption")} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t("table.domain")}</th>
          <th scope="col">{t("table.policy")}</th>
          <th scope="col">{t("table.enrolled")}</th>
          <th scope="col">{t("table.notEnrolled")}</th>
          <th scope="col">{t("table.locked")}</th>
          <th scope="col">{t("table.reminders")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={`/admin/overview?domain=${encodeURIComponent(r.id)}`}>{r.name}</Link>
            </th>
            <td>
              <PolicyBadge policy={r.policy} enforceFrom={r.enforceFrom} />
            </td>
            <td>{t("table.of", { enrolled: r.enrolled, mailboxes: r.mailboxes })}</td>
            <td>{r.notEnrolled}</td>
            <td>{r.locked}</td>
            <td>{r.remindersSent}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * Admin › Overview, the admin's landing page: how MFA is rolling out in the whole account or one domain (enrolled,
 * not enrolled, locked now; the deadline; reminders sent), enrolment over the last 30 days, and who has not
 * enrolled yet with "Send reminder now".
 */
export function OverviewPage() {
  const { t } = useTranslation("admin-overview");
  const headingRef = usePage(t("title"));
  // "Signed in as …": this is where an admin's sign-in lands.
  const { notice, dismissNotice } = useNotice();
  const domainParam = useSearchParams().get("domain");
  const account = useQuery(RolloutDashboardDocument, { variables: { domainId: null, days: CHART_DAYS }, fetchPolicy: "cache-and-network" });
  const scoped = useQuery(RolloutDashboardDocument, { variables: { domainId: domainParam, days: CHART_DAYS }, fetchPolicy: "cache-and-network", skip: !domainParam });
  const current = domainParam ? scoped : account;
  const rows = account.data?.rolloutDashboard.domains ?? [];
  const shown = current.data?.rolloutDashboard;
  const header = (
    <>
      <PageHeader headingRef={headingRef} title={t("title")} description={t("description")} />
      {notice && (
        <Alert tone="success" className="admin-page__notice">
          <p>
            <Trans t={t} i18nKey="notice" values={{ message: notice.message }} components={{ 1: <Link to="/security" /> }} />
          </p>
          <Button variant="secondary" onClick={dismissNotice}>
            {t("dismiss")}
          </Button>
        </Alert>
      )}
    </>
  );
  const refetchAll = () => Promise.all([account.refetch(), domainParam ? scoped.refetch() : null]).catch(() => {});

  if (!shown) {
    return (
      <div className="admin-page">
        {header}
        {current.error ? (
          <AdminLoadError what={t("loadWhat")} error={current.error} onRetry={() => void refetchAll()} retrying={current.loading} />
        ) : (
          <Spinner label={t("loading")} showLabel />
        )}
      </div>
    );
  }
  const scopeName = shown.domainName ?? t("allDomainsScope");
  const names = [...rows].sort((a, b) => compareText(a.name, b.name));
  return (
    <div className="admin-page overview">
      {header}
      <div className="admin-page__filters">
        <SelectField label={t("domain")} value={domainParam ?? ""} onChange={(event) => setSearchParams({ domain: event.currentTarget.value })}>
          <option value="">{t("allDomains")}</option>
          {names.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={() => void refetchAll()} loading={current.loading}>
          {t("refresh")}
        </Button>
      </div>
      <Card title={t("coverageOf", { scope: scopeName })}>
        <Stats d={shown} />
        <Meter
          label={t("meterLabel", { scope: scopeName })}
          value={shown.enrolled}
          max={shown.mailboxes}
          valueText={t("meterValue", { enrolled: shown.enrolled, mailboxes: shown.mailboxes })}
          tone={shown.mailboxes > 0 && shown.enrolled === shown.mailboxes ? "success" : "accent"}
        />
      </Card>
      <Card title={t("overTime")}>
        <EnrolmentChart title={t("chartTitle", { scope: scopeName, days: CHART_DAYS })} days={shown.history} />
      </Card>
      {shown.domainId ? (
        <Card title={t("notYet")}>
          <NotEnrolledList domainId={shown.domainId} domainName={scopeName} hasDeadline={shown.enforceFrom !== null} onSent={refetchAll} />
        </Card>
      ) : (
        <Card title={t("domainsCard")}>
          {rows.length === 0 ? <p className="admin-page__empty">{t("noDomains")}</p> : <DomainsTable rows={rows} />}
          <p className="admin-page__hint overview__hint">{t("chooseDomain")}</p>
        </Card>
      )}
    </div>
  );
}
