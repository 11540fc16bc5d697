import { maskPhone } from "@mfa/core";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { SmsMessageType } from "./sms.types.js";

@Resolver()
export class SmsOutboxResolver {
  @Query(() => [SmsMessageType], {
    description:
      "Texts kept by the outbox sender (development only): an account admin reads the account's texts, as a phone would. Never readable during sign-in.",
  })
  async smsOutbox(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("challengeId", () => String, {
      nullable: true,
      deprecationReason: "Texts are never readable during sign-in: the argument is ignored.",
    })
    _challengeId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<SmsMessageType[]> {
    const { actor: user } = await requireAdminOrKey(ctx, "smsOutbox");
    const { sms } = ctx.services;
    if (!sms.keepsOutbox) throw new AppError(ErrorCode.FORBIDDEN, "The SMS outbox is off: texts go to a real provider.");
    const rows = await sms.listOutbox({ accountId: user.accountId, first });
    return rows.map((row) => ({ id: row.id, to: maskPhone(row.to), body: row.body, status: row.status, createdAt: new Date(row.createdAt) }));
  }
}
