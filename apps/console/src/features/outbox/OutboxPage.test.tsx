import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { EmailOutboxDocument } from "../email-outbox/EmailOutbox";
import { SmsOutboxDocument } from "../sms-outbox/SmsOutbox";
import { OutboxPage } from "./OutboxPage";

afterEach(cleanup);

const email = (id: string, extra: object = {}) => ({
  __typename: "EmailMessage",
  id,
  kind: "MFA_REMINDER",
  to: "b***@sales.example.com",
  subject: "Action needed: set up two-step sign-in for sales.example.com by Monday 3 August 2026 at 09:00 UTC",
  text: "Set up two-step sign-in for sales.example.com\n\nSet it up now: http://localhost:4000/setup\n",
  html: "<!doctype html><p>Set it up now</p>",
  createdAt: "2026-07-20T10:00:00.000Z",
  ...extra,
});

const emails = (result: MockLink.MockedResponse["result"]): MockLink.MockedResponse => ({
  request: { query: EmailOutboxDocument, variables: { first: 50 } },
  maxUsageCount: 2,
  result,
});

const openEmails = (mocks: MockLink.MockedResponse[]) => renderWithProviders(<OutboxPage />, { path: "/admin/outbox?tab=emails", session: adminSession, mocks });

describe("OutboxPage, emails tab", () => {
  it("lists the kept emails newest first: subject, kind, masked recipient, time and text; the HTML in a sandboxed frame on demand", async () => {
    openEmails([emails({ data: { emailOutbox: [email("2", { kind: "SECURITY_ALERT", subject: "Security alert: a sign-in method was added", to: "c***@example.com" }), email("1")] } })]);
    expect(screen.getByRole("tab", { name: "Emails" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText("Loading the email outbox")).toBeTruthy();
    const list = await screen.findByRole("list", { name: "The last 2 emails, newest first" });
    const items = within(list).getAllByRole("article");
    expect(items.map((item) => within(item).getByRole("heading").textContent)).toEqual([
      "Security alert: a sign-in method was added",
      "Action needed: set up two-step sign-in for sales.example.com by Monday 3 August 2026 at 09:00 UTC",
    ]);
    const reminder = items[1] as HTMLElement;
    expect(reminder.textContent).toContain("MFA reminder");
    expect(reminder.textContent).toContain("To b***@sales.example.com");
    expect(reminder.querySelector("pre")?.textContent).toContain("Set it up now: http://localhost:4000/setup");
    expect(items[0]?.textContent).toContain("Security alert");
    expect(reminder.querySelector("iframe")).toBeNull();
    const details = reminder.querySelector("details") as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const frame = await within(reminder).findByTitle(/^HTML version of “Action needed/);
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(frame.getAttribute("srcdoc")).toBe("<!doctype html><p>Set it up now</p>");
  });

  it("says when there are no emails yet", async () => {
    openEmails([emails({ data: { emailOutbox: [] } })]);
    expect(await screen.findByText("No emails yet. They appear here when the service sends a reminder or a security alert.")).toBeTruthy();
  });

  it("says the outbox is off when a mail server sends the emails", async () => {
    openEmails([emails(graphQLError("The email outbox is off: emails go to an SMTP server.", "FORBIDDEN", { reason: "OUTBOX_OFF" }))]);
    expect(await screen.findByText("The email outbox is off")).toBeTruthy();
    expect(screen.getByText("Emails go to a real mail server, so there is nothing to show here.")).toBeTruthy();
  });

  it("says why the emails could not be loaded, and tries again", async () => {
    openEmails([
      { request: { query: EmailOutboxDocument, variables: { first: 50 } }, result: graphQLError("Database down", "SERVICE_UNAVAILABLE") },
      emails({ data: { emailOutbox: [email("1")] } }),
    ]);
    expect(await screen.findByText("The email outbox could not be loaded")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("list", { name: "The last 1 email, newest first" })).toBeTruthy();
  });

  it("opens on the texts tab, and the emails tab goes into the address", async () => {
    renderWithProviders(<OutboxPage />, { path: "/admin/outbox", session: adminSession, mocks: [emails({ data: { emailOutbox: [] } })] });
    expect(screen.getByRole("heading", { level: 1, name: "Outbox" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Texts" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Emails" }));
    expect(window.location.search).toBe("?tab=emails");
    expect(await screen.findByText(/^No emails yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Texts" }));
    expect(window.location.search).toBe("");
  });
});

describe("OutboxPage, texts tab", () => {
  const text = { __typename: "SmsMessage", id: "t1", to: "+1 ***-***-0100", body: "Your code is 123456", createdAt: "2026-07-20T10:00:00.000Z" };
  const texts = (result: MockLink.MockedResponse["result"]): MockLink.MockedResponse => ({ request: { query: SmsOutboxDocument, variables: { first: 50 } }, result });

  it("keeps the texts shown when a refresh fails, and says so", async () => {
    renderWithProviders(<OutboxPage />, {
      path: "/admin/outbox",
      session: adminSession,
      mocks: [texts({ data: { smsOutbox: [text] } }), texts(graphQLError("Database down", "SERVICE_UNAVAILABLE"))],
    });
    const table = await screen.findByRole("table", { name: "The last 1 text, newest first" });
    expect(within(table).getByText("Your code is 123456")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("The newest texts could not be loaded")).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "The last 1 text, newest first" })).getByText("Your code is 123456")).toBeTruthy();
  });
});
