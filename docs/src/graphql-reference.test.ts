import { describe, expect, it } from "vitest";
import { anchorOf, renderGraphqlReference } from "./graphql-reference.js";

const SDL = `
"""The root of reads."""
type Query {
  """Finds a thing | by id."""
  thing(
    """Its id."""
    id: ID!
    first: Int! = 20
    old: String @deprecated(reason: "Use id.")
  ): Thing
}

type Mutation {
  """Changes it."""
  change(input: ChangeInput!): Result!
}

"""A thing.
On two lines."""
type Thing {
  name: String!
  """How it is kept."""
  level: Level!
  legacy: Int @deprecated(reason: "Gone soon.")
  parts(first: Int = 5): [Thing!]!
}

input ChangeInput {
  """Which one."""
  id: ID!
  level: Level! = LOW
}

enum Level {
  """Not much."""
  LOW
  HIGH @deprecated(reason: "Too much.")
}

union Result = Thing | Other

type Other { id: ID! }

"""A moment."""
scalar Moment
`;

describe("the GraphQL reference", () => {
  const doc = renderGraphqlReference(SDL, "schema.graphql");

  it("gives every query and mutation a section with its arguments, defaults and deprecations", () => {
    expect(doc).toContain("### Query.thing\n\nReturns [`Thing`](#thing).\n\nFinds a thing | by id.");
    expect(doc).toContain("| `id` | `ID!` |  | Its id. |");
    expect(doc).toContain("| `first` | `Int!` | `20` |  |");
    expect(doc).toContain("| `old` | `String` |  | **Deprecated:** Use id. |");
    expect(doc).toContain("### Mutation.change\n\nReturns [`Result!`](#result).\n\nChanges it.");
  });

  it("lists every type with its fields, input defaults, union members and enum values, pipes escaped", () => {
    expect(doc).toContain("### Thing\n\nA thing.\nOn two lines.");
    expect(doc).toContain("| `level` | [`Level!`](#level) | How it is kept. |");
    expect(doc).toContain("| `legacy` | `Int` | **Deprecated:** Gone soon. |");
    expect(doc).toContain("| `parts` | [`[Thing!]!`](#thing) | Arguments: `first: Int` = `5`. |");
    expect(doc).toContain("| `level` | [`Level!`](#level) | `LOW` |  |");
    expect(doc).toContain("One of [`Thing`](#thing), [`Other`](#other)");
    expect(doc).toContain("| `LOW` | Not much. |");
    expect(doc).toContain("| `HIGH` | **Deprecated:** Too much. |");
    expect(doc).toContain("### Moment\n\nA moment.");
    expect(doc).not.toMatch(/### (String|ID|Int|Query|Mutation)\n/);
  });

  it("links sections by GitHub's anchors", () => {
    expect(anchorOf("Query.thing")).toBe("querything");
    expect(anchorOf("Input objects")).toBe("input-objects");
    expect(doc).toContain("[Input objects](#input-objects)");
  });
});
