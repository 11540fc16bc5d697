import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { describeError } from "./graphql-errors";

describe("describeError", () => {
  it("keeps each GraphQL error's message and code", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: "Too many attempts.", extensions: { code: "RATE_LIMITED" } }, { message: "No code" }],
    });
    expect(describeError(error)).toEqual([
      { message: "Too many attempts.", code: "RATE_LIMITED" },
      { message: "No code", code: undefined },
    ]);
  });

  it("reads GraphQL errors out of a plain JSON error answer", () => {
    const bodyText = JSON.stringify({ errors: [{ message: "CSRF check failed", extensions: { code: "BAD_REQUEST" } }] });
    const error = new ServerError("Response not successful", { response: new Response(bodyText, { status: 400 }), bodyText });
    expect(describeError(error)).toEqual([{ message: "CSRF check failed", code: "BAD_REQUEST" }]);
  });

  it("names the status of any other failed answer", () => {
    const error = new ServerError("Response not successful", { response: new Response("", { status: 502 }), bodyText: "" });
    expect(describeError(error)).toEqual([{ message: "The service answered with HTTP 502.", code: "HTTP_502" }]);
  });
});
