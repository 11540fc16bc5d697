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
});
