import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithProviders } from "../test/providers";
import { AppShell } from "./AppShell";

afterEach(cleanup);

const user = { username: "alice@example.com", displayName: "Alice Archer", kind: "MAILBOX" as const };

describe("AppShell", () => {
  it("has a menu button for narrow screens that opens the navigation, moves focus into it, and closes on Escape", () => {
    renderWithProviders(
      <AppShell user={user} showNav>
        <p>Page</p>
      </AppShell>,
      { path: "/security" },
    );
    const button = screen.getByRole("button", { name: "Menu" });
    const panelId = button.getAttribute("aria-controls");
    expect(panelId).toBeTruthy();
    const panel = document.getElementById(panelId as string) as HTMLElement;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(panel.dataset["open"]).toBe("false");

    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(panel.dataset["open"]).toBe("true");
    expect(document.activeElement).toBe(within(panel).getByRole("link", { name: "Security" }));

    fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Escape" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  it("closes the menu when a link in it is followed", () => {
    renderWithProviders(
      <AppShell user={user} showNav>
        <p>Page</p>
      </AppShell>,
      { path: "/setup" },
    );
    const button = screen.getByRole("button", { name: "Menu" });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole("link", { name: "Security" }));
    expect(window.location.pathname).toBe("/security");
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });
});
