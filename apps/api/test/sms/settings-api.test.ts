import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { SET_SMS_SETTINGS, SMS_SETTINGS, addPhone, adminToken, extensionsOf, otherDomain, signedIn } from "./sms-fixtures.js";

type Use = { thisHour: number; today: number; hourlyBudget: number; dailyBudget: number };
type Settings = {
  allowedCountries: string[];
  usesDefaultCountries: boolean;
  defaultCountries: string[];
  budgets: Record<string, number>;
  maxBudgets: Record<string, number>;
  account: Use;
  domains: { domainId: string; name: string; use: Use }[];
  hourEndsAt: string;
  dayEndsAt: string;
};

describe.each(ENGINES)("the admin's SMS settings on %s", (engine) => {
  let t: TestServer;
  const read = async (token: string) => (await t.gql<{ smsSettings: Settings }>(SMS_SETTINGS, {}, bearer(token))).body;
  const set = async (token: string, input: Record<string, unknown>) => (await t.gql<{ setSmsSettings: { settings: Settings } }>(SET_SMS_SETTINGS, { input }, bearer(token))).body;

  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_BUDGET_DOMAIN_HOURLY: "40" });
  });
  afterAll(async () => t?.close());

  it("shows each domain's texts this hour and today against its budget, the account's, and when the windows end", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const second = await otherDomain(t, tenant);
    const [a, b] = [await signedIn(t, tenant, "a"), await signedIn(t, second, "b")];
    for (const [user, number] of [[a, "2015550101"], [a, "2015550102"], [b, "2015550103"]] as const) expect((await addPhone(t, user.token, number)).body.errors).toBeUndefined();

    const settings = (await read(await adminToken(t, tenant))).data?.smsSettings as Settings;
    expect(settings).toMatchObject({ allowedCountries: ["CA", "GB", "US"], usesDefaultCountries: true, defaultCountries: ["CA", "GB", "US"] });
    expect(settings.budgets).toEqual({ userHourly: 5, userDaily: 10, domainHourly: 40, domainDaily: 200, accountHourly: 100, accountDaily: 500, destinationDaily: 5 });
    expect(settings.account).toEqual({ thisHour: 3, today: 3, hourlyBudget: 100, dailyBudget: 500 });
    const byName = Object.fromEntries(settings.domains.map((d) => [d.name, d.use]));
    expect(byName).toEqual({
      [tenant.domainName]: { thisHour: 2, today: 2, hourlyBudget: 40, dailyBudget: 200 },
      [second.domainName]: { thisHour: 1, today: 1, hourlyBudget: 40, dailyBudget: 200 },
    });
    const hourEnds = Date.parse(settings.hourEndsAt);
    expect(hourEnds % 3_600_000).toBe(0);
    expect(hourEnds - Date.now()).toBeLessThanOrEqual(3_600_000);
    expect(Date.parse(settings.dayEndsAt) % 86_400_000).toBe(0);
  });

  it("sets countries and budgets within the maxima, audited, and enforces them at once", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const saved = await set(admin, { allowedCountries: ["us", "fr", "US"], budgets: { userHourly: 1, destinationDaily: 20 } });
    expect(saved.errors).toBeUndefined();
    const settings = saved.data?.setSmsSettings.settings as Settings;
    expect(settings).toMatchObject({ allowedCountries: ["FR", "US"], usesDefaultCountries: false });
    expect(settings.budgets).toMatchObject({ userHourly: 1, userDaily: 10, destinationDaily: 20 });
    const [event] = (await t.server.dataSource.query("SELECT detail, actor_id FROM audit_events WHERE account_id = ? AND action = 'SMS_SETTINGS_CHANGED'", [tenant.accountId])) as { detail: string }[];
    expect(JSON.parse(event?.detail ?? "{}")).toEqual({ countries: "FR,US", userHourly: 1, destinationDaily: 20 });

    const user = await signedIn(t, tenant, "limited");
    expect((await addPhone(t, user.token, "2015550104")).body.errors).toBeUndefined();
    expect(extensionsOf((await addPhone(t, user.token, "2015550105")).body.errors).scope).toBe("USER");
    expect(codeOf((await addPhone(t, user.token, "21234567", "LV")).body.errors)).toBe("SMS_COUNTRY_NOT_ALLOWED");

    // null goes back to the service's default.
    const reset = (await set(admin, { allowedCountries: null, budgets: { userHourly: null } })).data?.setSmsSettings.settings as Settings;
    expect(reset).toMatchObject({ allowedCountries: ["CA", "GB", "US"], usesDefaultCountries: true });
    expect(reset.budgets).toMatchObject({ userHourly: 5, destinationDaily: 20 });
  });

  it("refuses budgets above the maxima or below zero, and unknown countries, naming the fields", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const over = await set(admin, { budgets: { userHourly: 21, accountDaily: -1, domainDaily: 2_000 } });
    expect(codeOf(over.errors)).toBe("BAD_USER_INPUT");
    expect(extensionsOf(over.errors).fields).toEqual([
      { field: "budgets.userHourly", messages: ["Choose a whole number from 0 to 20."] },
      { field: "budgets.accountDaily", messages: ["Choose a whole number from 0 to 5000."] },
    ]);
    const unknown = await set(admin, { allowedCountries: ["US", "XX", "001"] });
    expect({ code: codeOf(unknown.errors), field: extensionsOf(unknown.errors).field }).toEqual({ code: "BAD_USER_INPUT", field: "allowedCountries" });
    expect(unknown.errors?.[0]?.message).toBe("Unknown country codes: XX, 001.");
    const settings = (await read(admin)).data?.smsSettings as Settings;
    expect(settings.budgets.userHourly).toBe(5);
    expect(settings.usesDefaultCountries).toBe(true);
  });

  it("lets an admin narrow at any time, but adding a country or raising a budget needs a recent password", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    // Eleven minutes pass: the password given at sign-in is no longer a recent proof.
    await t.server.dataSource.query("UPDATE sessions SET proof_at = proof_at - 660000 WHERE user_id = (SELECT id FROM users WHERE username = ?)", [tenant.adminUsername]);
    expect((await set(admin, { allowedCountries: ["US"], budgets: { accountHourly: 10 } })).errors).toBeUndefined();
    expect(codeOf((await set(admin, { allowedCountries: ["US", "CA"] })).errors)).toBe("RECENT_AUTH_REQUIRED");
    expect(codeOf((await set(admin, { budgets: { accountHourly: 11 } })).errors)).toBe("RECENT_AUTH_REQUIRED");
    expect(codeOf((await set(admin, { budgets: { accountHourly: null } })).errors)).toBe("RECENT_AUTH_REQUIRED");
    const reauth = await t.gql(`mutation R($input: ReauthenticateInput!) { reauthenticate(input: $input) { validUntil } }`, { input: { password: PASSWORD } }, bearer(admin));
    expect(reauth.body.errors).toBeUndefined();
    expect((await set(admin, { allowedCountries: ["US", "CA"], budgets: { accountHourly: 11 } })).errors).toBeUndefined();
  });

  it("is for account admins only, and shows each admin only their own account", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await signedIn(t, tenant, "not-admin");
    expect(codeOf((await read(user.token)).errors)).toBe("FORBIDDEN");
    expect(codeOf((await set(user.token, { allowedCountries: ["US"] })).errors)).toBe("FORBIDDEN");
    expect(codeOf((await t.gql(SMS_SETTINGS)).body.errors)).toBe("UNAUTHENTICATED");

    const other = await createTenant(t, "OPTIONAL");
    await set(await adminToken(t, other), { allowedCountries: ["FR"] });
    const mine = (await read(await adminToken(t, tenant))).data?.smsSettings as Settings;
    expect(mine.domains.map((d) => d.domainId)).toEqual([tenant.domainId]);
    expect(mine.allowedCountries).toEqual(["CA", "GB", "US"]);
  });
});
