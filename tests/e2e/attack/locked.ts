import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../support/api-client.js";
import { ADD_PHONE, COMPLETE, ENROLL_TOTP, LOGIN, RECOVERY_CODES, REMOVE_DEVICE, passwordLogin } from "../../support/mfa-flows.js";
import { wrongCodes } from "../../support/totp.js";
import { SET_DEFAULT, appUser, nextAddress, nextPhone, outcome, refusal, type AppUser } from "./review-kit.js";
import type { World } from "./world.js";

/**
 * Finding 6 of the security review: the password step answered the right password of a locked account differently
 * from a wrong one (an oracle), and factor changes (new recovery codes) still worked from sessions opened before the
 * lock. Locked, the password step answers the same whatever the password, and no factor changes.
 */
export function lockedProperty(world: World): void {
  describe("finding 6, locked accounts: no password oracle, no factor change", () => {
    const figure = world.figures.of("7 locked accounts");
    let domain: string;

    beforeAll(async () => {
      domain = await world.domain(figure, "OPTIONAL");
    });

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    /** A user with an app and an MFA session, then locked by an attacker's 7 wrong codes. */
    async function lockedUser(prefix: string): Promise<AppUser> {
      const [a, b] = world.pair(figure);
      const victim = await appUser(world, a, await world.mailbox(figure, domain, prefix));
      const attacker = b.from(nextAddress());
      const step1 = await passwordLogin(attacker, victim.user);
      for (const passcode of wrongCodes(victim.device.secret, 7, 5)) await attacker.gql(COMPLETE, { input: { challengeId: step1.challengeId, passcode } });
      expect((await world.db.user(victim.user.username)).locked).toBe(true);
      return victim;
    }

    const factorsOf = async (userId: string) => {
      const devices = await world.db.rows<{ id: string; verified_at: unknown; is_default: number | boolean }>("SELECT id, verified_at, is_default FROM devices WHERE user_id = ? ORDER BY id", [userId]);
      const batches = await world.db.rows<{ n: number | string }>("SELECT COUNT(DISTINCT batch_id) AS n FROM recovery_codes WHERE user_id = ?", [userId]);
      return { devices: devices.map((d) => `${d.id} ${d.verified_at === null ? "pending" : "verified"}${Number(d.is_default) ? " default" : ""}`), recoveryCodeBatches: Number(batches[0]?.n ?? 0) };
    };

    it("the password step of a locked account answers ACCOUNT_LOCKED with the same body for the right and a wrong password, through both doors", async () => {
      const [a, b] = world.pair(figure);
      const victim = await lockedUser("locked-oracle");
      const address = nextAddress();
      const gql = async (api: ApiClient, password: string) => refusal(await api.from(address).gql(LOGIN, { input: { username: victim.user.username, password } }));
      const rest = async (api: ApiClient, password: string) => {
        const answer = await api.from(address).rest({ auth: { passwordCredentials: { username: victim.user.username, password } } });
        return { status: answer.status, body: answer.body };
      };
      const right = { graphql: await gql(a, victim.user.password), rest: await rest(b, victim.user.password) };
      const wrong = { graphql: await gql(b, "Not-the-password-6"), rest: await rest(a, "Not-the-password-6") };
      figure.notes.push(`locked, right password: ${right.graphql.errors[0]?.message ?? "?"}; wrong password: ${wrong.graphql.errors[0]?.message ?? "?"}`);
      expect(wrong).toEqual(right);
      const code = (right.graphql.errors[0]?.extensions as { code?: string } | null)?.code;
      expect({ graphql: code, rest: right.rest.status }).toEqual({ graphql: "ACCOUNT_LOCKED", rest: 403 });
    });

    it("from a session opened before the lock, no factor changes: generateRecoveryCodes, enrollTotp, addPhone, setDefaultDevice, removeDevice answer ACCOUNT_LOCKED", async () => {
      const [a, b] = world.pair(figure);
      const victim = await lockedUser("locked-changes");
      const phone = nextPhone();
      const before = await factorsOf(victim.user.id);
      const as = (api: ApiClient, query: string, variables: Record<string, unknown>) => api.gql(query, variables, { token: victim.token });
      const changes = {
        generateRecoveryCodes: outcome(await as(a, RECOVERY_CODES, { quantity: 10 })),
        enrollTotp: outcome(await as(b, ENROLL_TOTP, { name: "Locked app" })),
        addPhone: outcome(await as(a, ADD_PHONE, { input: { country: "US", number: phone.national, name: "Locked phone" } })),
        setDefaultDevice: outcome(await as(b, SET_DEFAULT, { id: victim.device.id })),
        removeDevice: outcome(await as(a, REMOVE_DEVICE, { id: victim.device.id })),
      };
      const texted = world.twilio.messages.filter((m) => m.to === phone.e164);
      for (const text of texted) world.ledger.add("sms-code", /\b(\d{6,8})\b/.exec(text.body)?.[1]);
      figure.notes.push(`locked, from an open session: ${Object.entries(changes).map(([k, v]) => `${k} ${v}`).join(", ")}`);
      expect({ changes, textsToTheNewPhone: texted.length, factors: await factorsOf(victim.user.id) }).toEqual({
        changes: Object.fromEntries(Object.keys(changes).map((k) => [k, "ACCOUNT_LOCKED"])),
        textsToTheNewPhone: 0,
        factors: before,
      });
    });
  });
}
