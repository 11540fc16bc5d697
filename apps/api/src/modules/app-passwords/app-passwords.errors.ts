import { APP_PASSWORDS_MAX } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const appPasswordErrors = {
  badName: () => new AppError(ErrorCode.BAD_USER_INPUT, "Name the app password (1 to 64 characters), after the mail client that will use it.", { field: "name" }),
  domainForbids: () => new AppError(ErrorCode.APP_PASSWORDS_NOT_ALLOWED, "Your administrator does not allow app passwords for your domain.", { reason: "DOMAIN_FORBIDS" }),
  mfaOff: () => new AppError(ErrorCode.APP_PASSWORDS_NOT_ALLOWED, "App passwords are for users with multi-factor authentication on; your mail clients use your password.", { reason: "MFA_OFF" }),
  limit: () => new AppError(ErrorCode.APP_PASSWORD_LIMIT, `You have ${APP_PASSWORDS_MAX} app passwords already: revoke one first.`),
  notFound: () => new AppError(ErrorCode.NOT_FOUND, "No such app password.", { field: "id" }),
};
