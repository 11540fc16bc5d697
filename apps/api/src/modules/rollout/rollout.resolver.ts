import { Ctx, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { deliverSession } from "#src/modules/sessions/deliver-session.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import { presentUser } from "#src/modules/users/user.types.js";
import { rolloutErrors } from "./rollout.errors.js";
import { DeferMfaSetupPayload } from "./rollout.types.js";

@Resolver()
export class RolloutResolver {
  @Mutation(() => DeferMfaSetupPayload, {
    description:
      '"Remind me later", from the setup wizard\'s session: before a Force-On deadline, a user without a device may put the setup off, at most once a day. Hands over a session without MFA (as a cookie when the setup session was one), which ends at the deadline at the latest.',
  })
  async deferMfaSetup(@Ctx() ctx: AppContext): Promise<DeferMfaSetupPayload> {
    const auth = requireSession(ctx, { allowSetup: true });
    if (!auth.session.restricted) throw rolloutErrors.notSetupSession();
    const deferred = await ctx.services.deferral.defer({
      userId: auth.user.id,
      accountId: auth.user.accountId,
      sessionId: auth.session.id,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    return {
      user: presentUser(auth.user),
      token: deliverSession(ctx, deferred.issued, auth.via === "cookie"),
      expiresAt: new Date(deferred.issued.session.expiresAt),
      enforceFrom: new Date(deferred.enforceFrom),
      remindAfter: new Date(deferred.remindAfter),
    };
  }
}
