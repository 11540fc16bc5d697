import type { MockLink } from "@apollo/client/testing";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { adminSession } from "../../test/admin-fixtures";
import { graphQLError, renderWithProviders } from "../../test/providers";
import { reauthFactors, stepUp } from "../../test/reauth-fixtures";
import { SetSmsBudgetsDocument } from "./BudgetsForm";
import { SetSmsCountriesDocument } from "./CountriesForm";
import { SmsPage, SmsPageDocument } from "./SmsPage";

afterEach(cleanup);

const BUDGETS = { userHourly: 5, userDaily: 10, domainHourly: 50, domainDaily: 200, accountHourly: 100, accountDaily: 500, destinationDaily: 5 };
const MAXIMA = { userHourly: 20, userDaily: 50, domainHourly: 500, domainDaily: 2000, accountHourly: 1000, accountDaily: 5000, destinationDaily: 20 };
const use = (thisHour: number, today: number, hourlyBudget: number, dailyBudget: number) => ({ __typename: "SmsUse", thisHour, today, hourlyBudget, dailyBudget });

function settings({ countries = ["CA", "GB", "US"], budgets = BUDGETS } = {}) {
  return {
    data: {
      smsSettings: {
        __typename: "SmsSettings",
        allowedCountries: countries,
        usesDefaultCountries: countries.join() === "CA,GB,US",
        defaultCountries: ["CA", "GB", "US"],
        budgets: { __typename: "SmsBudgets", ...budgets },
        defaultBudgets: { __typename: "SmsBudgets", ...BUDGETS },
        maxBudgets: { __typename: "SmsBudgets", ...MAXIMA },
        account: use(62, 80, budgets.accountHourly, budgets.accountDaily),
        domains: [
          { __typename: "SmsDomainUse", domainId: "d1", name: "example.com", use: use(50, 71, budgets.domainHourly, budgets.domainDaily) },
          { __typename: "SmsDomainUse", domainId: "d2", name: "sales.example.com", use: use(12, 9, budgets.domainHourly, budgets.domainDaily) },
        ],
        hourEndsAt: "2027-01-15T14:00:00.000Z",
        dayEndsAt: "2027-01-16T00:00:00.000Z",
      },
    },
  };
}

/** The page's query, answering in turn with each of `answers` (the last one again after that). */
function page(...answers: ReturnType<typeof settings>[]): MockLink.MockedResponse {
  let calls = 0;
  return { request: { query: SmsPageDocument }, maxUsageCount: 5, result: () => answers[Math.min(calls++, answers.length - 1)] ?? settings() };
}

