import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

export const domainErrors = {
  domainNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That domain does not exist.", { field: "domainId" }),
  adminNeedsMfa: () =>
    new AppError(ErrorCode.FORBIDDEN, "Set up multi-factor authentication for your own login before you require it for others.", {
      reason: "ADMIN_MFA_NOT_SET_UP",
    }),
};
