import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { SmsMessageType } from "./sms.types.js";

@Resolver()
export class SmsOutboxResolver {
  @Query(() => [SmsMessageType], {
    description: "Texts kept by the outbox sender: an admin sees the account's, a user their own; during sign-in, pass the challenge id.",
  })
  async smsOutbox(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("challengeId", () => String, { nullable: true }) challengeId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<SmsMessageType[]> {
    const { sms, challenges } = ctx.services;
    if (!sms.keepsOutbox) throw new AppError(ErrorCode.FORBIDDEN, "The SMS outbox is off: texts go to a real provider.");
    let rows;
    if (ctx.auth && !ctx.auth.session.restricted && ctx.auth.user.kind === "ADMIN") {
      rows = await sms.listOutbox({ accountId: ctx.auth.user.accountId, first });
    } else if (ctx.auth) {
      rows = await sms.listOutbox({ userId: ctx.auth.user.id, first });
    } else if (challengeId) {
      const live = await challenges.live(challengeId);
      if (!live) throw new AppError(ErrorCode.LOGIN_EXPIRED, "This sign-in has expired or was already completed. Sign in again.");
      rows = await sms.listOutbox({ userId: live.user.id, first });
    } else {
      throw new AppError(ErrorCode.UNAUTHENTICATED, "Sign in first.");
    }
    return rows.map((row) => ({ id: row.id, to: row.to, body: row.body, status: row.status, createdAt: new Date(row.createdAt) }));
  }
}
