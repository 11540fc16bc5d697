import type { UserOverride } from "@mfa/core";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { UserOverrideEnum } from "#src/graphql/enums.js";
import { reachesDomain, reachesUser, requireAdminOrKey, requireReach, requireRecentProofOf, requireUserReach } from "#src/modules/api-keys/admin-guard.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { mailboxErrors } from "./mailboxes.errors.js";
import { presentAdminUser } from "./admin-user.resolver.js";
import { CreateMailboxInput, MailboxFilter, MailboxSortInput } from "./mailboxes.inputs.js";
import { AdminUserPayload, AdminUserType, DeleteMailboxPayload, MailboxConnection } from "./mailboxes.types.js";

@Resolver()
export class MailboxesResolver {
  @Query(() => MailboxConnection, {
    description: "The mailboxes of a domain, or of every domain of the account (no domainId), with their MFA status; filter, search, sort and page (at most 100).",
  })
  async mailboxes(
    @Arg("domainId", () => ID, { nullable: true, description: "One domain; left out: all the account's domains (a domain-limited key: its domains)." })
    domainArg: string | null | undefined,
    @Arg("filter", () => MailboxFilter, { nullable: true }) filter: MailboxFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size: 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page (of the same sort)." }) after: string | null,
    @Arg("sort", () => MailboxSortInput, { nullable: true, description: "By address (A to Z) when left out." }) sort: MailboxSortInput | null,
    @Ctx() ctx: AppContext,
  ): Promise<MailboxConnection> {
    // Left out, the argument arrives undefined; null and undefined both mean every domain.
    const domainId = domainArg ?? null;
    const caller = await requireAdminOrKey(ctx, "mailboxes");
    if (domainId !== null) await requireReach(ctx, "mailboxes", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
    const page = await auditingNotFound(ctx, "mailboxes", domainId ?? caller.actor.accountId, () =>
      ctx.services.directory.page(caller.actor.accountId, {
        domainId,
        domainIds: caller.domainIds,
        status: filter?.mfaStatus ?? null,
        search: filter?.search ?? null,
        sort: sort ? { field: sort.field, direction: sort.direction } : null,
        first,
        after,
      }),
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
        domainId: r.domainId,
        domainName: r.domainName,
      })),
      totalCount: page.totalCount,
      totalCountIsLowerBound: page.totalCountIsLowerBound,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => AdminUserType, { description: "A user of the admin's account (a mailbox or an admin), as their admin sees them." })
  async user(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<AdminUserType> {
    const caller = await requireAdminOrKey(ctx, "user");
    const user = await auditingNotFound(ctx, "user", id, () => ctx.services.userAdmin.userOf(caller.actor.accountId, id));
    await requireReach(ctx, "user", id, reachesUser(caller, user), mailboxErrors.userNotFound);
    return presentAdminUser(user);
  }

  @Mutation(() => AdminUserPayload, { description: "Removes the user's devices and recovery codes, unlocks and signs them out: they set up MFA again." })
  async resetUserMfa(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const caller = await requireAdminOrKey(ctx, "resetUserMfa", { weakening: true });
    await requireUserReach(ctx, caller, "resetUserMfa", userId, mailboxErrors.userNotFound);
    const admin = caller.actor;
    return { user: presentAdminUser(await auditingNotFound(ctx, "resetUserMfa", userId, () => ctx.services.userAdmin.resetMfa(admin, userId, ctx.ip))) };
  }

  @Mutation(() => AdminUserPayload, { description: "Unlocks a user locked after too many wrong codes; their devices stay." })
  async unlockUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const caller = await requireAdminOrKey(ctx, "unlockUser", { weakening: true });
    await requireUserReach(ctx, caller, "unlockUser", userId, mailboxErrors.userNotFound);
    const admin = caller.actor;
    return { user: presentAdminUser(await auditingNotFound(ctx, "unlockUser", userId, () => ctx.services.userAdmin.unlock(admin, userId, ctx.ip))) };
  }

  @Mutation(() => AdminUserPayload, {
    description:
      "DEFAULT follows the domain (or account) policy; OPTIONAL or REQUIRED override it for this user. REQUIRED is refused to an admin without a verified device of their own (FORBIDDEN, `extensions.reason` ADMIN_MFA_NOT_SET_UP), as a domain's REQUIRED is.",
  })
  async setUserMfaOverride(
    @Arg("userId", () => ID) userId: string,
    @Arg("level", () => UserOverrideEnum) level: UserOverride,
    @Ctx() ctx: AppContext,
  ): Promise<AdminUserPayload> {
    const caller = await requireAdminOrKey(ctx, "setUserMfaOverride");
    const admin = caller.actor;
    const target = await auditingNotFound(ctx, "setUserMfaOverride", userId, () => ctx.services.userAdmin.userOf(admin.accountId, userId));
    await requireReach(ctx, "setUserMfaOverride", userId, reachesUser(caller, target), mailboxErrors.userNotFound);
    // Lowering a user's requirement is a weakening change.
    if (level === "OPTIONAL" || (level === "DEFAULT" && target.mfaOverride === "REQUIRED")) requireRecentProofOf(ctx, caller);
    return { user: presentAdminUser(await ctx.services.userAdmin.setOverride(admin, userId, level, ctx.ip)) };
  }

  @Mutation(() => AdminUserPayload, { description: "Creates a mailbox (local@domain) with an initial password." })
  async createMailbox(@Arg("input", () => CreateMailboxInput) input: CreateMailboxInput, @Ctx() ctx: AppContext): Promise<AdminUserPayload> {
    const caller = await requireAdminOrKey(ctx, "createMailbox");
    await requireReach(ctx, "createMailbox", input.domainId, reachesDomain(caller, input.domainId), domainErrors.domainNotFound);
    return { user: presentAdminUser(await ctx.services.userAdmin.createMailbox(caller.actor, input, ctx.ip)) };
  }

  @Mutation(() => DeleteMailboxPayload, { description: "Deletes a mailbox with its devices, codes and sessions." })
  async deleteMailbox(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<DeleteMailboxPayload> {
    const caller = await requireAdminOrKey(ctx, "deleteMailbox", { weakening: true });
    await requireUserReach(ctx, caller, "deleteMailbox", userId, mailboxErrors.userNotFound);
    const admin = caller.actor;
    await auditingNotFound(ctx, "deleteMailbox", userId, () => ctx.services.userAdmin.deleteMailbox(admin, userId, ctx.ip));
    return { deletedUserId: userId };
  }
}
