/** The soak's report: the table by minute, the checks over time, and the plot. */
import { summarise } from "./soak-load.mjs";
import { lineChartSvg } from "./svg-plot.mjs";
import { markdownTable, mib, ms, num, table } from "./stats.mjs";

/**
 * The minute whose resident set the last one is compared with: minute 10, or the middle minute of a run shorter than
 * 10 minutes (by then the processes' caches and pools have filled).
 */
const rssReferenceMinute = (minutes) => (minutes >= 10 ? 10 : Math.ceil(minutes / 2));

/** Each minute's figures and the three checks: no error, p99 at the end within 20 % of the start, RSS within 10 %. */
export function soakReport(records) {
  const rows = records.map(summarise);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const reference = rows[rssReferenceMinute(rows.length) - 1];
  const errors = rows.reduce((sum, r) => sum + r.errors, 0);
  const p99Growth = last.p99 / first.p99 - 1;
  const rssGrowth = last.rssTotal / reference.rssTotal - 1;
  const pct = (v) => `${v >= 0 ? "+" : ""}${num(100 * v, 1)} %`;
  const checks = [
    ["no error in the whole run", `${errors} errors`, errors === 0],
    ["login p99 of the last minute at most 20 % above the first minute's", `${ms(first.p99)} -> ${ms(last.p99)} ms (${pct(p99Growth)})`, Number.isFinite(p99Growth) && p99Growth <= 0.2],
    [
      `API RSS at the end at most 10 % above minute ${reference.minute}'s`,
      `${mib(reference.rssTotal)} -> ${mib(last.rssTotal)} (${pct(rssGrowth)})`,
      Number.isFinite(rssGrowth) && rssGrowth <= 0.1,
    ],
  ].map(([check, measured, ok]) => [check, measured, ok ? "met" : "NOT met"]);
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.other)))];
  const headers = ["minute", "logins", "logins/s", "p50 ms", "p99 ms", ...kinds, "errors", "API RSS", "load avg"];
  const cells = rows.map((r) => [
    r.minute,
    r.logins,
    num(r.rate, 1),
    ms(r.p50),
    ms(r.p99),
    ...kinds.map((k) => r.other[k] ?? 0),
    r.errors,
    r.rss ? r.rss.map((b) => mib(b)).join(" + ") : "-",
    num(r.load, 1),
  ]);
  return {
    rows,
    checks,
    passed: checks.every(([, , ok]) => ok === "met"),
    text: [table(headers, cells), "", table(["check", "measured", ""], checks)].join("\n"),
    markdown: [markdownTable(headers, cells), "", markdownTable(["check", "measured", ""], checks)].join("\n"),
  };
}

/** The plot over time: login latency (p50, p99), the API processes' resident set, errors, by minute. */
export function soakSvg(rows, { title, subtitle }) {
  const at = (pick) => rows.map((r) => [r.minute, pick(r)]);
  return lineChartSvg({
    title,
    subtitle,
    xLabel: "minute of the run",
    panels: [
      {
        title: "two-step login latency",
        unit: "ms",
        series: [
          { name: "p50", color: "#1f77b4", points: at((r) => r.p50), dots: true },
          { name: "p99", color: "#d62728", points: at((r) => r.p99), dots: true },
        ],
      },
      { title: "API resident set, all processes", unit: "MiB", series: [{ name: "RSS", color: "#2ca02c", points: at((r) => r.rssTotal / 2 ** 20), dots: true }] },
      { title: "errors", unit: "per minute", series: [{ name: "errors", color: "#ff7f0e", points: at((r) => r.errors), dots: true }] },
    ],
  });
}
