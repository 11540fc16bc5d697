import { useId } from "react";
import { formatDate } from "../../lib/format";
import { useTranslation } from "react-i18next";

export interface ChartDay {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  mailboxes: number;
  enrolled: number;
  locked: number;
}

const WIDTH = 600;
const HEIGHT = 200;

/** A day as the reader's calendar names it (the snapshot's UTC day). */
const dayLabel = (day: string) => formatDate(`${day}T12:00:00Z`);

/** The x of point i of n, the y of a value under max, in the drawing's units. */
const x = (i: number, n: number) => (n <= 1 ? WIDTH / 2 : (i / (n - 1)) * WIDTH);
const y = (value: number, max: number) => HEIGHT - (max > 0 ? (value / max) * HEIGHT : 0);

function path(values: readonly number[], max: number): string {
  const n = values.length;
  // One day: a flat line across, so a single snapshot still reads as a level.
  const points = n === 1 ? [`0,${y(values[0] ?? 0, max)}`, `${WIDTH},${y(values[0] ?? 0, max)}`] : values.map((v, i) => `${x(i, n)},${y(v, max)}`);
  return `M${points.join(" L")}`;
}

/**
 * Enrolment over time, from the daily snapshots: the enrolled mailboxes as a filled area under the line of all
 * mailboxes. A small SVG (no chart library); the drawing is decoration for sighted readers, the numbers are in a
 * table for screen readers (and a one-line summary for everyone).
 */
export function EnrolmentChart({ days, title }: { days: readonly ChartDay[]; title: string }) {
  const { t } = useTranslation("admin-overview");
  const captionId = useId();
  if (days.length === 0) {
    return (
      <figure className="enrolment-chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="enrolment-chart__title">
          {title}
        </figcaption>
        <p className="admin-page__empty">{t("chart.none")}</p>
      </figure>
    );
  }
  const max = Math.max(1, ...days.map((d) => d.mailboxes));
  const first = days[0] as ChartDay;
  const last = days[days.length - 1] as ChartDay;
  const enrolled = days.map((d) => d.enrolled);
  const area = `${path(enrolled, max)} L${days.length === 1 ? WIDTH : x(days.length - 1, days.length)},${HEIGHT} L0,${HEIGHT} Z`;
  const summary =
    days.length === 1
      ? t("chart.one", { enrolled: last.enrolled, mailboxes: last.mailboxes, date: dayLabel(last.day) })
      : t("chart.range", {
          firstEnrolled: first.enrolled,
          firstMailboxes: first.mailboxes,
          firstDate: dayLabel(first.day),
          lastEnrolled: last.enrolled,
          lastMailboxes: last.mailboxes,
          lastDate: dayLabel(last.day),
        });
  return (
    <figure className="enrolment-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="enrolment-chart__title">
        {title}
      </figcaption>
      <div className="enrolment-chart__plot" aria-hidden="true">
        <div className="enrolment-chart__y">
          <span>{max}</span>
          <span>0</span>
        </div>
        <svg className="enrolment-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" focusable="false">
          <line className="enrolment-chart__grid" x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} vectorEffect="non-scaling-stroke" />
          <path className="enrolment-chart__area" d={area} />
          <path className="enrolment-chart__total" d={path(days.map((d) => d.mailboxes), max)} vectorEffect="non-scaling-stroke" />
          <path className="enrolment-chart__enrolled" d={path(enrolled, max)} vectorEffect="non-scaling-stroke" />
        </svg>
        <div className="enrolment-chart__x">
          <span>{dayLabel(first.day)}</span>
          {days.length > 1 && <span>{dayLabel(last.day)}</span>}
        </div>
      </div>
      <ul className="enrolment-chart__legend" aria-hidden="true">
        <li className="enrolment-chart__key enrolment-chart__key--enrolled">{t("chart.enrolled")}</li>
        <li className="enrolment-chart__key enrolment-chart__key--total">{t("chart.all")}</li>
      </ul>
      <p className="enrolment-chart__summary">{summary}</p>
      {/* The numbers for screen readers (a plain table: a hidden scrolling region would take keyboard focus unseen). */}
      <div className="ui-visually-hidden">
        <table>
          <caption>{t("chart.tableCaption", { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.day")}</th>
              <th scope="col">{t("chart.enrolled")}</th>
              <th scope="col">{t("chart.notEnrolled")}</th>
              <th scope="col">{t("chart.locked")}</th>
              <th scope="col">{t("chart.mailboxes")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td>{d.enrolled}</td>
                <td>{d.mailboxes - d.enrolled}</td>
                <td>{d.locked}</td>
                <td>{d.mailboxes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
