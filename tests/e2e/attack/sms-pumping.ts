import { afterAll, describe, expect, it } from "vitest";
import { codeOf, type ApiClient } from "../../support/api-client.js";
import { ADD_PHONE, LOGIN, ME, REMOVE_DEVICE, SEND_PASSCODE, VERIFY, lastCodeTo, mfaLogin, sessionOf, unwrap, type TestUser } from "../../support/mfa-flows.js";
import type { World } from "./world.js";

const RESEND = `mutation Resend($id: ID!) { resendPhoneVerification(deviceId: $id) { device { id } } }`;
const SETTINGS_FIELDS = `allowedCountries defaultBudgets { userHourly userDaily domainHourly domainDaily accountHourly accountDaily destinationDaily }
  account { thisHour today hourlyBudget } domains { domainId use { thisHour hourlyBudget } }`;
const SMS_SETTINGS = `{ smsSettings { ${SETTINGS_FIELDS} } }`;
const SET_SMS_SETTINGS = `mutation Set($input: SetSmsSettingsInput!) { setSmsSettings(input: $input) { settings { ${SETTINGS_FIELDS} } } }`;

type Budgets = Record<"userHourly" | "userDaily" | "domainHourly" | "domainDaily" | "accountHourly" | "accountDaily" | "destinationDaily", number>;
type Settings = { allowedCountries: string[]; defaultBudgets: Budgets; account: { thisHour: number; today: number; hourlyBudget: number } };

/** The documented defaults (README, configuration): what a new account may text. */
const DEFAULT = { userHourly: 5, userDaily: 10, destinationDaily: 5 };
const DEFAULT_COUNTRIES = ["CA", "GB", "US"];

/** Mobile numbers of the countries the review texted (and a Jamaican number entered as if it were American). */
const ABROAD = [
  { country: "SO", number: "71123456", e164: "+25271123456" },
  { country: "CU", number: "51234567", e164: "+5351234567" },
  { country: "TL", number: "77212345", e164: "+67077212345" },
  { country: "PG", number: "70123456", e164: "+67570123456" },
  { country: "LV", number: "21234567", e164: "+37121234567" },
  { country: "US", number: "8762101234", e164: "+18762101234" },
];
/** One US area code per attacker, so every number of this property is its own (and no other property's). */
const AREAS = ["202", "203", "312", "646", "415"];
const PUMPED = { country: "US", number: "3055550142", e164: "+13055550142" };

