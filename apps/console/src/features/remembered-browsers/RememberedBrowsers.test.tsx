import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { ForgetAllRememberedBrowsersDocument, ForgetRememberedBrowserDocument, MyRememberedBrowsersDocument, RememberedBrowsers } from "./RememberedBrowsers";

afterEach(cleanup);

function browser(overrides: Partial<{ id: string; name: string; current: boolean }> = {}) {
  return {
    __typename: "RememberedBrowser" as const,
    id: "b-laptop",
    name: "Chrome 156 on Linux",
    firstUsedAt: "2026-11-01T09:00:00.000Z",
    lastUsedAt: "2026-11-20T09:00:00.000Z",
    expiresAt: "2026-12-01T09:00:00.000Z",
    current: true,
    ...overrides,
  };
}
const laptop = browser();
const phone = browser({ id: "b-phone", name: "Safari 17 on iOS", current: false });

const mine = (browsers: ReturnType<typeof browser>[]): MockLink.MockedResponse => ({
  request: { query: MyRememberedBrowsersDocument },
  result: { data: { myRememberedBrowsers: browsers } },
});

describe("RememberedBrowsers", () => {
  it("lists each remembered browser with first and last use, and marks this one", async () => {
    renderWithProviders(<RememberedBrowsers />, { mocks: [mine([laptop, phone])] });
    const list = await screen.findByRole("list", { name: "Your remembered browsers" });
    const [first, second] = within(list).getAllByRole("listitem");
    expect(within(first as HTMLElement).getByText("This browser")).toBeTruthy();
    expect(within(first as HTMLElement).getByText(/First used .* · Last used/)).toBeTruthy();
    expect(within(second as HTMLElement).queryByText("This browser")).toBeNull();
    expect(within(second as HTMLElement).getByRole("button", { name: /^Forget Safari 17 on iOS/ })).toBeTruthy();
  });

  it("says when no browser is remembered, with no Forget all", async () => {
    renderWithProviders(<RememberedBrowsers />, { mocks: [mine([])] });
    expect(await screen.findByText(/No browser skips your code/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Forget all" })).toBeNull();
  });

  it("forgets one browser only after confirmation", async () => {
    const forget = vi.fn(() => ({ data: { forgetRememberedBrowser: { __typename: "ForgetRememberedBrowsersPayload", forgotten: 1, browsers: [laptop] } } }));
    renderWithProviders(<RememberedBrowsers />, { mocks: [mine([laptop, phone]), { request: { query: ForgetRememberedBrowserDocument, variables: { id: "b-phone" } }, result: forget }] });
    fireEvent.click(await screen.findByRole("button", { name: /^Forget Safari 17/ }));
    let dialog = screen.getByRole("dialog", { name: "Forget this browser?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(forget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: /^Forget Safari 17/ }));
    dialog = screen.getByRole("dialog", { name: "Forget this browser?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Forget" }));
    expect(await screen.findByText(/Safari 17 on iOS was forgotten/)).toBeTruthy();
    expect(forget).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole("list", { name: "Your remembered browsers" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("forgets all after confirmation and says how many", async () => {
    const forgetAll = vi.fn(() => ({ data: { forgetAllRememberedBrowsers: { __typename: "ForgetRememberedBrowsersPayload", forgotten: 2 } } }));
    renderWithProviders(<RememberedBrowsers />, { mocks: [mine([laptop, phone]), { request: { query: ForgetAllRememberedBrowsersDocument }, result: forgetAll }] });
    fireEvent.click(await screen.findByRole("button", { name: "Forget all" }));
    const dialog = screen.getByRole("dialog", { name: "Forget all remembered browsers?" });
    expect(dialog.textContent).toContain("2 browsers");
    fireEvent.click(within(dialog).getByRole("button", { name: "Forget all" }));
    expect(await screen.findByText("2 browsers were forgotten.")).toBeTruthy();
    expect(forgetAll).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/No browser skips your code/)).toBeTruthy();
  });

  it("says why a forget failed", async () => {
    renderWithProviders(<RememberedBrowsers />, {
      mocks: [mine([laptop]), { request: { query: ForgetRememberedBrowserDocument, variables: { id: "b-laptop" } }, result: graphQLError("No such remembered browser.", "NOT_FOUND") }],
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Forget Chrome 156/ }));
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Forget" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});
