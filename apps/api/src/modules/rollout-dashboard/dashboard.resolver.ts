import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { reachesDomain, requireAdminOrKey, requireReach } from "#src/modules/api-keys/admin-guard.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import { isoDay } from "#src/modules/rollout-snapshots/snapshots.service.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { presentDashboard, RolloutDashboardType, RolloutDayType } from "./dashboard.types.js";

const MAX_DAYS = 366;

@Resolver(() => RolloutDashboardType)
export class RolloutDashboardResolver {
  @Query(() => RolloutDashboardType, {
    description:
      "The MFA rollout of one domain (domainId) or of the whole account: enrolled, not enrolled and locked mailboxes now (from the per-domain counters), the Force-On deadline, the reminders sent, and the daily snapshots. Who has not enrolled yet: mailboxes(domainId, filter: { mfaStatus: NOT_ENROLLED }).",
  })
  async rolloutDashboard(@Ctx() ctx: AppContext, @Arg("domainId", () => ID, { nullable: true, description: "Leave out for the whole account." }) domainId?: string | null): Promise<RolloutDashboardType> {
    const caller = await requireAdminOrKey(ctx, "rolloutDashboard");
    const accountId = caller.actor.accountId;
    if (domainId) {
      await requireReach(ctx, "rolloutDashboard", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
      await auditingNotFound(ctx, "rolloutDashboard", domainId, () => ctx.services.domains.domainOf(accountId, domainId));
    }
    return presentDashboard(await ctx.services.rolloutDashboard.build(accountId, domainId ?? null, caller.domainIds));
  }

  @FieldResolver(() => [RolloutDayType], { description: "The daily coverage snapshots of the last `days` days (today included), oldest first; a day without one is left out." })
  async history(@Root() root: RolloutDashboardType, @Ctx() ctx: AppContext, @Arg("days", () => Int, { defaultValue: 30 }) days: number): Promise<RolloutDayType[]> {
    if (days < 1 || days > MAX_DAYS) throw new AppError(ErrorCode.BAD_USER_INPUT, `days must be between 1 and ${MAX_DAYS}.`, { field: "days" });
    const points = await ctx.services.rolloutDashboard.history(root.source, days);
    return points.map((p) => ({ day: isoDay(p.day), mailboxes: p.mailboxes, enrolled: p.enrolled, notEnrolled: p.mailboxes - p.enrolled, locked: p.locked }));
  }
}
