import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Meter } from "./Meter.js";

afterEach(cleanup);

describe("Meter", () => {
  it("exposes its value in words and fills its share", () => {
    render(<Meter label="Coverage" value={3} max={4} valueText="3 of 4 enrolled" />);
    const meter = screen.getByRole("meter", { name: "Coverage" });
    expect(meter.getAttribute("aria-valuetext")).toBe("3 of 4 enrolled");
    expect(meter.getAttribute("aria-valuemax")).toBe("4");
    expect((meter.firstElementChild as HTMLElement).style.width).toBe("75%");
  });

  it("shows an empty bar for an empty total", () => {
    render(<Meter label="Coverage" value={0} max={0} valueText="No mailboxes" />);
    expect((screen.getByRole("meter").firstElementChild as HTMLElement).style.width).toBe("0%");
  });
});
