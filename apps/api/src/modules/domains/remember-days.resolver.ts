import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { reachesDomain, requireAdminOrKey, requireReach, requireRecentProofOf } from "#src/modules/api-keys/admin-guard.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { domainErrors } from "./domains.errors.js";
import { presentDomain } from "./domains.resolver.js";
import { DomainPayload } from "./domains.types.js";

@Resolver()
export class RememberDaysResolver {
  @Mutation(() => DomainPayload, {
    description: "How many days a domain's users may skip the second factor on a browser they chose to remember (0 turns it off and ends the remembering at once; at most 90). Audited; more days than before needs a recent step-up.",
  })
  async setRememberBrowserDays(@Arg("domainId", () => ID) domainId: string, @Arg("days", () => Int) days: number, @Ctx() ctx: AppContext): Promise<DomainPayload> {
    const caller = await requireAdminOrKey(ctx, "setRememberBrowserDays");
    await requireReach(ctx, "setRememberBrowserDays", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
    const domain = await auditingNotFound(ctx, "setRememberBrowserDays", domainId, () => ctx.services.domains.domainOf(caller.actor.accountId, domainId));
    // Remembering for longer weakens the second factor: the admin proves themselves again first.
    if (days > domain.rememberBrowserDays) requireRecentProofOf(ctx, caller);
    return { domain: presentDomain(await ctx.services.domains.setRememberBrowserDays(caller.actor, domain, days, ctx.ip)) };
  }
}
