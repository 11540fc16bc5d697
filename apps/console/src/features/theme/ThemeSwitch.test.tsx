import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyTheme, readTheme, THEME_STORAGE_KEY } from "../../lib/theme";
import { ThemeSwitch } from "./ThemeSwitch";

afterEach(cleanup);
beforeEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset["theme"];
});

describe("ThemeSwitch", () => {
  it("follows the system until a theme is chosen, then applies and remembers it", () => {
    render(<ThemeSwitch />);
    const select = screen.getByLabelText("Theme") as HTMLSelectElement;
    expect(select.value).toBe("system");
    expect(document.documentElement.dataset["theme"]).toBeUndefined();

    fireEvent.change(select, { target: { value: "dark" } });
    expect(document.documentElement.dataset["theme"]).toBe("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");

    fireEvent.change(select, { target: { value: "system" } });
    expect(document.documentElement.dataset["theme"]).toBeUndefined();
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it("starts from the remembered choice, and ignores a value it does not know", () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, "light");
    render(<ThemeSwitch />);
    expect((screen.getByLabelText("Theme") as HTMLSelectElement).value).toBe("light");
    window.localStorage.setItem(THEME_STORAGE_KEY, "sepia");
    expect(readTheme()).toBe("system");
    applyTheme(readTheme());
    expect(document.documentElement.dataset["theme"]).toBeUndefined();
  });
});
