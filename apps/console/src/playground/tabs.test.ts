import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, parse, validate, type OperationDefinitionNode } from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { describe, expect, it } from "vitest";
import { DEFAULT_HEADERS, PLAYGROUND_TABS, TOKEN_PLACEHOLDER } from "./tabs";

// The schema the API emits at build (the console's code generation reads the same file).
const schema = buildSchema(readFileSync(resolve(process.cwd(), "../api/schema.graphql"), "utf8"));

const operationsOf = (query: string) => parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");

describe("the playground's tabs", () => {
  it("walk the main flows in order: sign in, the code, my security, an authenticator app, domains, mailboxes, a policy", () => {
    expect(PLAYGROUND_TABS.map((tab) => operationsOf(tab.query).map((op) => op.name?.value))).toEqual([
      ["SignIn"],
      ["CompleteSignIn"],
      ["MySecurity"],
      ["EnrolApp", "VerifyApp"],
      ["Domains"],
      ["Mailboxes"],
      ["PreviewPolicy", "SetPolicy"],
    ]);
  });

  it.each(PLAYGROUND_TABS.map((tab, i) => [i + 1, tab] as const))("tab %i is valid against the API's schema and opens with a comment", (_, tab) => {
    expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
    expect(tab.query.startsWith("# ")).toBe(true);
  });

  it.each(PLAYGROUND_TABS.map((tab, i) => [i + 1, tab] as const))("tab %i's variables are valid for each of its operations", (_, tab) => {
    const variables = (tab.variables ? JSON.parse(tab.variables) : {}) as Record<string, unknown>;
    for (const op of operationsOf(tab.query)) {
      const coerced = getVariableValues(schema, op.variableDefinitions ?? [], variables);
      expect(coerced.errors?.map((e) => e.message) ?? [], op.name?.value).toEqual([]);
    }
  });

  // At 1280 px the query and variables editors show about 50 columns: longer lines would be cut off.
  it.each(PLAYGROUND_TABS.map((tab, i) => [i + 1, tab] as const))("tab %i fits the editors' width", (_, tab) => {
    const lines = [...tab.query.split("\n"), ...(tab.variables ?? "").split("\n")];
    expect(lines.filter((line) => line.length > 50)).toEqual([]);
  });

  it("pre-fills the header panel for a bearer token", () => {
    expect(JSON.parse(DEFAULT_HEADERS)).toEqual({ Authorization: `Bearer ${TOKEN_PLACEHOLDER}` });
  });
});
