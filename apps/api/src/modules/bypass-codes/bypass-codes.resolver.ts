import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { presentAdminUser } from "#src/modules/mailboxes/admin-user.resolver.js";
import { AdminUserPayload, AdminUserType } from "#src/modules/mailboxes/mailboxes.types.js";
import { requireAdminOrKey, requireUserReach } from "#src/modules/api-keys/admin-guard.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { IssueBypassCodesInput } from "./bypass-codes.inputs.js";
import { BypassCodesType, IssueBypassCodesPayload } from "./bypass-codes.types.js";

@Resolver(() => AdminUserType)
export class BypassCodesResolver {
  @FieldResolver(() => BypassCodesType, { description: "The bypass codes an admin issued that still work." })
  async bypassCodes(@Root() user: AdminUserType, @Ctx() ctx: AppContext): Promise<BypassCodesType> {
    const usable = await ctx.services.bypassCodes.usable(user.id);
    return { count: usable.count, expiresAt: usable.expiresAt === null ? null : new Date(usable.expiresAt) };
  }

  @Mutation(() => IssueBypassCodesPayload, { description: "Issues 1-10 time-limited bypass codes for a user against a ticket; they are shown once and replace any earlier ones." })
  async issueBypassCodes(@Arg("input", () => IssueBypassCodesInput) input: IssueBypassCodesInput, @Ctx() ctx: AppContext): Promise<IssueBypassCodesPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "issueBypassCodes", { weakening: true });
    const target = await auditingNotFound(ctx, "issueBypassCodes", input.userId, () => ctx.services.userAdmin.userOf(admin.accountId, input.userId));
    const issued = await ctx.services.bypassCodes.issue(admin, target, input, ctx.ip);
    return { codes: issued.codes, expiresAt: new Date(issued.expiresAt), user: presentAdminUser(target) };
  }

  @Mutation(() => AdminUserPayload, { description: "Revokes every bypass code of a user." })
  async revokeBypassCodes(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const caller = await requireAdminOrKey(ctx, "revokeBypassCodes");
    await requireUserReach(ctx, caller, "revokeBypassCodes", userId, mailboxErrors.userNotFound);
    const admin = caller.actor;
    const target = await auditingNotFound(ctx, "revokeBypassCodes", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
    await ctx.services.bypassCodes.revoke(admin, target, ctx.ip);
    return { user: presentAdminUser(target) };
  }
}
