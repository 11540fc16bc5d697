import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdminOrKey, requireUserReach } from "#src/modules/api-keys/admin-guard.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { AdminUserType } from "#src/modules/mailboxes/mailboxes.types.js";
import { auditingNotFound, requireRecentProof, requireSession } from "#src/modules/sessions/guards.js";
import { appPasswordErrors } from "./app-passwords.errors.js";
import { AppPasswordType, CreateAppPasswordPayload, RevokeAppPasswordsPayload, presentAppPassword } from "./app-passwords.types.js";

/** The signed-in user on their own app passwords (changes need a recent proof, as other factor changes do). */
function ownActor(ctx: AppContext, options: { proof: boolean }) {
  const auth = requireSession(ctx);
  if (options.proof) requireRecentProof(ctx, auth);
  return { user: auth.user, ip: ctx.ip };
}

@Resolver()
export class AppPasswordsResolver {
  @Query(() => [AppPasswordType], { description: "Your app passwords for mail clients, oldest first, with their last use." })
  async myAppPasswords(@Ctx() ctx: AppContext): Promise<AppPasswordType[]> {
    const actor = ownActor(ctx, { proof: false });
    return (await ctx.services.appPasswords.list(actor.user.id)).map(presentAppPassword);
  }

  @Mutation(() => CreateAppPasswordPayload, { description: "Makes an app password for a mail client (at most 10; only with MFA on or required). The password is shown this once." })
  async createAppPassword(@Arg("name", () => String) name: string, @Ctx() ctx: AppContext): Promise<CreateAppPasswordPayload> {
    const actor = ownActor(ctx, { proof: true });
    const created = await ctx.services.appPasswords.create(actor, name);
    return { appPassword: presentAppPassword(created.appPassword), password: created.password };
  }

  @Mutation(() => RevokeAppPasswordsPayload, { description: "Revokes one of your app passwords: the mail client using it is refused from now on." })
  async revokeAppPassword(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<RevokeAppPasswordsPayload> {
    const actor = ownActor(ctx, { proof: true });
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw appPasswordErrors.notFound();
    await ctx.services.appPasswords.revoke(actor, id);
    return { revoked: 1 };
  }

  @Mutation(() => RevokeAppPasswordsPayload, { description: "Revokes every one of your app passwords." })
  async revokeAllAppPasswords(@Ctx() ctx: AppContext): Promise<RevokeAppPasswordsPayload> {
    const actor = ownActor(ctx, { proof: true });
    return { revoked: await ctx.services.appPasswords.revokeAll(actor) };
  }

  @Mutation(() => RevokeAppPasswordsPayload, { description: "Revokes every app password of a user of your account (audited)." })
  async revokeUserAppPasswords(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<RevokeAppPasswordsPayload> {
    const caller = await requireAdminOrKey(ctx, "revokeUserAppPasswords");
    await requireUserReach(ctx, caller, "revokeUserAppPasswords", userId, mailboxErrors.userNotFound);
    const admin = caller.actor;
    const target = await auditingNotFound(ctx, "revokeUserAppPasswords", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
    return { revoked: await ctx.services.appPasswords.revokeByAdmin(admin, target, ctx.ip) };
  }
}

@Resolver(() => AdminUserType)
export class AdminAppPasswordsResolver {
  @FieldResolver(() => Int, { description: "How many app passwords the user has for mail clients." })
  appPasswordCount(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<number> {
    return ctx.services.appPasswords.count(user.id);
  }
}
