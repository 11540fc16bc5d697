import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../../support/api-client.js";
import { ADD_PHONE, COMPLETE, VERIFY, enrolTotp, lastCodeTo, passwordLogin, sessionOf, unwrap } from "../../support/mfa-flows.js";
import { DOCUMENT_FAMILIES, MUTATIONS, inlineDocument, typedDocument, variablesFor, type MutationSpec } from "./fuzz-arbitraries.js";
import { TRANSPORT_FAMILIES, graphqlViolations, restFamilies, restViolations, type RawRequest, type Violations } from "./hostile-requests.js";
import type { World } from "./world.js";

const CI_FUZZ_SEED = 161_421_210;

/** Cases per mutation (typed variables or inline literals), and per family of whole-document or whole-request attacks. */
const RUNS_PER_MUTATION = 50;
const RUNS_PER_FAMILY = 50;
/** A whole fuzz test on a loaded machine; it takes seconds on an idle one. */
const FUZZ_TIMEOUT_MS = 180_000;

/** Runs the jobs two at a time: one stream of cases per API instance's worth of work. */
async function twoAtATime(jobs: (() => Promise<void>)[]): Promise<void> {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  };
  await Promise.all([worker(), worker()]);
}

const describeRequest = (request: RawRequest) =>
  `${request.method} ${request.path.slice(0, 120)} ${JSON.stringify(request.headers).slice(0, 160)} ${typeof request.body === "string" ? request.body.slice(0, 200) : `${request.body?.length ?? 0} bytes`}`;

