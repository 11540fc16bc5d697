import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EnrolmentChart } from "./EnrolmentChart";

afterEach(cleanup);

const days = [
  { day: "2026-12-01", mailboxes: 4, enrolled: 1, locked: 0 },
  { day: "2026-12-02", mailboxes: 4, enrolled: 2, locked: 1 },
  { day: "2026-12-03", mailboxes: 5, enrolled: 4, locked: 0 },
];

describe("EnrolmentChart", () => {
  it("draws the days and gives screen readers every number in a table, with a summary for everyone", () => {
    render(<EnrolmentChart title="Enrolled mailboxes of example.com" days={days} />);
    const figure = screen.getByRole("figure", { name: "Enrolled mailboxes of example.com" });
    // The drawing is hidden from assistive technology: the table says it all.
    expect(figure.querySelector("svg")?.closest("[aria-hidden='true']")).toBeTruthy();
    const table = within(figure).getByRole("table", { name: "Enrolled mailboxes of example.com, day by day" });
    const rows = within(table).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows).toEqual([
      ["1", "3", "0", "4"],
      ["2", "2", "1", "4"],
      ["4", "1", "0", "5"],
    ]);
    expect(within(figure).getByText(/^From 1 of 4 mailboxes enrolled on .+ to 4 of 5 on .+\.$/)).toBeTruthy();
    // The enrolled line climbs: its last point is higher (a smaller y) than its first.
    const line = figure.querySelector(".enrolment-chart__enrolled")?.getAttribute("d") ?? "";
    const ys = [...line.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys).toHaveLength(3);
    expect(ys[2]).toBeLessThan(ys[0] as number);
  });

  it("draws one day as a level line, and says when there is no snapshot yet", () => {
    render(<EnrolmentChart title="One day" days={[days[0] as (typeof days)[number]]} />);
    expect(screen.getByText(/^1 of 4 mailboxes enrolled on /)).toBeTruthy();
    cleanup();
    render(<EnrolmentChart title="Nothing yet" days={[]} />);
    expect(screen.getByText(/No daily snapshot yet/)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
