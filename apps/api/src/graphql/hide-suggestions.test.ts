import { describe, expect, it } from "vitest";
import { withoutSuggestions } from "./hide-suggestions.js";

describe("withoutSuggestions", () => {
  it.each([
    ['Cannot query field "helth" on type "Query". Did you mean "health"?', 'Cannot query field "helth" on type "Query".'],
    [
      'Unknown argument "frist" on field "Query.mailboxes". Did you mean "first", "after", or "filter"?',
      'Unknown argument "frist" on field "Query.mailboxes".',
    ],
    [
      'Value "REQUIRD" does not exist in "MfaPolicy" enum. Did you mean the enum value "REQUIRED"?',
      'Value "REQUIRD" does not exist in "MfaPolicy" enum.',
    ],
    [
      'Cannot query field "code" on type "LoginResult". Did you mean to use an inline fragment on "MfaChallenge"?',
      'Cannot query field "code" on type "LoginResult".',
    ],
  ])("removes the hint from %j", (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });

  it("leaves a message without a hint as it is", () => {
    expect(withoutSuggestions("Only one sign-in step may be sent per request.")).toBe(
      "Only one sign-in step may be sent per request.",
    );
  });
});
