import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HeaderSelect } from "./HeaderSelect.js";

afterEach(cleanup);

const OPTIONS = [
  { value: "en", label: "English", lang: "en" },
  { value: "de", label: "Deutsch", lang: "de" },
] as const;

describe("HeaderSelect", () => {
  it("is a select named by its label, showing the initial choice, each option in its own language", () => {
    render(<HeaderSelect label="Language" options={OPTIONS} initial="de" onChoose={() => undefined} />);
    const select = screen.getByLabelText<HTMLSelectElement>("Language");
    expect(select.value).toBe("de");
    expect([...select.options].map((o) => [o.textContent, o.lang])).toEqual([
      ["English", "en"],
      ["Deutsch", "de"],
    ]);
  });

  it("shows a new choice at once and hands it on, once per change", () => {
    const onChoose = vi.fn();
    render(<HeaderSelect label="Language" options={OPTIONS} initial={() => "en" as const} onChoose={onChoose} />);
    const select = screen.getByLabelText<HTMLSelectElement>("Language");
    fireEvent.change(select, { target: { value: "de" } });
    expect(select.value).toBe("de");
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith("de");
  });
});
