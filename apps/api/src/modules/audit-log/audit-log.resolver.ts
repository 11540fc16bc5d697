import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { AuditEventFilter, AuditSortInput } from "./audit-log.inputs.js";
import type { AuditFilter } from "./audit-log.service.js";
import { AuditEventConnection } from "./audit-log.types.js";

/** The GraphQL filter as the service takes it (instants as milliseconds). */
const auditFilterOf = (filter: AuditEventFilter | null): AuditFilter => ({
  userId: filter?.userId ?? null,
  action: filter?.action ?? null,
  domainId: filter?.domainId ?? null,
  outcome: filter?.outcome ?? null,
  since: filter?.since?.getTime() ?? null,
  until: filter?.until?.getTime() ?? null,
});

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEventConnection, { description: "The account's audit log, newest first unless sorted otherwise." })
  async auditEvents(
    @Arg("filter", () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Page size: 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page (of the same sort)." }) after: string | null,
    @Arg("sort", () => AuditSortInput, { nullable: true, description: "Newest first when left out." }) sort: AuditSortInput | null,
    @Ctx() ctx: AppContext,
  ): Promise<AuditEventConnection> {
    const { actor: admin } = await requireAdminOrKey(ctx, "auditEvents");
    const page = await ctx.services.auditLog.page(admin.accountId, auditFilterOf(filter), first, after, sort ? { field: sort.field, direction: sort.direction } : null);
    return {
      nodes: page.rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })),
      totalCount: page.totalCount,
      totalCountIsLowerBound: page.totalCountIsLowerBound,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }
}
