import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Checkbox } from "./Checkbox.js";

afterEach(cleanup);

describe("Checkbox", () => {
  it("is a labelled checkbox", () => {
    const onChange = vi.fn();
    render(<Checkbox label="Make this my default method" onChange={onChange} />);
    const box = screen.getByRole("checkbox", { name: "Make this my default method" });
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("can be an on/off switch described by its hint", () => {
    render(<Checkbox switch label="Multi-factor authentication" hint="Asks for a code at sign-in" checked readOnly />);
    const toggle = screen.getByRole("switch", { name: "Multi-factor authentication" }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    const hintId = toggle.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(hintId)?.textContent).toBe("Asks for a code at sign-in");
  });
});
