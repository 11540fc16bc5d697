import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ARMOR_LIMITS, createArmor } from "./armor.js";

const schema = buildSchema(`
  type Query { health: String, search(terms: [String!]): String, node: Node, mailboxes(first: Int): MailboxConnection! }
  type Node { id: ID!, name: String, child: Node, children(first: Int): [Node!]! }
  type MailboxConnection { totalCount: Int!, edges: [MailboxEdge!]!, pageInfo: PageInfo! }
  type MailboxEdge { cursor: String!, node: Mailbox! }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type Mailbox { id: ID!, email: String!, mfaStatus: String!, security: Security! }
  type Security { effectivePolicy: String!, mfaEnabled: Boolean!, recoveryCodesLeft: Int!, locked: Boolean! }
`);

const { validationRules, parseOptions } = createArmor({ production: false });

function check(source: string): readonly GraphQLError[] {
  return validate(schema, parse(source, parseOptions), [...specifiedRules, ...validationRules]);
}

/** `{ node { child { child ... { id } } } }` with `depth` levels of fields in all. */
function nested(depth: number): string {
  let selection = "id";
  for (let level = 1; level < depth; level++) selection = `${level === depth - 1 ? "node" : "child"} { ${selection} }`;
  return `{ ${selection} }`;
}

const mailboxPage = (first: number) => `{
  mailboxes(first: ${first}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id email mfaStatus security { effectivePolicy mfaEnabled recoveryCodesLeft locked } } }
  }
}`;

function expectOneRejection(errors: readonly GraphQLError[], message: RegExp): void {
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toMatch(message);
  expect(errors[0]?.message).not.toMatch(/^Syntax Error/);
  expect(errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
}

describe("createArmor validation rules", () => {
  it("accepts depth 12 and rejects depth 13", () => {
    expect(check(nested(12))).toEqual([]);
    expectOneRejection(check(nested(13)), /^Query depth limit of 12 exceeded, found 13\.$/);
  });

  it("does not count fragments as a level of depth", () => {
    const source = `{ ...Top } fragment Top on Query { ...Inner } fragment Inner on Query ${nested(12)}`;
    expect(check(source)).toEqual([]);
  });

  it("accepts 10 aliases and rejects 11", () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health`).join(" ")} }`;
    expect(check(aliases(10))).toEqual([]);
    expectOneRejection(check(aliases(11)), /^Aliases limit of 10 exceeded, found 11\.$/);
  });

  it("does not count __typename aliases", () => {
    expect(check(`{ ${Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(" ")} }`)).toEqual([]);
  });

  it("accepts 20 directives and rejects 21", () => {
    const directives = (n: number) => `{ ${Array.from({ length: n }, () => "... @include(if: true) { health }").join(" ")} }`;
    expect(check(directives(20))).toEqual([]);
    expectOneRejection(check(directives(21)), /^Directives limit of 20 exceeded, found 21\.$/);
  });

  it("accepts a page of 50 mailboxes with their security summary and rejects lists of lists", () => {
    expect(check(mailboxPage(50))).toEqual([]);
    expectOneRejection(check(mailboxPage(100)), /^Query Cost limit of 5000 exceeded, found \d+/);
    expectOneRejection(check(`{ node { children(first: 100) { children(first: 100) { id } } } }`), /Cost limit of 5000/);
  });

  it("stops parsing a document past 2000 tokens", () => {
    // `{ search ( terms : [ ... ] ) }` is 9 tokens around the list.
    const terms = (n: number) => `{ search(terms: [${'"t" '.repeat(n)}]) }`;
    expect(check(terms(ARMOR_LIMITS.maxTokens - 9))).toEqual([]);
    expect(() => parse(terms(ARMOR_LIMITS.maxTokens - 8), parseOptions)).toThrow(/more that 2000 tokens/);
    expect(() => parse(terms(1_000_000), parseOptions)).toThrow(/more that 2000 tokens/);
  });

  it("lets the full introspection query of the playground through", () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect(check(introspection)).toEqual([]);
  });

  it("reports each rejection once however many times the armor is built", () => {
    createArmor({ production: false });
    const again = createArmor({ production: true });
    const errors = validate(schema, parse(nested(13)), [...specifiedRules, ...again.validationRules]);
    expect(errors).toHaveLength(1);
  });

  it("adds the suggestion filters only in production", () => {
    expect(createArmor({ production: false }).plugins).toEqual([]);
    expect(createArmor({ production: true }).plugins.length).toBeGreaterThan(0);
  });
});
