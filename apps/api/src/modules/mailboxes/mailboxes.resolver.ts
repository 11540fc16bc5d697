import type { UserOverride } from "@mfa/core";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { UserOverrideEnum } from "#src/graphql/enums.js";
import { auditingNotFound, requireAdmin, requireRecentProof } from "#src/modules/sessions/guards.js";
import { presentAdminUser } from "./admin-user.resolver.js";
import { CreateMailboxInput, MailboxFilter } from "./mailboxes.inputs.js";
import { AdminUserPayload, AdminUserType, DeleteMailboxPayload, MailboxConnection } from "./mailboxes.types.js";

@Resolver()
export class MailboxesResolver {
  @Query(() => MailboxConnection, { description: "A domain's mailboxes with their MFA status; filter, search and page (at most 100)." })
  async mailboxes(
    @Arg("domainId", () => ID) domainId: string,
    @Arg("filter", () => MailboxFilter, { nullable: true }) filter: MailboxFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size: 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<MailboxConnection> {
    const { user } = await requireAdmin(ctx, "mailboxes");
    const page = await auditingNotFound(ctx, "mailboxes", domainId, () =>
      ctx.services.directory.page(user.accountId, { domainId, status: filter?.mfaStatus ?? null, search: filter?.search ?? null, first, after }),
    );
    return {
      nodes: page.rows.map((r) => ({
        id: r.id,
        username: r.username,
        displayName: r.displayName,
        mfaStatus: r.status,
        devices: r.devices,
        mfaOverride: r.mfaOverride,
        mfaEnabled: r.mfaEnabled,
        lockedAt: r.lockedAt === null ? null : new Date(r.lockedAt),
      })),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => AdminUserType, { description: "A user of the admin's account (a mailbox or an admin), as their admin sees them." })
  async user(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<AdminUserType> {
    const { user: admin } = await requireAdmin(ctx, "user");
    return presentAdminUser(await auditingNotFound(ctx, "user", id, () => ctx.services.userAdmin.userOf(admin.accountId, id)));
  }

  @Mutation(() => AdminUserPayload, { description: "Removes the user's devices and recovery codes, unlocks and signs them out: they set up MFA again." })
  async resetUserMfa(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const { user: admin } = await requireAdmin(ctx, "resetUserMfa", { weakening: true });
    return { user: presentAdminUser(await auditingNotFound(ctx, "resetUserMfa", userId, () => ctx.services.userAdmin.resetMfa(admin, userId, ctx.ip))) };
  }

  @Mutation(() => AdminUserPayload, { description: "Unlocks a user locked after too many wrong codes; their devices stay." })
  async unlockUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const { user: admin } = await requireAdmin(ctx, "unlockUser", { weakening: true });
    return { user: presentAdminUser(await auditingNotFound(ctx, "unlockUser", userId, () => ctx.services.userAdmin.unlock(admin, userId, ctx.ip))) };
  }

  @Mutation(() => AdminUserPayload, { description: "DEFAULT follows the domain (or account) policy; OPTIONAL or REQUIRED override it for this user." })
  async setUserMfaOverride(
    @Arg("userId", () => ID) userId: string,
    @Arg("level", () => UserOverrideEnum) level: UserOverride,
    @Ctx() ctx: AppContext,
  ): Promise<AdminUserPayload> {
    const auth = await requireAdmin(ctx, "setUserMfaOverride");
    const admin = auth.user;
    const target = await auditingNotFound(ctx, "setUserMfaOverride", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
    // Lowering a user's requirement is a weakening change.
    if (level === "OPTIONAL" || (level === "DEFAULT" && target.mfaOverride === "REQUIRED")) requireRecentProof(ctx, auth);
    return { user: presentAdminUser(await ctx.services.userAdmin.setOverride(admin, userId, level, ctx.ip)) };
  }

  @Mutation(() => AdminUserPayload, { description: "Creates a mailbox (local@domain) with an initial password." })
  async createMailbox(@Arg("input", () => CreateMailboxInput) input: CreateMailboxInput, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const { user: admin } = await requireAdmin(ctx, "createMailbox");
    return { user: presentAdminUser(await ctx.services.userAdmin.createMailbox(admin, input, ctx.ip)) };
  }

  @Mutation(() => DeleteMailboxPayload, { description: "Deletes a mailbox with its devices, codes and sessions." })
  async deleteMailbox(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<DeleteMailboxPayload> {
    const { user: admin } = await requireAdmin(ctx, "deleteMailbox", { weakening: true });
    await auditingNotFound(ctx, "deleteMailbox", userId, () => ctx.services.userAdmin.deleteMailbox(admin, userId, ctx.ip));
    return { deletedUserId: userId };
  }
}
