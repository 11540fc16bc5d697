import { describe, expect, it } from "vitest";
import { budgetProblems, effectiveBudgets, smsBudgetChecks, smsRetryAfterSeconds, widensSms, windowEnd, windowStart, type SmsBudgets } from "./sms-budget.js";

const BUDGETS: SmsBudgets = { userHourly: 5, userDaily: 10, domainHourly: 50, domainDaily: 200, accountHourly: 100, accountDaily: 500, destinationDaily: 5 };
const MAXIMA: SmsBudgets = { userHourly: 20, userDaily: 50, domainHourly: 500, domainDaily: 2000, accountHourly: 1000, accountDaily: 5000, destinationDaily: 20 };
// 2027-01-15 13:42:05.250 UTC
const NOW = Date.UTC(2027, 0, 15, 13, 42, 5, 250);

describe("SMS budget windows", () => {
  it("are clock hours and UTC days", () => {
    expect(new Date(windowStart(NOW, "HOUR")).toISOString()).toBe("2027-01-15T13:00:00.000Z");
    expect(new Date(windowEnd(NOW, "HOUR")).toISOString()).toBe("2027-01-15T14:00:00.000Z");
    expect(new Date(windowStart(NOW, "DAY")).toISOString()).toBe("2027-01-15T00:00:00.000Z");
    expect(new Date(windowEnd(NOW, "DAY")).toISOString()).toBe("2027-01-16T00:00:00.000Z");
  });

  it("tell a refused text how long to wait: until its window ends, at least a second", () => {
    expect(smsRetryAfterSeconds({ period: "HOUR", windowStart: windowStart(NOW, "HOUR") }, NOW)).toBe(17 * 60 + 55);
    expect(smsRetryAfterSeconds({ period: "DAY", windowStart: windowStart(NOW, "DAY") }, NOW)).toBe(10 * 3600 + 17 * 60 + 55);
    expect(smsRetryAfterSeconds({ period: "HOUR", windowStart: windowStart(NOW, "HOUR") }, windowEnd(NOW, "HOUR") - 1)).toBe(1);
  });
});

describe("smsBudgetChecks", () => {
  it("takes the user's, the number's (within the account), the domain's, the account's and the global counter, most specific first", () => {
    const checks = smsBudgetChecks({ userId: "u1", domainId: "d1", accountId: "a1", to: "+14155550100" }, BUDGETS, 1000, NOW);
    expect(checks.map((c) => [c.key, c.limit])).toEqual([
      ["user:hour:u1", 5],
      ["user:day:u1", 10],
      ["destination:day:a1:+14155550100", 5],
      ["domain:hour:d1", 50],
      ["domain:day:d1", 200],
      ["account:hour:a1", 100],
      ["account:day:a1", 500],
      ["global:hour:*", 1000],
    ]);
    const [hour, day] = [windowStart(NOW, "HOUR"), windowStart(NOW, "DAY")];
    expect(checks.map((c) => c.windowStart)).toEqual([hour, day, day, hour, day, hour, day, hour]);
  });

  it("skips the scopes a text has none of: an admin has no domain; a text of no account still counts its number and the breaker", () => {
    const admin = smsBudgetChecks({ userId: "u1", domainId: null, accountId: "a1", to: "+14155550100" }, BUDGETS, 1000, NOW);
    expect(admin.map((c) => c.scope)).toEqual(["USER", "USER", "DESTINATION", "ACCOUNT", "ACCOUNT", "GLOBAL"]);
    const orphan = smsBudgetChecks({ userId: null, domainId: null, accountId: null, to: "+14155550100" }, BUDGETS, 1000, NOW);
    expect(orphan.map((c) => c.key)).toEqual(["destination:day:-:+14155550100", "global:hour:*"]);
  });

  it("counts the hourly and the daily budget of one subject apart, even when both windows start together", () => {
    const midnight = Date.UTC(2027, 0, 15);
    const checks = smsBudgetChecks({ userId: "u1", domainId: "d1", accountId: "a1", to: "+14155550100" }, BUDGETS, 1000, midnight);
    expect(new Set(checks.map((c) => `${c.key}@${c.windowStart}`)).size).toBe(checks.length);
  });
});

describe("budget settings", () => {
  it("take the account's choice over the default, never above the maximum", () => {
    expect(effectiveBudgets({}, BUDGETS, MAXIMA)).toEqual(BUDGETS);
    expect(effectiveBudgets({ userHourly: 2, domainDaily: null, accountDaily: 9_999 }, BUDGETS, MAXIMA)).toEqual({ ...BUDGETS, userHourly: 2, accountDaily: 5000 });
  });

  it("refuse what is out of range: negative, fractional, or above the maximum", () => {
    expect(budgetProblems({ userHourly: 0, userDaily: 50, domainHourly: null }, MAXIMA)).toEqual([]);
    expect(budgetProblems({ userHourly: -1, userDaily: 51, destinationDaily: 2.5 }, MAXIMA)).toEqual([
      { name: "userHourly", max: 20 },
      { name: "userDaily", max: 50 },
      { name: "destinationDaily", max: 20 },
    ]);
  });

  it("call a change wider when it adds a country or raises a budget, and never when it only narrows", () => {
    const before = { countries: ["CA", "GB", "US"], budgets: BUDGETS };
    expect(widensSms(before, { countries: ["US"], budgets: { ...BUDGETS, userHourly: 1 } })).toBe(false);
    expect(widensSms(before, before)).toBe(false);
    expect(widensSms(before, { countries: ["CA", "GB", "LV", "US"], budgets: BUDGETS })).toBe(true);
    expect(widensSms(before, { countries: ["US"], budgets: { ...BUDGETS, destinationDaily: 6 } })).toBe(true);
  });
});
