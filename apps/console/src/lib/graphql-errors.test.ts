import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { describeError, errorReason, fieldErrors } from "./graphql-errors";

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

describe("errorReason and fieldErrors", () => {
  it("read the finer cause of a refusal", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: "Set up MFA first.", extensions: { code: "FORBIDDEN", reason: "ADMIN_MFA_NOT_SET_UP" } }],
    });
    expect(errorReason(error)).toBe("ADMIN_MFA_NOT_SET_UP");
    expect(errorReason(new Error("offline"))).toBeUndefined();
  });

  it("map a service check or a failed validation to the fields it concerns", () => {
    const conflict = new CombinedGraphQLErrors({
      errors: [{ message: "The domain a.example already exists.", extensions: { code: "CONFLICT", field: "name" } }],
    });
    expect(fieldErrors(conflict)).toEqual({ name: "The domain a.example already exists." });
    const invalid = new CombinedGraphQLErrors({
      errors: [
        {
          message: "Some fields are not valid.",
          extensions: { code: "BAD_USER_INPUT", fields: [{ field: "password", messages: ["password must be longer than or equal to 12 characters"] }] },
        },
      ],
    });
    expect(fieldErrors(invalid)).toEqual({ password: "password must be longer than or equal to 12 characters" });
  });
});
