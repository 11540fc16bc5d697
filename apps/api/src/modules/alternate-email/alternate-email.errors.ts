import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const alternateEmailErrors = {
  badAddress: () => new AppError(ErrorCode.BAD_USER_INPUT, "Enter an email address that can receive mail.", { field: "address" }),
  sameAsMailbox: () =>
    new AppError(ErrorCode.BAD_USER_INPUT, "Choose an address other than this mailbox: alerts must reach you when this mailbox is not yours any more.", {
      field: "address",
      reason: "SAME_AS_MAILBOX",
    }),
  alreadyVerified: () => new AppError(ErrorCode.CONFLICT, "This address is your alternate address already."),
  resendTooSoon: (retryAfterMs: number) =>
    new AppError(ErrorCode.RATE_LIMITED, "A code was sent a moment ago. Wait before asking for another.", { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }),
  invalidCode: () => new AppError(ErrorCode.INVALID_PASSCODE, "The code is not valid. Check it and try again."),
  codeVoid: () => new AppError(ErrorCode.INVALID_PASSCODE, "This code no longer works (too many wrong tries, or none is pending). Send a new one."),
  notFound: () => new AppError(ErrorCode.NOT_FOUND, "You have no alternate email address."),
  recentProof: () => new AppError(ErrorCode.RECENT_AUTH_REQUIRED, "Confirm it is you to change your alternate email address."),
};
