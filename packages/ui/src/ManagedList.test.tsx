import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ManagedItem, ManagedList } from "./ManagedList.js";

afterEach(cleanup);

describe("ManagedList", () => {
  it("is a named list whose items carry a heading, their details and their action", () => {
    render(
      <ManagedList label="Remembered browsers">
        <ManagedItem title="Firefox on Linux" details={["Used first 1 May, last 2 May", "Until 31 May"]} action={<button type="button">Forget</button>} />
        <ManagedItem title="Safari on iOS" details={["Used first 3 May"]} />
      </ManagedList>,
    );
    const list = screen.getByRole("list", { name: "Remembered browsers" });
    const [first, second] = within(list).getAllByRole("listitem");
    expect(within(first as HTMLElement).getByRole("heading", { level: 3 }).textContent).toBe("Firefox on Linux");
    expect(within(first as HTMLElement).getByText("Until 31 May").className).toBe("ui-managed-list__meta");
    expect(within(first as HTMLElement).getByRole("button", { name: "Forget" })).toBeTruthy();
    expect(within(second as HTMLElement).queryByRole("button")).toBeNull();
  });
});
