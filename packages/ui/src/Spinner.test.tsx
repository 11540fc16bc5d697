import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Spinner } from "./Spinner.js";

afterEach(cleanup);

describe("Spinner", () => {
  it("announces its label as a status", () => {
    render(<Spinner label="Checking the service" />);
    expect(screen.getByRole("status").textContent).toBe("Checking the service");
  });

  it("is hidden from assistive technology when decorative", () => {
    const { container } = render(<Spinner decorative />);
    expect(screen.queryByRole("status")).toBeNull();
    expect(container.firstElementChild?.getAttribute("aria-hidden")).toBe("true");
  });
});
