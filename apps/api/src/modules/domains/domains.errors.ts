import { REMEMBER_BROWSER_DAYS_MAX, type DeadlineProblem } from "@mfa/core";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";

/** What an empty domain must not hold: mailboxes, and domains below it. */
export interface DomainContents {
  mailboxes: number;
  subDomains: number;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function notEmptyMessage(name: string, { mailboxes, subDomains }: DomainContents): string {
  const held = [mailboxes > 0 ? counted(mailboxes, "mailbox", "mailboxes") : null, subDomains > 0 ? counted(subDomains, "sub-domain", "sub-domains") : null];
  const steps = [mailboxes > 0 ? `move or delete ${mailboxes === 1 ? "the mailbox" : "the mailboxes"}` : null, subDomains > 0 ? `delete ${subDomains === 1 ? "the sub-domain" : "the sub-domains"}` : null];
  const first = steps.filter(Boolean).join(" and ");
  return `${name} still has ${held.filter(Boolean).join(" and ")}. Only an empty domain can be deleted: ${first} first.`;
}

const DEADLINE_MESSAGES: Record<DeadlineProblem, string> = {
  ONLY_WITH_REQUIRED: "A deadline goes with Force-On (REQUIRED) only.",
  NOT_IN_FUTURE: "The deadline must be in the future; leave it out to require MFA now.",
  TOO_FAR_AHEAD: "The deadline can be at most a year ahead.",
};

export const domainErrors = {
  badRememberDays: () =>
    new AppError(ErrorCode.BAD_USER_INPUT, `Remember browsers for a whole number of days from 0 (off) to ${REMEMBER_BROWSER_DAYS_MAX}.`, { field: "days" }),
  badDeadline: (problem: DeadlineProblem) => new AppError(ErrorCode.BAD_USER_INPUT, DEADLINE_MESSAGES[problem], { field: "enforceFrom", reason: problem }),
  domainNotFound: () => new AppError(ErrorCode.NOT_FOUND, "That domain does not exist.", { field: "domainId" }),
  adminNeedsPasskey: () =>
    new AppError(ErrorCode.FORBIDDEN, "Add a passkey or security key to your own login before you require one of the account's admins.", {
      reason: "ADMIN_PASSKEY_NOT_SET_UP",
    }),
  adminNeedsMfa: () =>
    new AppError(ErrorCode.FORBIDDEN, "Set up multi-factor authentication for your own login before you require it for others.", {
      reason: "ADMIN_MFA_NOT_SET_UP",
    }),
  notEmpty: (name: string, contents: DomainContents) =>
    new AppError(ErrorCode.DOMAIN_NOT_EMPTY, notEmptyMessage(name, contents), { mailboxes: contents.mailboxes, subDomains: contents.subDomains }),
};
