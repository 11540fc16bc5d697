import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Table } from "./Table.js";

afterEach(cleanup);

describe("Table", () => {
  it("is named by its caption, inside a focusable scrolling region of the same name", () => {
    render(
      <Table caption="Mailboxes" busy>
        <thead>
          <tr>
            <th scope="col">Mailbox</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>alice@example.com</td>
          </tr>
        </tbody>
      </Table>,
    );
    const table = screen.getByRole("table", { name: "Mailboxes" });
    expect(table.getAttribute("aria-busy")).toBe("true");
    const region = screen.getByRole("region", { name: "Mailboxes" });
    expect(region.tabIndex).toBe(0);
    expect(screen.getByRole("columnheader", { name: "Mailbox" })).toBeTruthy();
  });

  it("labels each cell with its column's header, for the card layout of narrow screens", () => {
    render(
      <Table caption="Audit events">
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">
              <span className="ui-visually-hidden">Select</span>
            </th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>10:00</td>
            <td>
              <input type="checkbox" aria-label="Select alice" />
            </td>
            <th scope="row">Signed in</th>
          </tr>
        </tbody>
      </Table>,
    );
    const region = screen.getByRole("region", { name: "Audit events" });
    expect(region.classList.contains("ui-table-wrap--cards")).toBe(true);
    const cells = [...region.querySelectorAll("tbody tr > *")].map((cell) => (cell as HTMLElement).dataset.label);
    expect(cells).toEqual(["Time", "Select", "Action"]);
  });

  it("takes a header's own data-label over its text, so a sort button's hidden state stays out of the cards", () => {
    render(
      <Table caption="People">
        <thead>
          <tr>
            <th scope="col" data-label="Name">
              <button type="button">
                Name<span className="ui-visually-hidden">, sorted ascending</span>
              </button>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Alice</td>
          </tr>
        </tbody>
      </Table>,
    );
    const cell = screen.getByRole("region", { name: "People" }).querySelector("tbody td") as HTMLElement;
    expect(cell.dataset.label).toBe("Name");
  });

  it("keeps the sideways scrolling on narrow screens when asked", () => {
    render(
      <Table caption="Budgets" layout="scroll">
        <tbody>
          <tr>
            <td>5</td>
          </tr>
        </tbody>
      </Table>,
    );
    expect(screen.getByRole("region", { name: "Budgets" }).classList.contains("ui-table-wrap--cards")).toBe(false);
  });
});
