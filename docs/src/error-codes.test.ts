import { describe, expect, it } from "vitest";
import { renderErrorCodes } from "./error-codes.js";

describe("the error-code table", () => {
  const registry = {
    codes: ["NOT_FOUND", "GRAPHQL_PARSE_FAILED"],
    meanings: { NOT_FOUND: "Nothing | there.", GRAPHQL_PARSE_FAILED: "Not GraphQL." },
    restStatus: { NOT_FOUND: 404, GRAPHQL_PARSE_FAILED: 400 },
  };

  it("has a row per code, in the registry's order, with both doors' statuses", () => {
    const doc = renderErrorCodes(registry, "the registry");
    expect(doc).toContain("| `NOT_FOUND` | 200 | 404 | Nothing \\| there. |\n| `GRAPHQL_PARSE_FAILED` | 400 | 400 | Not GraphQL. |");
  });

  it("lists the email delivery codes after the API's, in a table of their own", () => {
    const doc = renderErrorCodes(registry, "the registry", { codes: ["MAIL_TIMEOUT"], meanings: { MAIL_TIMEOUT: "No answer." } });
    expect(doc).toMatch(/\| `GRAPHQL_PARSE_FAILED` .*\n\n## Email delivery codes\n\n[^|]+\| Code \| Meaning \|\n\| --- \| --- \|\n\| `MAIL_TIMEOUT` \| No answer\. \|\n$/);
    expect(() => renderErrorCodes(registry, "the registry", { codes: ["MAIL_NEW"], meanings: {} })).toThrow(/MAIL_NEW has no meaning/);
  });

  it("refuses a code with no meaning or no REST status", () => {
    expect(() => renderErrorCodes({ ...registry, codes: [...registry.codes, "NEW_CODE"] }, "the registry")).toThrow(/NEW_CODE has no meaning/);
    expect(() => renderErrorCodes({ ...registry, meanings: { ...registry.meanings, NEW_CODE: "New." }, codes: ["NEW_CODE"] }, "the registry")).toThrow(/NEW_CODE has no REST status/);
  });
});
