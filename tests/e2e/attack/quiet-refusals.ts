import { afterAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../support/api-client.js";
import { ENROLL_TOTP, RESET_MFA, SET_POLICY, UNLOCK, VERIFY, sessionOf, unwrap } from "../../support/mfa-flows.js";
import { oathtool, wrongCodes } from "../../support/totp.js";
import { OVERRIDE, otherAccountAdmin, outcome } from "./review-kit.js";
import type { World } from "./world.js";

const USER = `query User($id: ID!) { user(id: $id) { id username } }`;
const MAILBOXES = `query Mailboxes($domainId: ID!) { mailboxes(domainId: $domainId) { totalCount nodes { id username } } }`;
const DOMAINS = `{ domains { id name } }`;

type Call = readonly [operation: string, query: string, variables: Record<string, unknown>];

/**
 * Finding 9 of the security review: cross-tenant and forbidden attempts were refused but not audited, and verifying a
 * new authenticator had no attempt limit. (Masked numbers, the third point, are proved with finding 1.)
 */
export function quietRefusalsProperty(world: World): void {
  describe("finding 9, quiet refusals: refused attempts leave an audit event; a pending authenticator takes five wrong codes", () => {
    const figure = world.figures.of("7 quiet refusals");

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    /** The ACCESS_DENIED events of an account or an actor, by id. */
    const denied = async (column: "account_id" | "actor_id", id: string) =>
      world.db.rows<{ id: string; detail: string | null }>(`SELECT id, detail FROM audit_events WHERE action = 'ACCESS_DENIED' AND ${column} = ?`, [id]);

    /** Makes each call and reports its answer and the ACCESS_DENIED events it added (those naming the operation). */
    async function attempts(apis: ApiClient[], token: string, calls: Call[], column: "account_id" | "actor_id", id: string) {
      const seen: Record<string, { answer: string; audited: boolean; namingIt: boolean }> = {};
      for (const [i, [operation, query, variables]] of calls.entries()) {
        const before = new Set((await denied(column, id)).map((e) => e.id));
        const answer = await (apis[i % apis.length] as ApiClient).gql(query, variables, { token });
        const added = (await denied(column, id)).filter((e) => !before.has(e.id));
        seen[operation] = { answer: outcome(answer), audited: added.length > 0, namingIt: added.some((e) => new RegExp(`\\b${operation}\\b`).test(e.detail ?? "")) };
      }
      return seen;
    }

    it("an admin of another account: user, resetUserMfa, unlockUser, setUserMfaOverride and mailboxes on the first account answer NOT_FOUND, each audited ACCESS_DENIED in the caller's account", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OPTIONAL");
      const target = await world.mailbox(figure, domain, "tenant-a");
      const { admin, accountId } = await otherAccountAdmin(world, figure, await world.domain(figure, "OFF"));
      const token = await sessionOf(b, admin);
      const calls: Call[] = [
        ["user", USER, { id: target.id }],
        ["resetUserMfa", RESET_MFA, { id: target.id }],
        ["unlockUser", UNLOCK, { id: target.id }],
        ["setUserMfaOverride", OVERRIDE, { id: target.id, level: "OPTIONAL" }],
        ["mailboxes", MAILBOXES, { domainId: domain }],
      ];
      const seen = await attempts([a, b], token, calls, "account_id", accountId);
      const override = (await world.db.rows<{ o: string }>("SELECT mfa_override AS o FROM users WHERE id = ?", [target.id]))[0]?.o;
      figure.notes.push(`cross-tenant: ${Object.entries(seen).map(([op, s]) => `${op} ${s.answer}${s.audited ? " (audited)" : ""}`).join(", ")}`);
      expect({ seen, targetOverride: override }).toEqual({
        seen: Object.fromEntries(calls.map(([operation]) => [operation, { answer: "NOT_FOUND", audited: true, namingIt: true }])),
        targetOverride: "DEFAULT",
      });
    });

    it("a mailbox user calling admin operations gets FORBIDDEN, each attempt audited ACCESS_DENIED", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OFF");
      const user = await world.mailbox(figure, domain, "nosy");
      const neighbour = await world.mailbox(figure, domain, "neighbour");
      const token = await sessionOf(a, user);
      const calls: Call[] = [
        ["domains", DOMAINS, {}],
        ["resetUserMfa", RESET_MFA, { id: neighbour.id }],
        ["setDomainMfaPolicy", SET_POLICY, { input: { domainId: domain, policy: "OFF", includeChildren: true } }],
      ];
      const seen = await attempts([b, a], token, calls, "actor_id", user.id);
      expect(Object.fromEntries(Object.entries(seen).map(([op, s]) => [op, { answer: s.answer, audited: s.audited }]))).toEqual(
        Object.fromEntries(calls.map(([operation]) => [operation, { answer: "FORBIDDEN", audited: true }])),
      );
    });

    it("verifying a pending authenticator allows 5 wrong codes; the 6th attempt is refused even with the right code, and the app stays unverified", async () => {
      const [a, b] = world.pair(figure);
      const domain = await world.domain(figure, "OPTIONAL");
      const user = await world.mailbox(figure, domain, "pending-app");
      const token = await sessionOf(a, user);
      const enrolled = unwrap(await b.gql<{ enrollTotp: { secret: string; device: { id: string } } }>(ENROLL_TOTP, { name: "Guessed app" }, { token }), "enrollTotp").enrollTotp;
      const answers: string[] = [];
      for (const [i, code] of wrongCodes(enrolled.secret, 5, 9).entries()) {
        answers.push(outcome(await (i % 2 ? a : b).gql(VERIFY, { input: { deviceId: enrolled.device.id, code } }, { token })));
      }
      const right = oathtool(enrolled.secret);
      world.ledger.add("totp-code", right);
      answers.push(outcome(await a.gql(VERIFY, { input: { deviceId: enrolled.device.id, code: right } }, { token })));
      const verified = (await world.db.rows<{ v: unknown }>("SELECT verified_at AS v FROM devices WHERE id = ?", [enrolled.device.id]))[0]?.v ?? null;
      expect({ answers, verified: verified !== null }).toEqual({ answers: Array(6).fill("INVALID_PASSCODE"), verified: false });
    });
  });
}
