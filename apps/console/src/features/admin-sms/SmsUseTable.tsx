import { Badge, Card, Meter, Table } from "@mfa/ui";
import type { SmsUse } from "../../gql/graphql";
import { formatTime } from "../../lib/format";
import { usageText, usageTone } from "./sms-settings";

type Use = Omit<SmsUse, "__typename">;

function UseCell({ what, used, budget }: { what: string; used: number; budget: number }) {
  return (
    <div className="sms-use">
      <Meter label={what} value={used} max={budget} valueText={usageText(used, budget)} tone={usageTone(used, budget)} className="sms-use__bar" />
      <span className="sms-use__text">
        <span>{usageText(used, budget)}</span>
        {used >= budget && <Badge tone="danger">Budget reached</Badge>}
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
  const rows = [{ key: "account", name: "Whole account", use: account }, ...domains.map((d) => ({ key: d.domainId, name: d.name, use: d.use }))];
  return (
    <Card title="Texts sent">
      <p className="admin-page__hint">
        The hour starts again at {formatTime(hourEndsAt)}, the day at {formatTime(dayEndsAt)} (midnight UTC).
      </p>
      <Table caption="Texts sent this hour and today, against the budgets" hideCaption>
        <thead>
          <tr>
            <th scope="col">Sent by</th>
            <th scope="col">This hour</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>
                <UseCell what={`Texts of ${row.name} this hour`} used={row.use.thisHour} budget={row.use.hourlyBudget} />
              </td>
              <td>
                <UseCell what={`Texts of ${row.name} today`} used={row.use.today} budget={row.use.dailyBudget} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
