import { maskEmail } from "@mfa/core";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { EmailMessageType } from "./mail.types.js";

@Resolver()
export class EmailOutboxResolver {
  @Query(() => [EmailMessageType], {
    description: "Emails kept by the outbox transport (development only, MAIL_TRANSPORT=outbox): an account admin reads the account's emails, newest first.",
  })
  async emailOutbox(@Arg("first", () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: AppContext): Promise<EmailMessageType[]> {
    const { actor } = await requireAdminOrKey(ctx, "emailOutbox");
    const { mail } = ctx.services;
    if (!mail.keepsOutbox) throw new AppError(ErrorCode.FORBIDDEN, "The email outbox is off: emails go to an SMTP server.", { reason: "OUTBOX_OFF" });
    const emails = await mail.listOutbox({ accountId: actor.accountId, first });
    return emails.map((email) => ({ ...email, to: maskEmail(email.to), createdAt: new Date(email.createdAt) }));
  }
}
