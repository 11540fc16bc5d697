import { ApolloServer, type GraphQLResponse } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorCodes } from "#src/errors/codes.js";
import { createFormatError } from "#src/errors/format-error.js";
import { createLogger } from "#src/logger.js";
import { createArmor } from "./armor.js";
import { LOGIN_MUTATIONS, SINGLE_LOGIN_MESSAGE, singleLoginMutationRule } from "./single-login-rule.js";

const typeDefs = `
  enum Policy { REQUIRED, OPTIONAL, OFF }
  type Query { health: String!, node: Node, search(terms: [String!]): String, policy(is: Policy): Boolean }
  type Node { id: ID!, child: Node }
  input CompleteLoginInput { challengeId: ID!, passcode: String! }
  type LoginResult { ok: Boolean! }
  type Mutation {
    login(username: String!, password: String!): LoginResult
    completeLogin(input: CompleteLoginInput!): LoginResult
    logout: Boolean
  }
`;

let calls = 0;
const resolvers = {
  Query: { health: () => "ok", node: () => ({ id: "1", child: null }), search: () => null, policy: () => true },
  Mutation: {
    login: () => (calls++, { ok: true }),
    completeLogin: () => (calls++, { ok: false }),
    logout: () => true,
  },
};

/**
 * An Apollo server configured the way the API's server is, with the hardening added; without Apollo's own
 * `hideSchemaDetailsFromClientErrors`, so that the suggestion tests see what the hardening alone does.
 */
function hardenedServer(production: boolean): ApolloServer {
  const armor = createArmor({ production });
  return new ApolloServer({
    typeDefs,
    resolvers,
    introspection: !production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(createLogger("silent")),
    plugins: [...armor.plugins],
    validationRules: [...armor.validationRules, singleLoginMutationRule(LOGIN_MUTATIONS)],
    parseOptions: armor.parseOptions,
  });
}

interface Outcome {
  status: number | undefined;
  data: unknown;
  errors: readonly GraphQLFormattedError[];
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>): Promise<Outcome> {
  const response: GraphQLResponse = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  const { data, errors = [] } = response.body.singleResult;
  return { status: response.http.status, data, errors };
}

function expectRejected(outcome: Outcome, code: string, message: RegExp): void {
  expect(outcome.status).toBe(400);
  expect(outcome.data).toBeUndefined();
  expect(outcome.errors.length).toBeGreaterThan(0);
  expect(outcome.errors.some((e) => e.extensions?.code === code && message.test(e.message))).toBe(true);
  for (const error of outcome.errors) {
    expect(errorCodes.has(String(error.extensions?.code))).toBe(true);
    expect(error.extensions).not.toHaveProperty("stacktrace");
  }
}

const complete = (alias: string, passcode: string) =>
  `${alias}: completeLogin(input: { challengeId: "c", passcode: "${passcode}" }) { ok }`;
const guesses = (n: number) => Array.from({ length: n }, (_, i) => complete(`g${i}`, String(100000 + i))).join(" ");
const nested = (depth: number) => `{ node { ${"child { ".repeat(depth - 2)}id${" }".repeat(depth - 2)} } }`;

describe("GraphQL hardening in Apollo Server", () => {
  const server = hardenedServer(false);
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    calls = 0;
  });

  it("runs a single completeLogin", async () => {
    const outcome = await run(server, `mutation { ${complete("step", "123456")} }`);
    expect(outcome.errors).toEqual([]);
    expect(outcome.data).toEqual({ step: { ok: false } });
    expect(calls).toBe(1);
  });

  it("answers ten aliased passcode guesses with GRAPHQL_VALIDATION_FAILED and runs none of them", async () => {
    const outcome = await run(server, `mutation { ${guesses(10)} }`);
    expectRejected(outcome, "GRAPHQL_VALIDATION_FAILED", new RegExp(`^${SINGLE_LOGIN_MESSAGE}$`));
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]?.locations).toHaveLength(10);
    expect(calls).toBe(0);
  });

  it("refuses login and completeLogin together", async () => {
    const outcome = await run(server, `mutation { login(username: "u", password: "p") { ok } ${complete("step", "1")} }`);
    expectRejected(outcome, "GRAPHQL_VALIDATION_FAILED", /sign-in step/);
    expect(calls).toBe(0);
  });

  it("answers eleven aliased guesses with both the alias limit and the sign-in rule", async () => {
    const outcome = await run(server, `mutation { ${guesses(11)} }`);
    expectRejected(outcome, "GRAPHQL_VALIDATION_FAILED", /^Aliases limit of 10 exceeded/);
    expectRejected(outcome, "GRAPHQL_VALIDATION_FAILED", /sign-in step/);
    expect(calls).toBe(0);
  });

  it("answers a query nested 13 deep with GRAPHQL_VALIDATION_FAILED", async () => {
    expect((await run(server, nested(12))).errors).toEqual([]);
    expectRejected(await run(server, nested(13)), "GRAPHQL_VALIDATION_FAILED", /^Query depth limit of 12 exceeded, found 13\.$/);
  });

  it("answers 21 directives with GRAPHQL_VALIDATION_FAILED", async () => {
    const query = `{ ${"... @include(if: true) { health } ".repeat(21)}}`;
    expectRejected(await run(server, query), "GRAPHQL_VALIDATION_FAILED", /^Directives limit of 20 exceeded/);
  });

  it("answers a document past 2000 tokens with 400 GRAPHQL_PARSE_FAILED, not an internal error", async () => {
    const query = `{ search(terms: [${'"t" '.repeat(50_000)}]) }`;
    expectRejected(await run(server, query), "GRAPHQL_PARSE_FAILED", /more that 2000 tokens/);
  });

  it("keeps suggestions outside production", async () => {
    expectRejected(await run(server, `{ helth }`), "GRAPHQL_VALIDATION_FAILED", /Did you mean "health"\?$/);
    const variable = await run(server, `query ($is: Policy) { policy(is: $is) }`, { is: "REQUIRD" });
    expectRejected(variable, "BAD_USER_INPUT", /Did you mean the enum value "REQUIRED"\?$/);
  });
});

describe("GraphQL hardening in production", () => {
  const server = hardenedServer(true);
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("hides field suggestions", async () => {
    const outcome = await run(server, `{ helth }`);
    expect(outcome.errors.map((e) => e.message)).toEqual(['Cannot query field "helth" on type "Query".']);
    expectRejected(outcome, "GRAPHQL_VALIDATION_FAILED", /helth/);
  });

  it("hides enum values suggested for a mistyped variable", async () => {
    const outcome = await run(server, `query ($is: Policy) { policy(is: $is) }`, { is: "REQUIRD" });
    expect(outcome.errors.map((e) => e.message)).toEqual([
      'Variable "$is" got invalid value "REQUIRD"; Value "REQUIRD" does not exist in "Policy" enum.',
    ]);
    expectRejected(outcome, "BAD_USER_INPUT", /REQUIRD/);
  });

  it("still refuses aliased passcode guesses", async () => {
    expectRejected(await run(server, `mutation { ${guesses(2)} }`), "GRAPHQL_VALIDATION_FAILED", /sign-in step/);
  });
});
