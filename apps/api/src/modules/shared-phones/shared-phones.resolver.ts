import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AdminUserType } from "#src/modules/mailboxes/mailboxes.types.js";
import { SharedPhoneNumberType } from "./shared-phones.types.js";

@Resolver(() => AdminUserType)
export class AdminSharedPhonesResolver {
  @FieldResolver(() => [SharedPhoneNumberType], { description: "The user's verified phones that too many mailboxes share (empty: none flagged)." })
  sharedPhoneNumbers(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<SharedPhoneNumberType[]> {
    return ctx.services.sharedPhones.flaggedOf(user);
  }
}
