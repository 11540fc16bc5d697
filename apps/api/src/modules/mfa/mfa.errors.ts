import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const mfaErrors = {
  locked: () => new AppError(ErrorCode.ACCOUNT_LOCKED, "This account is locked after too many wrong codes. Ask your administrator to unlock it."),
  deviceNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That device does not exist.", { field: "deviceId" }),
  mfaOff: () => new AppError(ErrorCode.FORBIDDEN, "Multi-factor authentication is turned off for your account by your administrator."),
  tooManyDevices: (max: number) => new AppError(ErrorCode.CONFLICT, `You can have at most ${max} devices. Remove one first.`),
  alreadyVerified: () => new AppError(ErrorCode.CONFLICT, "This device is already verified."),
  notVerified: () => new AppError(ErrorCode.CONFLICT, "Verify this device first."),
  notAPhone: () => new AppError(ErrorCode.BAD_USER_INPUT, "Only a phone can be a backup number.", { field: "deviceId" }),
  invalidCode: () => new AppError(ErrorCode.INVALID_PASSCODE, "The code is not valid. Check it and try again."),
  codeVoid: () => new AppError(ErrorCode.INVALID_PASSCODE, "Too many wrong codes: this code no longer works. Send a new one."),
  setupVoid: () => new AppError(ErrorCode.INVALID_PASSCODE, "Too many wrong codes: remove this authenticator and add it again."),
  resendTooSoon: (retryAfterMs: number) =>
    new AppError(ErrorCode.RATE_LIMITED, "A code was sent a moment ago. Wait before asking for another.", { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }),
  resendLimit: () => new AppError(ErrorCode.RATE_LIMITED, "Too many codes were sent to this number. Remove it and add it again later."),
  requiredPolicy: () => new AppError(ErrorCode.FORBIDDEN, "Your administrator requires multi-factor authentication: it cannot be turned off."),
  needsDevice: () => new AppError(ErrorCode.CONFLICT, "Set up a device first."),
  badPhone: (message: string, reason: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field: "number", reason }),
  badQuantity: () => new AppError(ErrorCode.BAD_USER_INPUT, "Choose between 1 and 10 recovery codes.", { field: "quantity" }),
};
