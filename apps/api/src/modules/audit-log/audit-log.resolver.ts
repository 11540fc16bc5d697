import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { AuditEventFilter } from "./audit-log.inputs.js";
import { AuditEventConnection } from "./audit-log.types.js";

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEventConnection, { description: "The account's audit log, newest first." })
  async auditEvents(
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size: 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<AuditEventConnection> {
    const { actor: admin } = await requireAdminOrKey(ctx, "auditEvents");
    const page = await ctx.services.auditLog.page(
      admin.accountId,
      { userId: filter?.userId ?? null, action: filter?.action ?? null, since: filter?.since?.getTime() ?? null, until: filter?.until?.getTime() ?? null },
      first,
      after,
    );
    return {
      nodes: page.rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }
}
