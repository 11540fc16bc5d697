import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SelectField } from "./SelectField.js";

afterEach(cleanup);

describe("SelectField", () => {
  it("links its label and error to the select", () => {
    render(
      <SelectField label="Country" error="Choose a country" defaultValue="GB">
        <option value="US">United States (+1)</option>
        <option value="GB">United Kingdom (+44)</option>
      </SelectField>,
    );
    const select = screen.getByRole("combobox", { name: "Country" }) as HTMLSelectElement;
    expect(select.value).toBe("GB");
    expect(select.getAttribute("aria-invalid")).toBe("true");
    const errorId = select.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(errorId)?.textContent).toBe("Choose a country");
  });
});
