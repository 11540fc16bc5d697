import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export type NotDeferrableReason = "NOT_BEFORE_DEADLINE" | "HAS_DEVICE" | "ALREADY_DEFERRED";

const MESSAGES: Record<NotDeferrableReason, string> = {
  NOT_BEFORE_DEADLINE: "Multi-factor authentication is required now: set up a device to continue.",
  HAS_DEVICE: "Multi-factor authentication is already set up. Sign in again with your device.",
  ALREADY_DEFERRED: "You already put this off today: set up a device to continue.",
};

export const rolloutErrors = {
  notDeferrable: (reason: NotDeferrableReason) => new AppError(ErrorCode.MFA_SETUP_NOT_DEFERRABLE, MESSAGES[reason], { reason }),
  notSetupSession: () => new AppError(ErrorCode.FORBIDDEN, "Only the setup wizard's session can put the setup off.", { reason: "NOT_SETUP_SESSION" }),
};
