import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RadioGroup } from "./RadioGroup.js";

afterEach(cleanup);

const options = [
  { value: "ON", label: "On", hint: "Always asked." },
  { value: "OFF", label: "Off" },
] as const;

describe("RadioGroup", () => {
  it("names the group by its legend, each radio by its label, and describes it by its hint", () => {
    render(<RadioGroup legend="Mode" options={options} value="OFF" onChange={() => {}} />);
    const group = screen.getByRole("group", { name: "Mode" });
    expect(group.tagName).toBe("FIELDSET");
    const on = screen.getByRole("radio", { name: "On" });
    expect(on.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(on.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Always asked.");
    expect((screen.getByRole("radio", { name: "Off" }) as HTMLInputElement).checked).toBe(true);
  });

  it("reports the chosen value", () => {
    const onChange = vi.fn();
    function Harness() {
      const [value, setValue] = useState<"ON" | "OFF" | null>(null);
      return (
        <RadioGroup
          legend="Mode"
          options={options}
          value={value}
          onChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
      );
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole("radio", { name: "On" }));
    expect(onChange).toHaveBeenCalledWith("ON");
    expect((screen.getByRole("radio", { name: "On" }) as HTMLInputElement).checked).toBe(true);
  });

  it("can be disabled as a whole", () => {
    render(<RadioGroup legend="Mode" options={options} value="ON" onChange={() => {}} disabled />);
    expect((screen.getByRole("group", { name: "Mode" }) as HTMLFieldSetElement).disabled).toBe(true);
  });
});