describe("SmsPage", () => {
  it("shows each domain's texts this hour and today against its budget, and the account's", async () => {
    renderWithProviders(<SmsPage />, { path: "/admin/sms", session: adminSession, mocks: [page(settings())] });
    expect(screen.getByText("Loading the text message settings")).toBeTruthy();
    const table = await screen.findByRole("table", { name: "Texts sent this hour and today, against the budgets" });
    const rows = within(table).getAllByRole("row").slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ["Whole account", "62 of 100", "80 of 500"],
      ["example.com", "50 of 50Budget reached", "71 of 200"],
      ["sales.example.com", "12 of 50", "9 of 200"],
    ]);
    const meter = screen.getByRole("meter", { name: "Texts of example.com this hour" });
    expect([meter.getAttribute("aria-valuenow"), meter.getAttribute("aria-valuemax"), meter.getAttribute("aria-valuetext")]).toEqual(["50", "50", "50 of 50"]);
    expect(screen.getByText(/^Now: Canada, United Kingdom, United States/)).toBeTruthy();
    expect(screen.getByText("Service default")).toBeTruthy();
  });

  it("refuses codes that are not countries, then confirms what a new list adds, asks for the password when the service wants it, and saves", async () => {
    const save = vi.fn(() => ({ data: { setSmsSettings: { __typename: "SmsSettingsPayload", settings: { __typename: "SmsSettings", allowedCountries: ["LV", "US"], usesDefaultCountries: false } } } }));
    const request = { query: SetSmsCountriesDocument, variables: { countries: ["LV", "US"] } };
    renderWithProviders(<SmsPage />, {
      path: "/admin/sms",
      session: adminSession,
      mocks: [
        page(settings(), settings({ countries: ["LV", "US"] })),
        { request, result: graphQLError("Confirm your password to let more text messages out.", "RECENT_AUTH_REQUIRED") },
        // An admin without a second factor steps up with the password.
        reauthFactors([]),
        stepUp({ password: "pw" }),
        { request, result: save },
      ],
    });
    const field = await screen.findByLabelText("Country codes");
    fireEvent.change(field, { target: { value: "us, lv, XX" } });
    fireEvent.click(screen.getByRole("button", { name: "Save countries" }));
    expect(await screen.findByText("Not a country code: XX. Use two-letter codes such as US, CA, GB.")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(field, { target: { value: "us, lv" } });
    expect(screen.getByText("Latvia, United States")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save countries" }));
    const confirm = await screen.findByRole("dialog", { name: "Change where texts may go?" });
    expect(confirm.textContent).toContain("Adds Latvia.");
    expect(confirm.textContent).toContain("Takes off Canada, United Kingdom");
    fireEvent.click(within(confirm).getByRole("button", { name: "Save countries" }));

    const prompt = await screen.findByRole("dialog", { name: "Confirm it’s you" });
    fireEvent.change(await within(prompt).findByLabelText("Password"), { target: { value: "pw" } });
    fireEvent.click(within(prompt).getByRole("button", { name: "Confirm" }));
    expect(await screen.findByText("Texts may now go to: Latvia, United States.")).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Now: Latvia, United States/)).toBeTruthy();
  });

  it("checks the budgets, confirms each change, and shows the service's word on a field", async () => {
    const save = vi.fn(() => ({
      data: { setSmsSettings: { __typename: "SmsSettingsPayload", settings: { __typename: "SmsSettings", budgets: { __typename: "SmsBudgets", ...BUDGETS, userHourly: 3 } } } },
    }));
    renderWithProviders(<SmsPage />, {
      path: "/admin/sms",
      session: adminSession,
      mocks: [
        page(settings(), settings({ budgets: { ...BUDGETS, userHourly: 3 } })),
        {
          request: { query: SetSmsBudgetsDocument, variables: { budgets: { destinationDaily: 20 } } },
          result: graphQLError("Some budgets are out of range.", "BAD_USER_INPUT", { fields: [{ field: "budgets.destinationDaily", messages: ["Choose a whole number from 0 to 15."] }] }),
        },
        { request: { query: SetSmsBudgetsDocument, variables: { budgets: { userHourly: 3 } } }, result: save },
      ],
    });
    const perUser = within(await screen.findByRole("group", { name: "Each user" }));
    const perNumber = within(screen.getByRole("group", { name: "Each phone number" }));
    const hourly = perUser.getByLabelText("Texts an hour");
    expect((hourly as HTMLInputElement).value).toBe("5");
    expect(perUser.getByText("Default 5, at most 20.")).toBeTruthy();

    fireEvent.change(hourly, { target: { value: "21" } });
    fireEvent.change(perUser.getByLabelText("Texts a day"), { target: { value: "ten" } });
    fireEvent.click(screen.getByRole("button", { name: "Save budgets" }));
    expect(await perUser.findByText("At most 20: the service allows no more.")).toBeTruthy();
    expect(perUser.getByText("Enter a whole number from 0 to 50.")).toBeTruthy();

    fireEvent.change(hourly, { target: { value: "5" } });
    fireEvent.change(perUser.getByLabelText("Texts a day"), { target: { value: "10" } });
    fireEvent.change(perNumber.getByLabelText("Texts a day"), { target: { value: "20" } });
    fireEvent.click(screen.getByRole("button", { name: "Save budgets" }));
    const raise = await screen.findByRole("dialog", { name: "Change the SMS budgets?" });
    expect(raise.textContent).toContain("Each phone number, a day: 5 → 20");
    expect(raise.textContent).toContain("Raising a budget lets more texts out");
    fireEvent.click(within(raise).getByRole("button", { name: "Save budgets" }));
    expect(await perNumber.findByText("Choose a whole number from 0 to 15.")).toBeTruthy();

    fireEvent.change(perNumber.getByLabelText("Texts a day"), { target: { value: "5" } });
    fireEvent.change(hourly, { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Save budgets" }));
    const lower = await screen.findByRole("dialog", { name: "Change the SMS budgets?" });
    expect(lower.textContent).toContain("Each user, an hour: 5 → 3");
    expect(lower.textContent).not.toContain("Raising");
    fireEvent.click(within(lower).getByRole("button", { name: "Save budgets" }));
    expect(await screen.findByText("Budgets saved: each user, an hour 3.")).toBeTruthy();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("says when the settings cannot be loaded, and loads them again on request", async () => {
    renderWithProviders(<SmsPage />, {
      path: "/admin/sms",
      session: adminSession,
      mocks: [{ request: { query: SmsPageDocument }, result: graphQLError("Only account administrators can do this.", "FORBIDDEN") }, page(settings())],
    });
    expect(await screen.findByText("The text message settings could not be loaded")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("table", { name: "Texts sent this hour and today, against the budgets" })).toBeTruthy();
  });
});
