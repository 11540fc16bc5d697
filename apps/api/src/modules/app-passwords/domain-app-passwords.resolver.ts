import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { reachesDomain, requireAdminOrKey, requireReach } from "#src/modules/api-keys/admin-guard.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import { DomainType } from "#src/modules/domains/domains.types.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { DomainAppPasswordsPayload } from "./app-passwords.types.js";

@Resolver(() => DomainType)
export class DomainAppPasswordsResolver {
  @FieldResolver(() => Boolean, { description: "Whether the domain's mailboxes may use app passwords with mail clients (on by default)." })
  appPasswordsAllowed(@Root() domain: DomainType, @Ctx() ctx: AppContext): Promise<boolean> {
    return ctx.services.appPasswords.domainAllowed(domain.id);
  }

  @Mutation(() => DomainAppPasswordsPayload, { description: "Allows or forbids app passwords for a domain's mailboxes (audited). Forbidden, existing ones stop working at once; allowed again, they work again." })
  async setAppPasswordsAllowed(
    @Arg("domainId", () => ID) domainId: string,
    @Arg("allowed", () => Boolean) allowed: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<DomainAppPasswordsPayload> {
    const caller = await requireAdminOrKey(ctx, "setAppPasswordsAllowed");
    await requireReach(ctx, "setAppPasswordsAllowed", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
    const domain = await auditingNotFound(ctx, "setAppPasswordsAllowed", domainId, () => ctx.services.domains.domainOf(caller.actor.accountId, domainId));
    await ctx.services.appPasswords.setDomainAllowed(caller.actor, domain, allowed, ctx.ip);
    return { domainId: domain.id, appPasswordsAllowed: allowed };
  }
}
