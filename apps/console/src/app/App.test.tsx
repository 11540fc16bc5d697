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
import { EmailOutboxAvailableDocument, OutboxAvailableDocument } from "./AdminNav";
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
/** The answers about the two outboxes: each on (kept messages) or off (FORBIDDEN, a real provider or server sends). */
const outbox = (texts: boolean, emails = texts): MockLink.MockedResponse[] => [
  {
    request: { query: OutboxAvailableDocument },
    result: texts ? { data: { smsOutbox: [] } } : graphQLError("The SMS outbox is off: texts go to a real provider.", "FORBIDDEN"),
  },
  {
    request: { query: EmailOutboxAvailableDocument },
    result: emails ? { data: { emailOutbox: [] } } : graphQLError("The email outbox is off: emails go to an SMTP server.", "FORBIDDEN", { reason: "OUTBOX_OFF" }),
  },
];

describe("App", () => {
  it("sends a visitor without a session to sign-in", async () => {
    renderApp("/security", graphQLError("Sign in first.", "UNAUTHENTICATED"));
    expect(screen.getByText("Loading the console")).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(window.location.pathname).toBe("/sign-in");
  });

  it("keeps a deep link through sign-in: the address asked for waits on the sign-in address, and is where an admin lands", async () => {
    renderApp("/admin/mailboxes?status=LOCKED", graphQLError("Sign in first.", "UNAUTHENTICATED"));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(window.location.pathname).toBe("/sign-in");
    expect(new URLSearchParams(window.location.search).get("next")).toBe("/admin/mailboxes?status=LOCKED");
    cleanup();
    renderApp("/sign-in?next=%2Fadmin%2Fno-such-page%3Fstatus%3DLOCKED", admin, outbox(false));
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe("/admin/no-such-page?status=LOCKED");
  });

  it("tells a user signed out because a policy now requires MFA why, on the sign-in page", async () => {
    renderApp("/security", graphQLError("Your administrator now requires multi-factor authentication. Sign in to set it up.", "UNAUTHENTICATED", { reason: "POLICY_REQUIRED" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.getByText("Your administrator now requires multi-factor authentication. Sign in to set it up.")).toBeTruthy();
  });

  it.each([
    ["SIGNED_OUT_ELSEWHERE", "You were signed out from another session."],
    ["SIGNED_OUT_BY_ADMIN", "Your administrator signed you out. Sign in again to continue."],
    ["MFA_RESET", "Your administrator reset your multi-factor authentication. Sign in again to set it up."],
    ["IDLE", "You were signed out because you were inactive for a while."],
    ["EXPIRED", "Your session reached its time limit. Sign in again to continue."],
  ])("tells a user whose session ended with %s why, in a plain sentence", async (reason, sentence) => {
    renderApp("/security", graphQLError("Sign in again.", "UNAUTHENTICATED", { reason }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.getByText(sentence)).toBeTruthy();
  });

  it("shows no sentence for a reason it does not know", async () => {
    renderApp("/security", graphQLError("Sign in again.", "UNAUTHENTICATED", { reason: "SOMETHING_NEW" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeTruthy();
    expect(screen.queryByText(/signed out|signed you out|inactive|time limit/)).toBeNull();
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
    renderApp("/no-such-page", admin, outbox(false));
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByText("Demo Admin")).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.textContent).toBe("Security");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("gives an admin the admin area, with the outbox while the service keeps texts and emails", async () => {
    renderApp("/no-such-page", admin, outbox(true));
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    expect(await within(nav).findByRole("link", { name: "Outbox" })).toBeTruthy();
    const links = within(nav).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["Overview", "/admin/overview"],
      ["Domains", "/admin/domains"],
      ["Mailboxes", "/admin/mailboxes"],
      ["Audit log", "/admin/audit"],
      ["Account", "/admin/account"],
      ["Text messages", "/admin/sms"],
      ["API keys", "/admin/api-keys"],
      ["Webhooks", "/admin/webhooks"],
      ["Outbox", "/admin/outbox"],
    ]);
  });

  it("hides the outbox link when both outboxes are off", async () => {
    renderApp("/no-such-page", admin, outbox(false));
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(nav).queryByRole("link", { name: "Outbox" })).toBeNull();
    expect(within(nav).getByRole("link", { name: "Domains" })).toBeTruthy();
  });

  it.each([
    ["texts only", true, false],
    ["emails only", false, true],
  ])("shows the outbox link when the service keeps %s", async (_, texts, emails) => {
    renderApp("/no-such-page", admin, outbox(texts, emails));
    const nav = await screen.findByRole("navigation", { name: "Admin" });
    expect(await within(nav).findByRole("link", { name: "Outbox" })).toBeTruthy();
  });

  it("lands an admin on the Overview and anyone else on their Security page", async () => {
    renderApp("/", admin, outbox(false));
    await expect.poll(() => window.location.pathname, { timeout: 10_000 }).toBe("/admin/overview");
    cleanup();
    renderApp("/sign-in", mailboxUser);
    await expect.poll(() => window.location.pathname, { timeout: 10_000 }).toBe("/security");
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
    expect(screen.getByText("We could not reach the service. Check your connection and try again.")).toBeTruthy();
    expect(document.body.textContent).not.toContain("Failed to fetch");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
