import { maskPhone } from "@mfa/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { PASSWORD, bearer, codeOf, createTenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { DEVICES, SET_SMS_SETTINGS, adminToken, audited, extensionsOf, signedIn, textsOf, verifiedPhone } from "./sms-fixtures.js";

const ADD = `mutation Add($input: AddPhoneInput!) { addPhone(input: $input) { device { id } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { __typename } }`;
const LOGIN_SENT = `mutation Login($input: LoginInput!) { login(input: $input) { __typename ... on MfaChallenge { smsSentTo } } }`;

/** Mobile numbers of the countries the review texted, and two that look like allowed ones. */
const ABROAD = [
  { country: "SO", number: "71123456", region: "SO" },
  { country: "CU", number: "51234567", region: "CU" },
  { country: "TL", number: "77212345", region: "TL" },
  { country: "PG", number: "70123456", region: "PG" },
  { country: "LV", number: "21234567", region: "LV" },
  // A Jamaican number (+1 876) entered as if it were American, and a Guernsey mobile entered under GB.
  { country: "US", number: "8762101234", region: "JM" },
  { country: "GB", number: "07911 123456", region: "GG" },
];

describe.each(ENGINES)("the SMS country allow-list on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("a new account texts only the default countries (US, CA, GB): any other phone is refused before it is added, by the country its digits belong to, audited", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const user = await signedIn(t, tenant, "abroad");
    for (const phone of ABROAD) {
      const answer = await t.gql(ADD, { input: { country: phone.country, number: phone.number, name: "Abroad" } }, bearer(user.token));
      expect({ code: codeOf(answer.body.errors), ...extensionsOf(answer.body.errors) }).toEqual({ code: "SMS_COUNTRY_NOT_ALLOWED", field: "number", country: phone.region });
    }
    const devices = await t.gql<{ me: { security: { devices: unknown[] } } }>(DEVICES, {}, bearer(user.token));
    expect(devices.body.data?.me.security.devices).toEqual([]);
    expect(await textsOf(t, [user.id])).toBe(0);
    expect(await audited(t, user.id, "SMS_REFUSED")).toBe(ABROAD.length);

    for (const [country, number] of [["US", "2015550123"], ["CA", "6135550123"], ["GB", "07400 123456"]] as const) {
      const answer = await t.gql(ADD, { input: { country, number, name: "Home" } }, bearer(user.token));
      expect(answer.body.errors).toBeUndefined();
    }
    expect(await textsOf(t, [user.id])).toBe(3);
  });

  it("a number the admin takes off the list gets no text at the next sign-in, at either door, though the phone stays", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const user = await signedIn(t, tenant, "riga");
    const allow = (countries: string[]) => t.gql(SET_SMS_SETTINGS, { input: { allowedCountries: countries } }, bearer(admin));
    expect((await allow(["US", "LV"])).body.errors).toBeUndefined();
    const added = await t.gql<{ addPhone: { device: { id: string } } }>(ADD, { input: { country: "LV", number: "21234567", name: "Riga" } }, bearer(user.token));
    const deviceId = added.body.data?.addPhone.device.id as string;
    const code = (await t.server.services.sms.listOutbox({ userId: user.id, first: 1 }))[0]?.body.match(/\d{6,8}/)?.[0];
    await t.gql(`mutation V($input: VerifyDeviceInput!) { verifyDevice(input: $input) { device { id } } }`, { input: { deviceId, code } }, bearer(user.token));
    expect((await t.gql<{ login: { __typename: string } }>(LOGIN, { input: { username: user.username, password: PASSWORD } })).body.data?.login.__typename).toBe("MfaChallenge");
    expect(await textsOf(t, [user.id])).toBe(2);

    expect((await allow(["US"])).body.errors).toBeUndefined();
    // GraphQL: the sign-in goes on without the text; the classic REST flow, which promises a text with its 401, refuses.
    const gql = await t.gql<{ login: { __typename: string; smsSentTo: string | null } }>(LOGIN_SENT, { input: { username: user.username, password: PASSWORD } });
    expect(gql.body.data?.login).toEqual({ __typename: "MfaChallenge", smsSentTo: null });
    const rest = await fetch(`${t.url}/v2.0/tokens`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ auth: { passwordCredentials: { username: user.username, password: PASSWORD } } }) });
    expect(rest.status).toBe(403);
    expect(rest.headers.get("www-authenticate")).toBeNull();
    expect(await textsOf(t, [user.id])).toBe(2);
    const [event] = (await t.server.dataSource.query("SELECT detail FROM audit_events WHERE target_user_id = ? AND action = 'SMS_REFUSED'", [user.id])) as { detail: string }[];
    expect(JSON.parse(event?.detail ?? "{}")).toEqual({ reason: "COUNTRY", country: "LV", stage: "send", to: maskPhone("+37121234567") });
    const devices = await t.gql<{ me: { security: { devices: { id: string }[] } } }>(DEVICES, {}, bearer(user.token));
    expect(devices.body.data?.me.security.devices.map((d) => d.id)).toEqual([deviceId]);
  });

  it("an admin whose list is empty stops every text of the account", async () => {
    const tenant = await createTenant(t, "OPTIONAL");
    const admin = await adminToken(t, tenant);
    const user = await signedIn(t, tenant, "nobody");
    await verifiedPhone(t, user, "2015550177");
    expect((await t.gql(SET_SMS_SETTINGS, { input: { allowedCountries: [] } }, bearer(admin))).body.errors).toBeUndefined();
    const login = await t.gql<{ login: { __typename: string; smsSentTo: string | null } }>(LOGIN_SENT, { input: { username: user.username, password: PASSWORD } });
    expect(login.body.data?.login).toEqual({ __typename: "MfaChallenge", smsSentTo: null });
    expect(await textsOf(t, [user.id])).toBe(1);
  });
});

describe.each(ENGINES)("SMS_DEFAULT_COUNTRIES on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine, { SMS_DEFAULT_COUNTRIES: "fr, de" });
  });
  afterAll(async () => t?.close());

  it("is the list new accounts start with", async () => {
    const user = await signedIn(t, await createTenant(t, "OPTIONAL"), "paris");
    expect(codeOf((await t.gql(ADD, { input: { country: "US", number: "2015550123", name: "US" } }, bearer(user.token))).body.errors)).toBe("SMS_COUNTRY_NOT_ALLOWED");
    expect((await t.gql(ADD, { input: { country: "FR", number: "06 12 34 56 78", name: "FR" } }, bearer(user.token))).body.errors).toBeUndefined();
  });
});
