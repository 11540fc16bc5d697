import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import { presentUser } from "#src/modules/users/user.types.js";
import { SecurityType, ViewerType } from "./mfa.types.js";
import { securityOf } from "./security.js";

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: "The signed-in user and their MFA state." })
  me(@Ctx() ctx: AppContext): ViewerType {
    const auth = requireSession(ctx);
    return { ...presentUser(auth.user), mfaPassed: auth.session.mfaPassed, source: auth.user };
  }

  @FieldResolver(() => SecurityType)
  security(@Root() viewer: ViewerType, @Ctx() ctx: AppContext): Promise<SecurityType> {
    return securityOf(ctx.services, viewer.source);
  }
}
