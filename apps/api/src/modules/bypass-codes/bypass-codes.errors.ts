import { BYPASS_VALIDITY_MAX_MINUTES } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const bypassErrors = {
  badCount: () => new AppError(ErrorCode.BAD_USER_INPUT, "Issue from 1 to 10 bypass codes.", { field: "count" }),
  badValidity: () => new AppError(ErrorCode.BAD_USER_INPUT, `Bypass codes are valid from 1 minute to ${BYPASS_VALIDITY_MAX_MINUTES / 1440} days.`, { field: "validityMinutes" }),
  badTicket: () => new AppError(ErrorCode.BAD_USER_INPUT, "A ticket reference (1 to 64 characters) is required.", { field: "ticket" }),
  badReason: () => new AppError(ErrorCode.BAD_USER_INPUT, "A reason (1 to 200 characters) is required.", { field: "reason" }),
};
