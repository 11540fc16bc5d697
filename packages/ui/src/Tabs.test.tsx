import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { Tabs } from "./Tabs.js";

afterEach(cleanup);

function Harness({ start = "a" as "a" | "b" | "c" }) {
  const [selected, setSelected] = useState(start);
  return (
    <Tabs
      label="Messages"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: "a", label: "Texts", panel: <p>Panel A</p> },
        { id: "b", label: "Emails", panel: <p>Panel B</p> },
        { id: "c", label: "Other", panel: <p>Panel C</p> },
      ]}
    />
  );
}

describe("Tabs", () => {
  it("shows the selected tab's panel only, labelled by its tab, with one tab stop", () => {
    render(<Harness />);
    expect(screen.getByRole("tablist", { name: "Messages" })).toBeTruthy();
    const texts = screen.getByRole("tab", { name: "Texts" });
    expect(texts.getAttribute("aria-selected")).toBe("true");
    expect(texts.tabIndex).toBe(0);
    expect(screen.getByRole("tab", { name: "Emails" }).tabIndex).toBe(-1);
    const panel = screen.getByRole("tabpanel", { name: "Texts" });
    expect(panel.textContent).toBe("Panel A");
    expect(texts.getAttribute("aria-controls")).toBe(panel.id);
    expect(screen.queryByText("Panel B")).toBeNull();
  });

  it("selects a tab on click, and with the arrow keys, Home and End (wrapping around), moving focus", () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole("tab", { name: "Emails" }));
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel B");
    fireEvent.keyDown(screen.getByRole("tab", { name: "Emails" }), { key: "ArrowRight" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel C");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Other" }));
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel A");
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel C");
    fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel A");
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel C");
    fireEvent.keyDown(document.activeElement as Element, { key: "a" });
    expect(screen.getByRole("tabpanel").textContent).toBe("Panel C");
  });
});
