import { countryName, type SmsPeriod, type SmsScope } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

const WHOSE: Record<SmsScope, string> = {
  USER: "You have had as many text messages as we send in a while.",
  DESTINATION: "This number has had as many text messages as we send it in a day.",
  DOMAIN: "Your domain has used its text messages for now.",
  ACCOUNT: "Your organisation has used its text messages for now.",
  GLOBAL: "Text messages are paused for now.",
};

export const smsErrors = {
  /** A text over a budget: nothing was sent. `scope` and `period` name the budget, `retryAfterSeconds` its window's end. */
  budgetExceeded: (scope: SmsScope, period: SmsPeriod, retryAfterSeconds: number) =>
    new AppError(ErrorCode.SMS_BUDGET_EXCEEDED, `${WHOSE[scope]} Try again later, or use another method.`, { scope, period, retryAfterSeconds }),
  /** A number in a country the account does not text: nothing was sent. */
  countryNotAllowed: (country: string | null) =>
    new AppError(
      ErrorCode.SMS_COUNTRY_NOT_ALLOWED,
      `Text messages to ${country !== null && /^[A-Z]{2}$/.test(country) ? countryName(country) : "this number"} are not allowed by your organisation. Use a number in an allowed country, or an authenticator app.`,
      { field: "number", country },
    ),
};
