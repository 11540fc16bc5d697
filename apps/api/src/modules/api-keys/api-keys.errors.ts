import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import type { KeyRefusal } from "./key-rules.js";

const REFUSALS: Record<KeyRefusal, string> = {
  NOT_FOR_KEYS: "An API key acts as the account's admin only: it cannot sign in, use a person's own settings, read secrets or manage keys.",
  READ_ONLY_KEY: "This API key may only read: changes need a key with the ADMIN scope.",
  DOMAIN_LIMITED_KEY: "This API key is limited to some domains: account-wide operations need a key for the whole account.",
};

export const apiKeyErrors = {
  notFound: () => new AppError(ErrorCode.NOT_FOUND, "That API key does not exist.", { field: "id" }),
  badName: () => new AppError(ErrorCode.BAD_USER_INPUT, "Name the key with 1 to 100 characters.", { field: "name" }),
  nameTaken: () => new AppError(ErrorCode.CONFLICT, "A working key of this account already has that name.", { field: "name" }),
  badExpiry: (max: number) => new AppError(ErrorCode.BAD_USER_INPUT, `A key expires after 1 to ${max} days.`, { field: "expiresInDays" }),
  badDomains: () => new AppError(ErrorCode.BAD_USER_INPUT, "Choose at least one domain of this account, or none for the whole account.", { field: "domainIds" }),
  refused: (reason: KeyRefusal) => new AppError(ErrorCode.FORBIDDEN, REFUSALS[reason], { reason }),
  subtreeOutside: () =>
    new AppError(ErrorCode.FORBIDDEN, "This API key does not reach every domain below this one: leave the children out, or use a key for them.", {
      reason: "DOMAIN_LIMITED_KEY",
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(ErrorCode.RATE_LIMITED, "This API key made too many requests this minute. Wait and try again.", { retryAfterSeconds }),
};
