import { describe, expect, it } from "vitest";
import { budgetChanges, budgetErrors, countryChanges, countryName, parseCountryCodes, usageTone, type Budgets } from "./sms-settings";

const BUDGETS: Budgets = { userHourly: 5, userDaily: 10, domainHourly: 50, domainDaily: 200, accountHourly: 100, accountDaily: 500, destinationDaily: 5 };
const MAXIMA: Budgets = { userHourly: 20, userDaily: 50, domainHourly: 500, domainDaily: 2000, accountHourly: 1000, accountDaily: 5000, destinationDaily: 20 };
const text = (budgets: Budgets) => Object.fromEntries(Object.entries(budgets).map(([k, v]) => [k, String(v)])) as Record<keyof Budgets, string>;

describe("the text message settings", () => {
  it("read country codes however they are typed, and name the ones that are not countries", () => {
    expect(parseCountryCodes(" us, ca;GB  us ")).toEqual({ codes: ["CA", "GB", "US"], unknown: [] });
    expect(parseCountryCodes("US, XX, USA, 1")).toEqual({ codes: ["US"], unknown: ["1", "USA", "XX"] });
    expect(parseCountryCodes("")).toEqual({ codes: [], unknown: [] });
    expect(countryName("LV")).toBe("Latvia");
  });

  it("say which countries a new list adds and takes off", () => {
    expect(countryChanges(["CA", "GB", "US"], ["LV", "US"])).toEqual({ added: ["Latvia"], removed: ["Canada", "United Kingdom"] });
  });

  it("check each budget is a whole number from 0 to its maximum", () => {
    expect(budgetErrors(text(BUDGETS), MAXIMA)).toEqual({});
    expect(budgetErrors({ ...text(BUDGETS), userHourly: "21", userDaily: "-1", domainHourly: "2.5", accountDaily: "" }, MAXIMA)).toEqual({
      userHourly: "At most 20: the service allows no more.",
      userDaily: "Enter a whole number from 0 to 50.",
      domainHourly: "Enter a whole number from 0 to 500.",
      accountDaily: "Enter a whole number from 0 to 5000.",
    });
  });

  it("list the budgets that change", () => {
    expect(budgetChanges(BUDGETS, { ...text(BUDGETS), userHourly: "3", destinationDaily: " 6 " })).toEqual([
      { name: "userHourly", from: 5, to: 3 },
      { name: "destinationDaily", from: 5, to: 6 },
    ]);
  });

  it("warn from 80 % of a budget", () => {
    expect([usageTone(3, 5), usageTone(4, 5), usageTone(5, 5), usageTone(0, 0)]).toEqual(["accent", "warning", "warning", "warning"]);
  });
});
