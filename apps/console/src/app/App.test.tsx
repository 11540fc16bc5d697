import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { HealthDocument } from "../features/health/HealthStatus";
import { ReauthProvider } from "../features/reauth/ReauthProvider";
import { createCache } from "../lib/apollo-client";
import { NoticeProvider } from "../lib/notice";
import { SessionDocument, SessionProvider } from "../lib/session";
import { graphQLError } from "../test/providers";
import { OutboxAvailableDocument } from "./AdminNav";
import { App } from "./App";

afterEach(cleanup);

function renderApp(path: string, session: MockLink.MockedResponse["result"], mocks: MockLink.MockedResponse[] = []) {
  window.history.replaceState(null, "", path);
  render(
    <MockedProvider mocks={[{ request: { query: SessionDocument }, result: session }, healthy, ...mocks]} cache={createCache()}>
      <SessionProvider>
        <NoticeProvider>
          <ReauthProvider>
            <App />
          </ReauthProvider>
        </NoticeProvider>
      </SessionProvider>
    </MockedProvider>,
  );
}

const healthy: MockLink.MockedResponse = {
  request: { query: HealthDocument },
  result: { data: { health: { __typename: "Health", status: "ok", database: "undisclosed" } } },
};

const admin = { data: { me: { __typename: "Viewer", id: "u1", username: "admin", displayName: "Demo Admin", kind: "ADMIN" } } };
const mailboxUser = { data: { me: { __typename: "Viewer", id: "u2", username: "alice@example.com", displayName: "Alice Archer", kind: "MAILBOX" } } };
const outbox = (on: boolean): MockLink.MockedResponse => ({
  request: { query: OutboxAvailableDocument },
  result: on ? { data: { smsOutbox: [] } } : graphQLError("The SMS outbox is off: texts go to a real provider.", "FORBIDDEN"),
});

describe("App", () => {
  it("sends a visitor without a session to sign-in", async () => {
    renderApp("/security", graphQLError("Sign in first.", "UNAUTHENTICATED"));
    expect(screen.getByText("Loading the console")).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(window.location.pathname).toBe("/sign-in");
  });

  it("tells a user signed out because a policy now requires MFA why, on the sign-in page", async () => {
    renderApp("/security", graphQLError("Your administrator now requires multi-factor authentication. Sign in to set it up.", "UNAUTHENTICATED", { reason: "POLICY_REQUIRED" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.getByText("Your administrator now requires multi-factor authentication. Sign in to set it up.")).toBeTruthy();
  });

  it("says nothing more to a visitor whose session simply ended", async () => {
    renderApp("/sign-in", graphQLError("Sign in first.", "UNAUTHENTICATED"));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.queryByText(/now requires multi-factor authentication/)).toBeNull();
  });

  it("keeps a setup-only session in the setup wizard", async () => {
    renderApp("/security", graphQLError("Set up multi-factor authentication to continue.", "MFA_SETUP_REQUIRED"));
    expect(await screen.findByRole("heading", { level: 1, name: "Choose your multi-factor authentication method" })).toBeTruthy();
    expect(window.location.pathname).toBe("/setup");
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("frames a signed-in user's pages with the user's name, navigation and sign out", async () => {
    renderApp("/no-such-page", admin, [outbox(false)]);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByText("Demo Admin")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.textContent).toBe("Security");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("gives an admin the admin area, with the SMS outbox while the service keeps texts", async () => {
    renderApp("/no-such-page", admin, [outbox(true)]);
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    expect(await within(nav).findByRole("link", { name: "SMS outbox" })).toBeTruthy();
    const links = within(nav).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["Domains", "/admin/domains"],
      ["Mailboxes", "/admin/mailboxes"],
      ["Audit log", "/admin/audit"],
      ["Account", "/admin/account"],
      ["Text messages", "/admin/sms"],
      ["API keys", "/admin/api-keys"],
      ["Webhooks", "/admin/webhooks"],
      ["SMS outbox", "/admin/outbox"],
    ]);
  });

  it("hides the SMS outbox link when the outbox is off", async () => {
    renderApp("/no-such-page", admin, [outbox(false)]);
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(nav).queryByRole("link", { name: "SMS outbox" })).toBeNull();
    expect(within(nav).getByRole("link", { name: "Domains" })).toBeTruthy();
  });

  it("tells a mailbox user that admin pages are not for them, and shows no admin area", async () => {
    renderApp("/admin/domains", mailboxUser);
    expect(await screen.findByRole("heading", { level: 1, name: "Not allowed" })).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Admin" })).toBeNull();
    expect(window.location.pathname).toBe("/admin/domains");
  });

  it("says so when the service cannot be reached", async () => {
    window.history.replaceState(null, "", "/");
    render(
      <MockedProvider mocks={[{ request: { query: SessionDocument }, error: new TypeError("Failed to fetch") }]} cache={createCache()}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </MockedProvider>,
    );
    expect(await screen.findByText("The console cannot reach the service")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
