import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

/** Why an endpoint URL is refused (`extensions.reason`). */
export type UrlRefusal = "INVALID_URL" | "HTTPS_REQUIRED" | "CREDENTIALS_IN_URL" | "FORBIDDEN_ADDRESS" | "UNRESOLVABLE";

const URL_MESSAGES: Record<UrlRefusal, string> = {
  INVALID_URL: "Enter a full http(s) URL of at most 2048 characters, without a #fragment.",
  HTTPS_REQUIRED: "Webhook URLs must use https.",
  CREDENTIALS_IN_URL: "Webhook URLs cannot carry a user name or password.",
  FORBIDDEN_ADDRESS: "Webhook URLs must point at a public internet address (not loopback, private, link-local or other reserved ranges).",
  UNRESOLVABLE: "The URL's host name does not resolve.",
};

export const webhookErrors = {
  url: (reason: UrlRefusal) => new AppError(ErrorCode.BAD_USER_INPUT, URL_MESSAGES[reason], { field: "url", reason }),
  noEvents: () => new AppError(ErrorCode.BAD_USER_INPUT, "Choose at least one event.", { field: "eventTypes" }),
  badDescription: () => new AppError(ErrorCode.BAD_USER_INPUT, "A description is at most 200 characters.", { field: "description" }),
  tooMany: (max: number) => new AppError(ErrorCode.CONFLICT, `An account can register at most ${max} webhook endpoints.`, { max }),
  endpointNotFound: () => new AppError(ErrorCode.NOT_FOUND, "No such webhook endpoint.", { field: "id" }),
  deliveryNotFound: () => new AppError(ErrorCode.NOT_FOUND, "No such webhook delivery.", { field: "deliveryId" }),
};