/** Distinct clock windows (hours or days) the interval [from, to] touches: budgets start again in each. */
const windows = (from: number, to: number, size: number) => Math.floor(to / size) - Math.floor(from / size) + 1;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Property 7 (finding 2, SMS pumping / toll fraud): every text is within the budgets, whatever the attack. */
export function smsPumpingProperty(world: World): void {
  describe("SMS pumping: no more texts than the budgets allow, and none abroad", () => {
    const figure = world.figures.of("7 sms pumping");
    const tally = new Map<string, number>();
    const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);

    afterAll(() => {
      figure.notes.push(`answers: ${[...tally.entries()].sort().map(([k, v]) => `${k} ${v}`).join(", ")}`);
    });

    /** Texts the provider accepted to these numbers since `from` (an index into its log). */
    const accepted = (from: number, numbers: Set<string>) => world.twilio.messages.slice(from).filter((m) => numbers.has(m.to));

    /** A mailbox with a verified phone as its default factor: every password step texts it. */
    async function texter(api: ApiClient, domainId: string, national: string): Promise<{ user: TestUser; token: string; e164: string; deviceId: string }> {
      const user = await world.mailbox(figure, domainId, "pump");
      const token = await sessionOf(api, user);
      const added = unwrap(await api.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: national, name: "Mobile" } }, { token }), "addPhone");
      const e164 = `+1${national}`;
      const code = lastCodeTo(world.twilio.messages, e164);
      world.ledger.add("sms-code", code);
      unwrap(await api.gql(VERIFY, { input: { deviceId: added.addPhone.device.id, code } }, { token }), "verifyDevice");
      return { user, token, e164, deviceId: added.addPhone.device.id };
    }

    it("1,000 parallel attempts to make texts from 5 users of one account (addPhone/remove loops, resends, password steps at both doors, both instances) -> no more texts than the budgets allow, at the provider and in sms_messages", async () => {
      const [a, b] = world.pair(figure);
      const started = Date.now();
      const mark = world.twilio.messages.length;
      const domainId = await world.domain(figure, "OPTIONAL");
      const users = await Promise.all(AREAS.map((area, i) => texter(i % 2 ? b : a, domainId, `${area}5550100`)));
      const numbers = new Set<string>([PUMPED.e164, ...users.map((u) => u.e164)]);
      const abroad = new Set(ABROAD.map((x) => x.e164));
      let serial = 0;

      /** An addPhone, removed again when it went through (the loop the review ran); returns the new device, if any. */
      const addPhone = async (api: ApiClient, token: string, phone: { country: string; number: string }) => {
        const res = await api.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: phone.country, number: phone.number, name: "Spare" } }, { token, timeoutMs: 120_000 });
        count(`addPhone ${codeOf(res.body) ?? "sent"}`);
        return res.body.data?.addPhone.device.id ?? null;
      };
      const remove = (api: ApiClient, token: string, id: string | null) => (id ? api.gql(REMOVE_DEVICE, { id }, { token, timeoutMs: 120_000 }) : null);

      // Per user: 60 add/remove + 10 to one pumped number + 12 abroad + 10 x (add + 2 resends) + 30 x (login + send) + 28 REST = 200.
      const chains: (() => Promise<unknown>)[] = [];
      for (const [i, u] of users.entries()) {
        const api = (k: number) => ((i + k) % 2 ? b : a);
        const fresh = () => ({ country: "US", number: `${AREAS[i]}555${String(1000 + serial++).padStart(4, "0")}` });
        for (let k = 0; k < 60; k++) {
          chains.push(async () => {
            const phone = fresh();
            numbers.add(`+1${phone.number}`);
            await remove(api(k + 1), u.token, await addPhone(api(k), u.token, phone));
          });
        }
        for (let k = 0; k < 10; k++) chains.push(async () => remove(api(k + 1), u.token, await addPhone(api(k), u.token, PUMPED)));
        for (let k = 0; k < 12; k++) chains.push(async () => remove(api(k + 1), u.token, await addPhone(api(k), u.token, ABROAD[k % ABROAD.length] as (typeof ABROAD)[number])));
        for (let k = 0; k < 10; k++) {
          chains.push(async () => {
            const phone = fresh();
            numbers.add(`+1${phone.number}`);
            const id = await addPhone(api(k), u.token, phone);
            for (const r of [1, 2]) {
              const res = await api(k + r).gql(RESEND, { id: id ?? "00000000-0000-4000-8000-000000000000" }, { token: u.token, timeoutMs: 120_000 });
              count(`resend ${codeOf(res.body) ?? "sent"}`);
            }
            await remove(api(k), u.token, id);
          });
        }
        for (let k = 0; k < 30; k++) {
          chains.push(async () => {
            const step1 = await api(k).gql<{ login: { challengeId?: string } }>(LOGIN, { input: { username: u.user.username, password: u.user.password } }, { timeoutMs: 120_000 });
            count(`login ${codeOf(step1.body) ?? "sent"}`);
            const challengeId = step1.body.data?.login.challengeId ?? "none";
            const send = await api(k + 1).gql(SEND_PASSCODE, { input: { challengeId, deviceId: u.deviceId } }, { timeoutMs: 120_000 });
            count(`sendLoginPasscode ${codeOf(send.body) ?? "sent"}`);
          });
        }
        for (let k = 0; k < 28; k++) {
          chains.push(async () => {
            const res = await api(k).rest({ auth: { passwordCredentials: { username: u.user.username, password: u.user.password } } }, { timeoutMs: 120_000 });
            count(`REST ${res.status}`);
          });
        }
      }
      const attempts = users.length * (60 + 10 + 12 + 10 * 3 + 30 * 2 + 28);
      expect(attempts).toBe(1_000);
      const burstStarted = Date.now();
      await Promise.all(chains.map((chain) => chain()));
      const finished = Date.now();

      // The budgets start again with each hour and each day: an attack that spans two windows may use both.
      const perUser = Math.min(DEFAULT.userDaily * windows(started, finished, DAY), DEFAULT.userHourly * windows(started, finished, HOUR));
      const perDestination = DEFAULT.destinationDaily * windows(started, finished, DAY);
      const sent = accepted(mark, numbers);
      const ids = users.map((u) => u.user.id);
      const rows = await world.db.rows<{ user_id: string; to_e164: string }>("SELECT user_id, to_e164 FROM sms_messages WHERE user_id IN (?)", [ids]);
      const perDestinationSent = new Map<string, number>();
      for (const m of sent) perDestinationSent.set(m.to, (perDestinationSent.get(m.to) ?? 0) + 1);
      figure.notes.push(
        `${attempts} attempts to text in ${((finished - burstStarted) / 1000).toFixed(1)} s at both instances: ${sent.length} texts left (setup included), budget ${perUser * users.length}; ${rows.length} rows in sms_messages`,
      );
      expect({
        textsAtProvider: sent.length <= perUser * users.length,
        rowsInSmsMessages: rows.length <= perUser * users.length,
        // Every text the provider took has its row (a row comes first; a provider that times out may still send).
        everyTextRecorded: sent.length <= rows.length,
        worstUser: Math.max(...ids.map((id) => rows.filter((r) => r.user_id === id).length)) <= perUser,
        worstDestination: Math.max(...perDestinationSent.values()) <= perDestination,
        abroadAtProvider: world.twilio.attempted.filter((m) => abroad.has(m.to)).length,
        abroadInSmsMessages: rows.filter((r) => abroad.has(r.to_e164)).length,
      }).toEqual({
        textsAtProvider: true,
        rowsInSmsMessages: true,
        everyTextRecorded: true,
        worstUser: true,
        worstDestination: true,
        abroadAtProvider: 0,
        abroadInSmsMessages: 0,
      });
      // Every user got the text that verified the phone: the budgets stop pumping, not ordinary use.
      expect(users.every((u) => sent.some((m) => m.to === u.e164))).toBe(true);
    }, 300_000);

    it("a text to a country outside the account's allow-list never leaves: not when the phone is added (whatever country it is entered under), not at sign-in once the admin takes the country off the list", async () => {
      const [a, b] = world.pair(figure);
      const mark = world.twilio.attempted.length;
      const domainId = await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, domainId, "abroad");
      const token = await sessionOf(a, user);
      const answers = await Promise.all(ABROAD.map((x, i) => (i % 2 ? b : a).gql(ADD_PHONE, { input: { country: x.country, number: x.number, name: "Abroad" } }, { token })));
      for (const answer of answers) count(`abroad addPhone ${codeOf(answer.body) ?? "sent"}`);
      expect(answers.map((r) => ({ code: codeOf(r.body), field: r.body.errors?.[0]?.extensions?.field }))).toEqual(ABROAD.map(() => ({ code: "SMS_COUNTRY_NOT_ALLOWED", field: "number" })));
      const me = unwrap(await b.gql<{ me: { security: { devices: unknown[] } } }>(ME, {}, { token }), "me");
      expect(me.me.security.devices).toEqual([]);

      // The admin allows Latvia, the user verifies a Latvian phone, the admin takes Latvia off again.
      const admin = await mfaLogin(a, b, world.admin.user, world.admin.device);
      const allow = (countries: string[]) => b.gql<{ setSmsSettings: { settings: Settings } }>(SET_SMS_SETTINGS, { input: { allowedCountries: countries } }, { token: admin });
      const latvia = ABROAD.find((x) => x.country === "LV") as (typeof ABROAD)[number];
      expect(unwrap(await allow([...DEFAULT_COUNTRIES, "LV"]), "setSmsSettings").setSmsSettings.settings.allowedCountries).toEqual(["CA", "GB", "LV", "US"]);
      const added = unwrap(await a.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "LV", number: latvia.number, name: "Riga" } }, { token }), "addPhone");
      const code = lastCodeTo(world.twilio.messages, latvia.e164);
      world.ledger.add("sms-code", code);
      unwrap(await b.gql(VERIFY, { input: { deviceId: added.addPhone.device.id, code } }, { token }), "verifyDevice");
      const allowedTexts = world.twilio.attempted.length;
      expect(unwrap(await allow(DEFAULT_COUNTRIES), "setSmsSettings").setSmsSettings.settings.allowedCountries).toEqual(DEFAULT_COUNTRIES);

      // GraphQL: the sign-in goes on without the text (a recovery code or another factor still works); the classic
      // REST flow, which promises a text with its 401, answers the refusal. Nothing leaves either way.
      const gql = await a.gql<{ login: { __typename: string; smsSentTo: string | null } }>(LOGIN, { input: { username: user.username, password: user.password } });
      const rest = await b.rest({ auth: { passwordCredentials: { username: user.username, password: user.password } } });
      const login = gql.body.data?.login;
      expect({ gql: { __typename: login?.__typename, smsSentTo: login?.smsSentTo }, rest: rest.status, challenge: rest.headers.get("www-authenticate") }).toEqual({
        gql: { __typename: "MfaChallenge", smsSentTo: null },
        rest: 403,
        challenge: null,
      });
      expect(world.twilio.attempted.slice(allowedTexts).filter((m) => m.to === latvia.e164)).toEqual([]);
      expect(world.twilio.attempted.slice(mark).filter((m) => m.to !== latvia.e164 && ABROAD.some((x) => x.e164 === m.to))).toEqual([]);
      expect(await world.db.auditCount(user.username, "SMS_REFUSED")).toBeGreaterThanOrEqual(ABROAD.length + 2);
    });

    it("budgets an admin lowers hold across both instances: per domain, then per account, each refusal coded with its scope", async () => {
      const [a, b] = world.pair(figure);
      const admin = await mfaLogin(b, a, world.admin.user, world.admin.device);
      const before = unwrap(await a.gql<{ smsSettings: Settings }>(SMS_SETTINGS, {}, { token: admin }), "smsSettings").smsSettings;
      const started = Date.now();
      const limits = { ...before.defaultBudgets, domainHourly: 2, accountHourly: before.account.thisHour + 3 };
      unwrap(await b.gql(SET_SMS_SETTINGS, { input: { budgets: limits } }, { token: admin }), "setSmsSettings");
      const mark = world.twilio.messages.length;
      try {
        const burst = async (area: string) => {
          const domainId = await world.domain(figure, "OPTIONAL");
          const user = await world.mailbox(figure, domainId, "budget");
          const token = await sessionOf(a, user);
          return Promise.all(
            Array.from({ length: 10 }, (_, k) => (k % 2 ? b : a).gql(ADD_PHONE, { input: { country: "US", number: `${area}55502${String(k).padStart(2, "0")}`, name: "Mobile" } }, { token })),
          );
        };
        const first = await burst("312");
        const second = await burst("646");
        const outcome = (answers: typeof first) => answers.map((r) => (codeOf(r.body) ? `${codeOf(r.body)} ${String(r.body.errors?.[0]?.extensions?.scope)}` : "sent")).sort();
        const sent = world.twilio.messages.length - mark;
        figure.notes.push(`domain budget 2/h, account budget ${limits.accountHourly}/h: ${sent} of 20 texts left`);
        if (windows(started, Date.now(), HOUR) === 1) {
          expect({ first: outcome(first), second: outcome(second), sent }).toEqual({
            first: ["sent", "sent", ...Array(8).fill("SMS_BUDGET_EXCEEDED DOMAIN")].sort(),
            second: ["sent", ...Array(9).fill("SMS_BUDGET_EXCEEDED ACCOUNT")].sort(),
            sent: 3,
          });
          const retry = first.flatMap((r) => r.body.errors ?? []).map((e) => Number(e.extensions?.retryAfterSeconds));
          expect(retry.every((s) => s > 0 && s <= 3_600)).toBe(true);
          const after = unwrap(await b.gql<{ smsSettings: Settings }>(SMS_SETTINGS, {}, { token: admin }), "smsSettings").smsSettings;
          expect(after.account).toMatchObject({ thisHour: limits.accountHourly, hourlyBudget: limits.accountHourly });
        } else {
          expect(sent).toBeLessThanOrEqual(3 + limits.accountHourly);
        }
      } finally {
        unwrap(await a.gql(SET_SMS_SETTINGS, { input: { budgets: before.defaultBudgets } }, { token: admin }), "setSmsSettings");
      }
    });
  });
}