/** Property 4: hostile input never yields a 5xx, a stack trace or an error without a code. */
export function hostileInputProperty(world: World): void {
  describe("hostile input: property-based fuzzing of every mutation and both doors", () => {
    const figure = world.figures.of("4 hostile input");
    // CI replays one known seed so a landing never hinges on a new draw; other runs explore a fresh one.
    const seed = Number(process.env.FUZZ_SEED ?? (process.env.CI ? CI_FUZZ_SEED : Date.now() % 2_147_483_647));
    const ids: string[] = [];
    const tokens: Record<MutationSpec["sessions"], (string | null)[]> = { "sign-in": [null], self: [null], admin: [null], none: [null] };
    const failures: string[] = [];
    let apis: ApiClient[] = [];
    let adminToken = "";
    let searchDomain = "";
    let sent = 0;

    /** Alternates the instances. */
    const next = () => apis[sent++ % apis.length] as ApiClient;

    /** Runs one property; a failure is kept with its counterexample, and the other families still run. */
    async function family<T>(name: string, cases: fc.Arbitrary<T>, numRuns: number, send: (value: T) => Promise<{ what: string; problems: string[] }>): Promise<void> {
      try {
        await fc.assert(
          fc.asyncProperty(cases, async (value) => {
            const { what, problems } = await send(value);
            figure.fuzzCases++;
            if (problems.length > 0) throw new Error(`${what} -> ${problems.join("; ")}`);
          }),
          { numRuns, seed, endOnFailure: true },
        );
      } catch (error) {
        const cause = (error as Error).cause;
        failures.push(`${name}: ${(cause instanceof Error ? cause.message : (error as Error).message).split("\n")[0]}`);
      }
    }

    const request = (violations: Violations) => async (req: RawRequest) => {
      const answer = await next().raw(req.path, req);
      return { what: `${describeRequest(req)} -> HTTP ${answer.status}`, problems: violations(answer) };
    };

    beforeAll(async () => {
      apis = world.pair(figure);
      const [a, b] = world.pair(figure);
      // A sacrificial mailbox with an app and a phone, three victims, and the admin signed in with a second factor.
      const domain = await world.domain(figure, "OPTIONAL");
      const target = await world.mailbox(figure, domain, "fuzz");
      const targetToken = await sessionOf(a, target);
      const { device } = await enrolTotp(a, targetToken, world.ledger);
      const phone = unwrap(await b.gql<{ addPhone: { device: { id: string } } }>(ADD_PHONE, { input: { country: "US", number: "2015550177", name: "Fuzz phone" } }, { token: targetToken }), "addPhone");
      const code = lastCodeTo(world.twilio.messages, "+12015550177");
      world.ledger.add("sms-code", code);
      unwrap(await b.gql(VERIFY, { input: { deviceId: phone.addPhone.device.id, code } }, { token: targetToken }), "verifyDevice");
      const challenge = await passwordLogin(b, target);
      const victims = await Promise.all([1, 2, 3].map(() => world.mailbox(figure, domain, "victim")));
      // A domain the fuzz never names, for the search property.
      searchDomain = await world.domain(figure, "OFF");
      await Promise.all([1, 2].map(() => world.mailbox(figure, searchDomain, "listed")));
      const adminStep1 = await passwordLogin(a, world.admin.user);
      const adminCode = world.admin.recoveryCodes.pop() as string;
      adminToken = unwrap(await b.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: adminStep1.challengeId, passcode: adminCode } }), "completeLogin").completeLogin.token;
      ids.push(device.id, phone.addPhone.device.id, domain, challenge.challengeId as string, ...victims.map((v) => v.id));
      const garbage = "A".repeat(43);
      tokens["sign-in"].push(garbage);
      tokens.none.push(garbage);
      tokens.self.push(garbage, targetToken);
      tokens.admin.push(garbage, targetToken, adminToken);
    });

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
      figure.notes.push(`${figure.fuzzCases} fuzz cases over ${MUTATIONS.length} mutations and both doors, seed ${seed} (FUZZ_SEED=${seed} replays them)`);
    });

    it("every mutation's inputs, typed or inline, at both instances: never a 5xx, never a stack trace, every error with a code", async () => {
      const before = failures.length;
      await twoAtATime(
        MUTATIONS.map((spec) => () => {
          const cases = fc.tuple(variablesFor(spec, ids), fc.constantFrom(...tokens[spec.sessions]), fc.boolean());
          return family(spec.name, cases, RUNS_PER_MUTATION, async ([variables, token, inline]) => {
            const api = next();
            const answer = inline ? await api.gql(inlineDocument(spec, variables), {}, { token }) : await api.gql(typedDocument(spec), variables, { token });
            return { what: `${spec.name} ${inline ? "inline" : "typed"} ${JSON.stringify(variables).slice(0, 300)} -> HTTP ${answer.status}`, problems: graphqlViolations(answer) };
          });
        }),
      );
      expect(failures.slice(before)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);

    it("hostile documents (deep, wide, aliased, fragment cycles, unknown fields and directives, wrong operations, garbage): never a 5xx, never a stack trace, every error with a code", async () => {
      const before = failures.length;
      await twoAtATime(
        Object.entries(DOCUMENT_FAMILIES).map(([name, documents]) => () =>
          // Not with the admin's session: a valid document may well be a logout.
          family(name, fc.tuple(documents, fc.constantFrom(...tokens.self)), RUNS_PER_FAMILY, async ([query, token]) => {
            const answer = await next().gql(query, {}, { token });
            return { what: `document ${query.slice(0, 200)} -> HTTP ${answer.status}`, problems: graphqlViolations(answer) };
          }),
        ),
      );
      expect(failures.slice(before)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);

    it("hostile requests (non-JSON bodies, missing or wrong content types, batches, oversized, other methods): never a 5xx, never a stack trace, every error with a code", async () => {
      const before = failures.length;
      await twoAtATime(Object.entries(TRANSPORT_FAMILIES).map(([name, requests]) => () => family(name, requests, RUNS_PER_FAMILY, request(graphqlViolations))));
      expect(failures.slice(before)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);

    it("the REST door with hostile bodies, content types and session ids: never a 5xx, never a stack trace, every error with a code", async () => {
      const before = failures.length;
      await twoAtATime(Object.entries(restFamilies(ids)).map(([name, requests]) => () => family(name, requests, RUNS_PER_FAMILY, request(restViolations))));
      expect(failures.slice(before)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);

    it("SQL wildcards in the mailbox search match only themselves (no mailbox of the searched domain has one)", async () => {
      const before = failures.length;
      const search = `query Search($domainId: ID!, $search: String) { mailboxes(domainId: $domainId, filter: { search: $search }) { totalCount } }`;
      const wildcards = fc.string({ unit: fc.constantFrom("%", "_", "!", "\\", "*", "?", "[", "]", "^", "'"), minLength: 1, maxLength: 12 });
      await family("mailbox search", wildcards, RUNS_PER_FAMILY, async (text) => {
        const answer = await next().gql<{ mailboxes: { totalCount: number } }>(search, { domainId: searchDomain, search: text }, { token: adminToken });
        const count = answer.body.data?.mailboxes.totalCount;
        return { what: `search ${JSON.stringify(text)} -> ${count ?? answer.text.slice(0, 120)}`, problems: [...graphqlViolations(answer), ...(count === 0 ? [] : [`matched ${count}`])] };
      });
      const listed = await next().gql<{ mailboxes: { totalCount: number } }>(search, { domainId: searchDomain, search: "listed" }, { token: adminToken });
      expect(listed.body.data?.mailboxes.totalCount).toBe(2);
      expect(failures.slice(before)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);

    it("after the fuzz both instances are alive and ready, and the admin's MFA session still works", async () => {
      for (const api of world.pair(figure)) {
        expect((await api.get("/readyz")).status).toBe(200);
        const me = await api.gql<{ me: { username: string } }>(`{ me { username } }`, {}, { token: adminToken });
        expect(me.body.data?.me.username).toBe("admin");
      }
      expect(world.cluster.isAlive(0) && world.cluster.isAlive(1)).toBe(true);
      if (failures.length === 0) {
        // Every family ran to its end (a failing one stops at its counterexample).
        const families = Object.keys(DOCUMENT_FAMILIES).length + Object.keys(TRANSPORT_FAMILIES).length + Object.keys(restFamilies(ids)).length;
        expect(figure.fuzzCases).toBe(MUTATIONS.length * RUNS_PER_MUTATION + (families + 1) * RUNS_PER_FAMILY);
      }
    });
  });
}
