import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { errorMessage, formatWait } from "./error-messages";
import { describeError } from "./graphql-errors";

const failed = (code: string, message = "server wording", extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extensions } }] });

describe("errorMessage", () => {
  it("words each sign-in outcome for people, whatever the server said", () => {
    expect(errorMessage(failed("INVALID_CREDENTIALS"))).toBe("The username or password is not correct.");
    expect(errorMessage(failed("ACCOUNT_LOCKED"))).toMatch(/Ask your administrator to unlock it\.$/);
    expect(errorMessage(failed("LOGIN_EXPIRED"))).toMatch(/Start again/);
  });

  it("keeps the server's specific wording where it is better (a bad phone number)", () => {
    expect(errorMessage(failed("BAD_USER_INPUT", "That phone number is too short."))).toBe("That phone number is too short.");
  });

  it("adds how long to wait when throttled", () => {
    expect(errorMessage(failed("RATE_LIMITED", "A code was sent a moment ago.", { retryAfterSeconds: 61 }))).toBe(
      "A code was sent a moment ago. You can try again in 2 minutes.",
    );
  });

  it("says when texts may be asked for again, and where texts may not go", () => {
    expect(errorMessage(failed("SMS_BUDGET_EXCEEDED", "Your domain has used its text messages for now.", { scope: "DOMAIN", retryAfterSeconds: 1_500 }))).toBe(
      "Your domain has used its text messages for now. You can try again in 25 minutes.",
    );
    expect(errorMessage(failed("SMS_COUNTRY_NOT_ALLOWED", ""))).toMatch(/^Text messages to that country are not allowed/);
  });

  it("explains an unreachable service in plain words, never the browser's wording", () => {
    const plain = "We could not reach the service. Check your connection and try again.";
    expect(errorMessage(new TypeError("Failed to fetch"))).toBe(plain);
    expect(errorMessage(new TypeError("NetworkError when attempting to fetch resource."))).toBe(plain);
    expect(describeError(new TypeError("Load failed"))[0]?.message).toBe(plain);
  });

  it("counts down the attempts left before the lock from the third wrong code", () => {
    const wrong = (attemptsLeft?: number) => failed("INVALID_PASSCODE", "The code is not valid.", attemptsLeft === undefined ? {} : { attemptsLeft });
    expect(errorMessage(wrong())).toBe("The code is not valid.");
    expect(errorMessage(wrong(6))).toBe("The code is not valid.");
    expect(errorMessage(wrong(5))).toBe("The code is not valid.");
    expect(errorMessage(wrong(4))).toBe("The code is not valid. 4 attempts left before your account is locked.");
    expect(errorMessage(wrong(1))).toBe("The code is not valid. 1 attempt left before your account is locked.");
  });

  it("formats waits", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(30)).toBe("30 seconds");
    expect(formatWait(60)).toBe("1 minute");
  });
});
