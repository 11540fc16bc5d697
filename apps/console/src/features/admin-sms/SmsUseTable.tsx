import { Badge, Card, Meter, Table } from "@mfa/ui";
import type { SmsUse } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { usageText, usageTone } from "./sms-settings";
import { useTranslation } from "react-i18next";

type Use = Omit<SmsUse, "__typename">;

function UseCell({ what, used, budget }: { what: string; used: number; budget: number }) {
  const { t } = useTranslation("admin-sms");
  return (
    <div className="sms-use">
      <Meter label={what} value={used} max={budget} valueText={usageText(used, budget)} tone={usageTone(used, budget)} className="sms-use__bar" />
      <span className="sms-use__text">
        <span>{usageText(used, budget)}</span>
        {used >= budget && <Badge tone="danger">{t("use.reached")}</Badge>}
      </span>
    </div>
  );
}

export interface SmsUseTableProps {
  account: Use;
  domains: readonly { domainId: string; name: string; use: Use }[];
  hourEndsAt: string;
  dayEndsAt: string;
}

/** Texts sent this hour and today by the whole account and by each domain, against their budgets. */
export function SmsUseTable({ account, domains, hourEndsAt, dayEndsAt }: SmsUseTableProps) {
  const { t } = useTranslation("admin-sms");
  const rows = [{ key: "account", name: t("use.account"), use: account }, ...domains.map((d) => ({ key: d.domainId, name: d.name, use: d.use }))];
  return (
    <Card title={t("use.title")}>
      <p className="admin-page__hint">
        {t("use.resets", { hour: formatTime(hourEndsAt), day: formatTime(dayEndsAt) })}
      </p>
      <Table caption={t("use.caption")} hideCaption>
        <thead>
          <tr>
            <th scope="col">{t("use.by")}</th>
            <th scope="col">{t("use.hour")}</th>
            <th scope="col">{t("use.today")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>
                <UseCell what={t("use.hourOf", { name: row.name })} used={row.use.thisHour} budget={row.use.hourlyBudget} />
              </td>
              <td>
                <UseCell what={t("use.todayOf", { name: row.name })} used={row.use.today} budget={row.use.dailyBudget} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
