import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { RememberDaysForm, SetRememberBrowserDaysDocument } from "./RememberDaysForm";

afterEach(cleanup);

const domain = { id: "d1", name: "example.com", rememberBrowserDays: 30 };

function saved(days: number) {
  return {
    request: { query: SetRememberBrowserDaysDocument, variables: { domainId: "d1", days } },
    result: { data: { setRememberBrowserDays: { __typename: "DomainPayload", domain: { __typename: "Domain", id: "d1", rememberBrowserDays: days } } } },
  };
}

function setDays(value: string) {
  fireEvent.change(screen.getByLabelText("Don't ask again on a browser for (days)"), { target: { value } });
  fireEvent.click(screen.getByRole("button", { name: "Save days" }));
}

describe("RememberDaysForm", () => {
  it("shows the domain's days and saves new ones", async () => {
    const onSaved = vi.fn();
    renderWithProviders(<RememberDaysForm domain={domain} onSaved={onSaved} />, { mocks: [saved(7)] });
    expect((screen.getByLabelText("Don't ask again on a browser for (days)") as HTMLInputElement).value).toBe("30");
    expect((screen.getByRole("button", { name: "Save days" }) as HTMLButtonElement).disabled).toBe(true);
    setDays("7");
    await expect.poll(() => onSaved.mock.calls.length).toBe(1);
    expect(onSaved).toHaveBeenCalledWith("Browsers of example.com may now be remembered for 7 days.");
  });

  it("turns remembering off with 0", async () => {
    const onSaved = vi.fn();
    renderWithProviders(<RememberDaysForm domain={domain} onSaved={onSaved} />, { mocks: [saved(0)] });
    setDays("0");
    await expect.poll(() => onSaved.mock.calls.length).toBe(1);
    expect(onSaved).toHaveBeenCalledWith("Browsers of example.com are no longer remembered.");
  });

  it("refuses more than 90 days or a fraction before asking the service", () => {
    const onSaved = vi.fn();
    renderWithProviders(<RememberDaysForm domain={domain} onSaved={onSaved} />, { mocks: [] });
    for (const value of ["91", "1.5", "-1"]) {
      setDays(value);
      expect(screen.getByText("Enter a whole number of days from 0 to 90.")).toBeTruthy();
    }
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("says why the service refused", async () => {
    renderWithProviders(<RememberDaysForm domain={domain} onSaved={vi.fn()} />, {
      mocks: [{ request: { query: SetRememberBrowserDaysDocument, variables: { domainId: "d1", days: 5 } }, result: graphQLError("No.", "FORBIDDEN") }],
    });
    setDays("5");
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});
