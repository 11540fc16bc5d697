import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { CreateWebhookEndpointDocument } from "./CreateEndpointForm";
import { DeleteWebhookEndpointDocument, RotateWebhookSecretDocument, SendTestWebhookDocument, SetWebhookEnabledDocument } from "./EndpointItem";
import { WebhookEndpointsDocument, WebhooksPage } from "./WebhooksPage";

afterEach(cleanup);

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6eaq3JJlRO4=";

const endpoint = (extra: object = {}) => ({
  __typename: "WebhookEndpoint",
  id: "e1",
  url: "https://hooks.example.com/mfa",
  description: "CRM sync",
  enabled: true,
  eventTypes: ["USER_LOCKED", "MFA_RESET"],
  createdAt: "2027-01-15T10:00:00.000Z",
  previousSecretExpiresAt: null,
  ...extra,
});

/** The page's query, answering in turn with each list (the last one again after that). */
function endpoints(...lists: object[][]): MockLink.MockedResponse {
  let calls = 0;
  return { request: { query: WebhookEndpointsDocument }, maxUsageCount: 5, result: () => ({ data: { webhookEndpoints: lists[Math.min(calls++, lists.length - 1)] ?? [] } }) };
}

describe("WebhooksPage", () => {
  it("says when there are no endpoints yet", async () => {
    renderWithProviders(<WebhooksPage />, { path: "/admin/webhooks", session: adminSession, mocks: [endpoints([])] });
    expect(screen.getByText("Loading the webhook endpoints")).toBeTruthy();
    expect(await screen.findByText("No endpoints yet. Add one to start receiving events.")).toBeTruthy();
  });

  it("checks the form, shows the service's word on the URL beside it, then adds the endpoint and shows its secret once", async () => {
    const input = { url: "https://hooks.example.com/mfa", description: "CRM sync", eventTypes: ["MFA_RESET", "USER_LOCKED"] };
    const create = vi.fn(() => ({ data: { createWebhookEndpoint: { __typename: "CreateWebhookEndpointPayload", secret: SECRET, endpoint: endpoint() } } }));
    renderWithProviders(<WebhooksPage />, {
      path: "/admin/webhooks",
      session: adminSession,
      mocks: [
        endpoints([], [endpoint()]),
        {
          request: { query: CreateWebhookEndpointDocument, variables: { input: { ...input, url: "https://10.0.0.8/mfa" } } },
          result: graphQLError("Webhook URLs must point at a public internet address (not loopback, private, link-local or other reserved ranges).", "BAD_USER_INPUT", { field: "url", reason: "FORBIDDEN_ADDRESS" }),
        },
        { request: { query: CreateWebhookEndpointDocument, variables: { input } }, result: create },
      ],
    });
    await screen.findByText("No endpoints yet. Add one to start receiving events.");
    fireEvent.click(screen.getByRole("button", { name: "Add endpoint" }));
    const form = within(screen.getByRole("form", { name: "Add an endpoint" }));
    fireEvent.click(form.getByRole("button", { name: "Add endpoint" }));
    expect(await form.findByText("Enter the URL that should receive the events.")).toBeTruthy();
    expect(form.getByText("Choose at least one event.")).toBeTruthy();

    fireEvent.change(form.getByLabelText("Endpoint URL"), { target: { value: "https://10.0.0.8/mfa" } });
    fireEvent.change(form.getByLabelText("Description (optional)"), { target: { value: "CRM sync" } });
    fireEvent.click(form.getByLabelText("A user was locked out"));
    fireEvent.click(form.getByLabelText("An admin reset a user’s MFA"));
    fireEvent.click(form.getByRole("button", { name: "Add endpoint" }));
    expect(await form.findByText(/must point at a public internet address/)).toBeTruthy();
    expect(form.getByLabelText("Endpoint URL").getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(form.getByLabelText("Endpoint URL"), { target: { value: " https://hooks.example.com/mfa " } });
    fireEvent.click(form.getByRole("button", { name: "Add endpoint" }));
    expect(await screen.findByText("Endpoint added")).toBeTruthy();
    expect(screen.getByLabelText("Signing secret").textContent).toBe(SECRET);
    expect(screen.getByRole("button", { name: "Copy the secret" })).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
    const list = await screen.findByRole("list", { name: "Webhook endpoints" });
    expect(within(list).getByText("https://hooks.example.com/mfa")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByText(SECRET)).toBeNull();
  });

  it("takes every event with one box", async () => {
    renderWithProviders(<WebhooksPage />, { path: "/admin/webhooks", session: adminSession, mocks: [endpoints([])] });
    await screen.findByText("No endpoints yet. Add one to start receiving events.");
    fireEvent.click(screen.getByRole("button", { name: "Add endpoint" }));
    const form = within(screen.getByRole("form", { name: "Add an endpoint" }));
    fireEvent.click(form.getByLabelText("All events"));
    const boxes = form.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes).toHaveLength(13);
    expect(boxes.every((b) => b.checked)).toBe(true);
    fireEvent.click(form.getByLabelText("A mailbox was deleted"));
    expect((form.getByLabelText("All events") as HTMLInputElement).checked).toBe(false);
  });

  it("turns an endpoint off, makes a new secret after confirmation, and deletes it after confirmation", async () => {
    const off = vi.fn(() => ({ data: { updateWebhookEndpoint: { __typename: "WebhookEndpointPayload", endpoint: endpoint({ enabled: false }) } } }));
    const rotate = vi.fn(() => ({
      data: { rotateWebhookSecret: { __typename: "RotateWebhookSecretPayload", secret: SECRET, endpoint: endpoint({ enabled: false, previousSecretExpiresAt: "2027-01-16T10:00:00.000Z" }) } },
    }));
    const remove = vi.fn(() => ({ data: { deleteWebhookEndpoint: { __typename: "DeleteWebhookEndpointPayload", id: "e1" } } }));
    renderWithProviders(<WebhooksPage />, {
      path: "/admin/webhooks",
      session: adminSession,
      mocks: [
        endpoints([endpoint()], []),
        { request: { query: SetWebhookEnabledDocument, variables: { input: { id: "e1", enabled: false } } }, result: off },
        { request: { query: RotateWebhookSecretDocument, variables: { id: "e1" } }, result: rotate },
        { request: { query: DeleteWebhookEndpointDocument, variables: { id: "e1" } }, result: remove },
      ],
    });
    const list = await screen.findByRole("list", { name: "Webhook endpoints" });
    const item = within(within(list).getAllByRole("listitem")[0] as HTMLElement);
    expect(item.getByText("Enabled")).toBeTruthy();
    expect(item.getByText("2 events", { exact: false })).toBeTruthy();
    fireEvent.click(item.getByRole("switch", { name: "Send events" }));
    expect(await screen.findByText("Events no longer go to https://hooks.example.com/mfa; pending ones wait.")).toBeTruthy();
    expect(item.getByText("Disabled")).toBeTruthy();
    expect(off).toHaveBeenCalledTimes(1);

    fireEvent.click(item.getByRole("button", { name: "New secret" }));
    const confirmRotate = screen.getByRole("dialog", { name: "Make a new signing secret?" });
    fireEvent.click(within(confirmRotate).getByRole("button", { name: "Make a new secret" }));
    expect(await screen.findByText("New signing secret")).toBeTruthy();
    expect(screen.getByText(/previous secret also signs deliveries for the next 24 hours/)).toBeTruthy();
    expect(rotate).toHaveBeenCalledTimes(1);

    fireEvent.click(item.getByRole("button", { name: "Delete" }));
    const confirmDelete = screen.getByRole("dialog", { name: "Delete this endpoint?" });
    expect(confirmDelete.textContent).toContain("deliveries still pending are not sent");
    fireEvent.click(within(confirmDelete).getByRole("button", { name: "Delete endpoint" }));
    expect(await screen.findByText("The endpoint https://hooks.example.com/mfa was deleted.")).toBeTruthy();
    expect(remove).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("No endpoints yet. Add one to start receiving events.")).toBeTruthy();
  });

  it("sends a test event and opens the endpoint's delivery log", async () => {
    const test = vi.fn(() => ({ data: { sendTestWebhook: { __typename: "WebhookDeliveryPayload", delivery: { __typename: "WebhookDelivery", id: "7" } } } }));
    renderWithProviders(<WebhooksPage />, {
      path: "/admin/webhooks",
      session: adminSession,
      mocks: [endpoints([endpoint()]), { request: { query: SendTestWebhookDocument, variables: { endpointId: "e1" } }, result: test }],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Send test" }));
    expect(await screen.findByText("A test event is on its way to https://hooks.example.com/mfa.")).toBeTruthy();
    expect(test).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Delivery log" }));
    expect(window.location.search).toBe("?endpoint=e1");
    expect(screen.getByRole("button", { name: "Delivery log" }).getAttribute("aria-pressed")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Delivery log" })).toBeTruthy();
  });

  it("says when the endpoints cannot be loaded, and loads them again on request", async () => {
    renderWithProviders(<WebhooksPage />, {
      path: "/admin/webhooks",
      session: adminSession,
      mocks: [{ request: { query: WebhookEndpointsDocument }, result: graphQLError("Something broke.", "INTERNAL_SERVER_ERROR") }, endpoints([endpoint()])],
    });
    expect(await screen.findByText("The webhook endpoints could not be loaded")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("list", { name: "Webhook endpoints" })).toBeTruthy();
  });
});
