import { buildSchema, parse, specifiedRules, validate, type GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { LOGIN_MUTATIONS, SINGLE_LOGIN_MESSAGE, singleLoginMutationRule } from "./single-login-rule.js";

const schema = buildSchema(`
  type Query { health: String }
  input LoginInput { username: String!, password: String! }
  input CompleteLoginInput { challengeId: ID!, passcode: String!, deviceId: ID }
  type LoginResult { ok: Boolean!, login: String }
  type Mutation {
    login(input: LoginInput!): LoginResult
    completeLogin(input: CompleteLoginInput!): LoginResult
    sendLoginPasscode(challengeId: ID!): Boolean
    logout: Boolean
    setMfaEnabled(enabled: Boolean!): Boolean
    removeDevice(deviceId: ID!): Boolean
  }
`);

const rule = singleLoginMutationRule(LOGIN_MUTATIONS);

function check(source: string): { all: readonly GraphQLError[]; login: GraphQLError[] } {
  const all = validate(schema, parse(source), [...specifiedRules, rule]);
  return { all, login: all.filter((e) => e.message === SINGLE_LOGIN_MESSAGE) };
}

const LOGIN = `login(input: { username: "u", password: "p" }) { ok }`;
const complete = (passcode: string) => `completeLogin(input: { challengeId: "c", passcode: "${passcode}" }) { ok }`;

describe("singleLoginMutationRule", () => {
  it("accepts a single completeLogin", () => {
    expect(check(`mutation { ${complete("123456")} }`).all).toEqual([]);
  });

  it("rejects ten aliased completeLogin guesses in one request, pointing at each", () => {
    const guesses = Array.from({ length: 10 }, (_, i) => `g${i}: ${complete(String(100000 + i))}`).join("\n");
    const { all, login } = check(`mutation { ${guesses} }`);
    expect(all).toHaveLength(1);
    expect(login).toHaveLength(1);
    expect(login[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(login[0]?.nodes).toHaveLength(10);
    expect(login[0]?.locations).toHaveLength(10);
  });

  it("rejects login and completeLogin in the same request", () => {
    expect(check(`mutation { ${LOGIN} ${complete("123456")} }`).login).toHaveLength(1);
  });

  it("rejects the same login field repeated without an alias", () => {
    const { all, login } = check(`mutation { ${complete("123456")} ${complete("123456")} }`);
    expect(all).toHaveLength(1);
    expect(login).toHaveLength(1);
  });

  it("rejects a second login step brought in by a fragment spread", () => {
    const { all, login } = check(`
      mutation { ${LOGIN} ...Step }
      fragment Step on Mutation { ${complete("123456")} }
    `);
    expect(all).toHaveLength(1);
    expect(login).toHaveLength(1);
  });

  it("rejects login steps hidden in nested fragments", () => {
    const { all, login } = check(`
      mutation { ...Outer }
      fragment Outer on Mutation { ...Inner logout }
      fragment Inner on Mutation { ...Innermost }
      fragment Innermost on Mutation { a: ${complete("111111")} b: ${complete("222222")} }
    `);
    expect(all).toHaveLength(1);
    expect(login[0]?.nodes).toHaveLength(2);
  });

  it("rejects login steps in inline fragments, with or without a type condition", () => {
    const { all, login } = check(`
      mutation {
        ${LOGIN}
        ... on Mutation { ${complete("123456")} }
        ... @include(if: true) { ... on Mutation { sendLoginPasscode(challengeId: "c") } }
      }
    `);
    expect(all).toHaveLength(1);
    expect(login[0]?.nodes).toHaveLength(3);
  });

  it("counts login fields under @skip too", () => {
    const skipped = complete("1").replace(") {", ") @skip(if: true) {");
    expect(check(`mutation { a: ${skipped} b: ${complete("2")} }`).login).toHaveLength(1);
  });

  it("terminates on a fragment cycle, which graphql reports, and still counts each login field once", () => {
    const cyclic = check(`
      mutation { ...A }
      fragment A on Mutation { ${LOGIN} ...B }
      fragment B on Mutation { ${complete("123456")} ...A }
    `);
    expect(cyclic.all.some((e) => e.message.includes("Cannot spread fragment"))).toBe(true);
    expect(cyclic.login).toHaveLength(1);
    expect(cyclic.login[0]?.nodes).toHaveLength(2);

    const selfCycle = check(`mutation { ...A } fragment A on Mutation { ${LOGIN} ...A }`);
    expect(selfCycle.all.some((e) => e.message.includes("Cannot spread fragment"))).toBe(true);
    expect(selfCycle.login).toEqual([]);
  });

  it("counts a fragment spread twice once, as its fields run once", () => {
    const { all } = check(`mutation { ...Step ...Step } fragment Step on Mutation { ${LOGIN} }`);
    expect(all).toEqual([]);
  });

  it("leaves other mutations alone, however many, beside one login step", () => {
    const { all } = check(`
      mutation {
        a: setMfaEnabled(enabled: true) b: setMfaEnabled(enabled: false)
        c: removeDevice(deviceId: "1") d: removeDevice(deviceId: "2") logout
        ${LOGIN}
      }
    `);
    expect(all).toEqual([]);
  });

  it("ignores fields named like a login mutation below the root", () => {
    expect(check(`mutation { ${complete("1").replace("{ ok }", "{ ok login }")} }`).all).toEqual([]);
  });

  it("counts per operation, since a request runs only one", () => {
    const separate = check(`mutation First { ${LOGIN} } mutation Second { ${complete("1")} }`);
    expect(separate.all).toEqual([]);

    const oneBad = check(`mutation First { ${LOGIN} } mutation Second { a: ${complete("1")} b: ${complete("2")} }`);
    expect(oneBad.login).toHaveLength(1);
  });

  it("leaves queries alone", () => {
    expect(check(`{ a: health b: health }`).all).toEqual([]);
  });

  it("lists every sign-in step of the API", () => {
    expect([...LOGIN_MUTATIONS].sort()).toEqual(
      ["addPhone", "completeLogin", "finishWebAuthnRegistration", "login", "reauthenticate", "resendPhoneVerification", "sendLoginPasscode", "verifyDevice"],
    );
  });
});
