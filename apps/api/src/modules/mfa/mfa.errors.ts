import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const mfaErrors = {
  locked: () => new AppError(ErrorCode.ACCOUNT_LOCKED, "This account is locked after too many wrong codes. Ask your administrator to unlock it."),
  deviceNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That device does not exist.", { field: "deviceId" }),
  mfaOff: () => new AppError(ErrorCode.FORBIDDEN, "Multi-factor authentication is turned off for your account by your administrator."),
  tooManyDevices: (max: number) => new AppError(ErrorCode.CONFLICT, `You can have at most ${max} devices. Remove one first.`),
  alreadyVerified: () => new AppError(ErrorCode.CONFLICT, "This device is already verified."),
  notVerified: () => new AppError(ErrorCode.CONFLICT, "Verify this device first."),
  defaultNotBackup: () =>
    new AppError(ErrorCode.BAD_USER_INPUT, "Your default method cannot also be the backup number: make another device the default first.", { field: "deviceId", reason: "IS_DEFAULT" }),
  notPending: () => new AppError(ErrorCode.CONFLICT, "This device is verified: remove it instead.", { field: "deviceId" }),
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
  passkeyRequired: () =>
    new AppError(ErrorCode.FORBIDDEN, "Your administrator requires a passkey or security key: add one of those instead.", { reason: "PHISHING_RESISTANT_REQUIRED" }),
  notAPasskey: () => new AppError(ErrorCode.BAD_USER_INPUT, "This device is not a passkey or security key.", { field: "deviceId" }),
  passkeyRefused: () => new AppError(ErrorCode.INVALID_PASSCODE, "The passkey's answer could not be verified. Try again."),
  passkeyExpired: () => new AppError(ErrorCode.INVALID_PASSCODE, "This passkey setup has expired: remove it and add it again."),
  passkeyVoid: () => new AppError(ErrorCode.INVALID_PASSCODE, "Too many failed answers: remove this passkey and add it again."),
  passkeyTaken: () => new AppError(ErrorCode.CONFLICT, "This passkey or security key is registered already."),
  badQuantity: () => new AppError(ErrorCode.BAD_USER_INPUT, "Choose between 1 and 10 recovery codes.", { field: "quantity" }),
};
