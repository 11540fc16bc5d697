import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TextField } from "./TextField.js";

afterEach(cleanup);

describe("TextField", () => {
  it("links its label to the input", () => {
    render(<TextField label="Username" name="username" />);
    const input = screen.getByLabelText("Username");
    expect(input.tagName).toBe("INPUT");
    expect(input.getAttribute("name")).toBe("username");
  });

  it("describes the input by its hint and error, and marks it invalid", () => {
    render(<TextField label="Phone" hint="Include the country code" error="Not a valid number" />);
    const input = screen.getByLabelText("Phone");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (input.getAttribute("aria-describedby") ?? "").split(" ");
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["Include the country code", "Not a valid number"]);
  });

  it("is not marked invalid without an error", () => {
    render(<TextField label="Name" />);
    const input = screen.getByLabelText("Name");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });
});
