import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

/** The answers of the login service; wording is for people, codes are for clients. */
export const authErrors = {
  invalidCredentials: () => new AppError(ErrorCode.INVALID_CREDENTIALS, "The username or password is not correct."),
  throttled: (retryAfterMs: number) =>
    new AppError(ErrorCode.RATE_LIMITED, "Too many failed sign-in attempts. Wait a moment and try again.", {
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    }),
  /** Raised only once the password is proven (a sign-in's second step, a signed-in user's step-up). */
  invalidPasscode: (attemptsLeft: number) => new AppError(ErrorCode.INVALID_PASSCODE, "The code is not valid. Check it and try again.", { attemptsLeft }),
  locked: () =>
    new AppError(
      ErrorCode.ACCOUNT_LOCKED,
      "This account is locked after too many wrong codes. Ask your administrator to unlock it.",
    ),
  busy: () => new AppError(ErrorCode.RATE_LIMITED, "Too many codes are being checked at once. Try again in a moment.", { retryAfterSeconds: 1 }),
  loginExpired: () => new AppError(ErrorCode.LOGIN_EXPIRED, "This sign-in has expired or was already completed. Sign in again."),
  passcodeThrottled: (retryAfterMs: number) =>
    new AppError(ErrorCode.RATE_LIMITED, "A code was sent a moment ago. Wait before asking for another.", {
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    }),
  passcodeLimit: () => new AppError(ErrorCode.RATE_LIMITED, "No more codes can be sent for this sign-in. Sign in again."),
  oneProof: () => new AppError(ErrorCode.BAD_USER_INPUT, "Give either a passcode or a passkey's answer (webauthnResponse).", { field: "passcode" }),
  noPasskey: () => new AppError(ErrorCode.BAD_USER_INPUT, "There is no passkey or security key to sign in with."),
  noSuchFactor: () => new AppError(ErrorCode.BAD_USER_INPUT, "That device cannot receive a sign-in code.", { field: "deviceId" }),
};
