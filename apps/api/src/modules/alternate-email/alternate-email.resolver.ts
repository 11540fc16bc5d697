import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { ViewerType } from "#src/modules/mfa/mfa.types.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import type { AlternateEmailActor } from "./alternate-email.service.js";
import { AlternateEmailPayload, AlternateEmailType, SetAlternateEmailInput, VerifyAlternateEmailInput, presentAlternateEmail } from "./alternate-email.types.js";

function actorOf(ctx: AppContext): AlternateEmailActor {
  const auth = requireSession(ctx);
  return { user: auth.user, ip: ctx.ip, userAgent: ctx.userAgent, recentProof: ctx.services.sessions.hasRecentProof(auth.session) };
}

@Resolver(() => ViewerType)
export class AlternateEmailViewerResolver {
  @FieldResolver(() => AlternateEmailType, { description: "Your alternate email address (where security alerts go) and any address waiting for its code." })
  async alternateEmail(@Root() viewer: ViewerType, @Ctx() ctx: AppContext): Promise<AlternateEmailType> {
    return presentAlternateEmail(await ctx.services.alternateEmail.view(viewer.source.id));
  }
}

@Resolver()
export class AlternateEmailResolver {
  @Mutation(() => AlternateEmailPayload, {
    description: "Emails a 6-digit code to an address other than this mailbox; verifyAlternateEmail makes it your alternate address. Replacing a verified address needs a recent proof.",
  })
  async setAlternateEmail(@Arg("input", () => SetAlternateEmailInput) input: SetAlternateEmailInput, @Ctx() ctx: AppContext): Promise<AlternateEmailPayload> {
    return { alternateEmail: presentAlternateEmail(await ctx.services.alternateEmail.set(actorOf(ctx), input.address)) };
  }

  @Mutation(() => AlternateEmailPayload, { description: "Confirms the pending alternate address with the code emailed to it (five tries per code). A replaced address is told." })
  async verifyAlternateEmail(@Arg("input", () => VerifyAlternateEmailInput) input: VerifyAlternateEmailInput, @Ctx() ctx: AppContext): Promise<AlternateEmailPayload> {
    return { alternateEmail: presentAlternateEmail(await ctx.services.alternateEmail.verify(actorOf(ctx), input.code)) };
  }

  @Mutation(() => AlternateEmailPayload, { description: "Removes your alternate email address (a verified one needs a recent proof, and is told)." })
  async removeAlternateEmail(@Ctx() ctx: AppContext): Promise<AlternateEmailPayload> {
    return { alternateEmail: presentAlternateEmail(await ctx.services.alternateEmail.remove(actorOf(ctx))) };
  }
}
