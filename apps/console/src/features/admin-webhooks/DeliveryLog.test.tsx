import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { DELIVERY_PAGE_SIZE, DeliveryLog, RedeliverWebhookDocument, WebhookDeliveriesDocument } from "./DeliveryLog";

afterEach(cleanup);

const delivery = (id: string, extra: object = {}) => ({
  __typename: "WebhookDelivery",
  id,
  eventType: "user.locked",
  status: "SUCCEEDED",
  attempts: 1,
  lastStatusCode: 204,
  lastResponse: null,
  lastAttemptAt: "2027-01-15T10:00:01.000Z",
  nextAttemptAt: null,
  createdAt: "2027-01-15T10:00:00.000Z",
  ...extra,
});

function page(nodes: object[], { status = null as string | null, after = null as string | null, hasNextPage = false, totalCount = nodes.length } = {}): MockLink.MockedResponse {
  return {
    request: { query: WebhookDeliveriesDocument, variables: { endpointId: "e1", first: DELIVERY_PAGE_SIZE, after, status } },
    maxUsageCount: 3,
    result: { data: { webhookDeliveries: { __typename: "WebhookDeliveryConnection", totalCount, pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: hasNextPage ? "c1" : null }, nodes } } },
  };
}

const render = (mocks: MockLink.MockedResponse[], onResult = vi.fn()) => {
  renderWithProviders(<DeliveryLog endpointId="e1" url="https://hooks.example.com/mfa" onResult={onResult} />, { path: "/admin/webhooks?endpoint=e1", session: adminSession, mocks });
  return onResult;
};

describe("DeliveryLog", () => {
  it("lists deliveries with their status, attempts, last answer and next attempt, and sends one again", async () => {
    const resend = vi.fn(() => ({ data: { redeliverWebhook: { __typename: "WebhookDeliveryPayload", delivery: { __typename: "WebhookDelivery", id: "9" } } } }));
    const onResult = render([
      page([
        delivery("3", { status: "PENDING", attempts: 3, lastStatusCode: 503, lastResponse: "down for maintenance", nextAttemptAt: "2027-01-15T10:05:00.000Z" }),
        delivery("2", { status: "FAILED", eventType: "mfa.reset", attempts: 20, lastStatusCode: null, lastResponse: "no answer within 5000 ms" }),
        delivery("1"),
      ]),
      { request: { query: RedeliverWebhookDocument, variables: { deliveryId: "2" } }, result: resend },
    ]);
    expect(screen.getByText("Loading the delivery log")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Deliveries to https://hooks.example.com/mfa, newest first" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.children].slice(1, 5).map((c) => c.textContent))).toEqual([
      ["user.locked", expect.stringMatching(/^Pendingnext /), "3", "HTTP 503down for maintenance"],
      ["mfa.reset", "Failed", "20", "No answerno answer within 5000 ms"],
      ["user.locked", "Delivered", "1", "HTTP 204"],
    ]);
    expect(screen.getByText("3 of 3 deliveries shown")).toBeTruthy();
    fireEvent.click(within(rows[1] as HTMLElement).getByRole("button", { name: /^Send again: the mfa\.reset event of / }));
    await vi.waitFor(() => expect(onResult).toHaveBeenCalledWith({ tone: "success", text: "The mfa.reset event is queued to be sent again." }));
    expect(resend).toHaveBeenCalledTimes(1);
  });

  it("filters by status and loads more", async () => {
    render([
      page([delivery("5"), delivery("4")], { hasNextPage: true, totalCount: 3 }),
      page([delivery("3")], { after: "c1", totalCount: 3 }),
      page([delivery("2", { status: "FAILED" })], { status: "FAILED" }),
    ]);
    await screen.findByText("2 of 3 deliveries shown");
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await screen.findByText("3 of 3 deliveries shown")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "FAILED" } });
    expect(await screen.findByText("1 of 1 delivery shown")).toBeTruthy();
  });

  it("says when there is nothing yet, and when the log cannot be loaded", async () => {
    render([page([])]);
    expect(await screen.findByText("No deliveries yet. Send a test to see one.")).toBeTruthy();
    cleanup();
    render([{ request: { query: WebhookDeliveriesDocument, variables: { endpointId: "e1", first: DELIVERY_PAGE_SIZE, after: null, status: null } }, result: graphQLError("No such webhook endpoint.", "NOT_FOUND") }]);
    expect(await screen.findByText("The delivery log could not be loaded")).toBeTruthy();
    expect(screen.getByText("No such webhook endpoint.")).toBeTruthy();
  });
});
