import type { PolicyLevel } from "@mfa/core";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { PolicyLevelEnum } from "#src/graphql/enums.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { requireAdmin } from "#src/modules/auth/guards.js";
import { CreateDomainInput, SetDomainMfaPolicyInput } from "./admin.inputs.js";
import { presentDomain, presentDomainNode } from "./admin.presenters.js";
import { AccountPayload, AccountType, DomainPayload, DomainType, PolicyImpactType, SetDomainMfaPolicyPayload } from "./admin.types.js";

@Resolver()
export class DomainsResolver {
  @Query(() => AccountType, { description: "The admin's account." })
  async account(@Ctx() ctx: AppContext): Promise<AccountType> {
    const { user } = requireAdmin(ctx);
    const account = await ctx.services.provisioning.account(user.accountId);
    return { id: account.id, name: account.name, adminMfaPolicy: account.adminMfaPolicy };
  }

  @Query(() => [DomainType], { description: "The account's domains as a tree (roots; each with its children), with policy and coverage." })
  async domains(@Ctx() ctx: AppContext): Promise<DomainType[]> {
    const { user } = requireAdmin(ctx);
    return (await ctx.services.domainPolicy.tree(user.accountId)).map(presentDomainNode);
  }

  @Query(() => DomainType)
  async domain(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DomainType> {
    const { user } = requireAdmin(ctx);
    return presentDomainNode(await ctx.services.domainPolicy.node(user.accountId, id));
  }

  @Query(() => PolicyImpactType, { description: "Who would be signed out or forced to enrol if the policy were saved." })
  async policyImpact(
    @Arg("domainId", () => ID) domainId: string,
    @Arg("policy", () => PolicyLevelEnum) policy: PolicyLevel,
    @Arg("includeChildren", () => Boolean, { defaultValue: false }) includeChildren: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<PolicyImpactType> {
    const { user } = requireAdmin(ctx);
    return ctx.services.domainPolicy.impact(user.accountId, domainId, policy, includeChildren);
  }

  @Mutation(() => SetDomainMfaPolicyPayload, { description: "Force-On (REQUIRED), Optional or Off for a domain, optionally its whole subtree." })
  async setDomainMfaPolicy(@Arg("input", () => SetDomainMfaPolicyInput) input: SetDomainMfaPolicyInput, @Ctx() ctx: AppContext): Promise<SetDomainMfaPolicyPayload> {
    const { user } = requireAdmin(ctx);
    const result = await ctx.services.domainPolicy.setPolicy(user, input, ctx.ip);
    const tree = await ctx.services.domainPolicy.tree(user.accountId);
    const flat = (nodes: typeof tree): typeof tree => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const domains = flat(tree).filter((n) => result.domains.includes(n.domain.id)).map(presentDomainNode);
    return { domains, revokedSessions: result.revokedSessions };
  }

  @Mutation(() => AccountPayload, { description: "The account-wide MFA requirement for its admins." })
  async setAccountAdminMfaPolicy(@Arg("policy", () => PolicyLevelEnum) policy: PolicyLevel, @Ctx() ctx: AppContext): Promise<AccountPayload> {
    const { user } = requireAdmin(ctx);
    const account = await ctx.services.domainPolicy.setAdminPolicy(user, policy, ctx.ip);
    return { account: { id: account.id, name: account.name, adminMfaPolicy: account.adminMfaPolicy } };
  }

  @Mutation(() => DomainPayload)
  async createDomain(@Arg("input", () => CreateDomainInput) input: CreateDomainInput, @Ctx() ctx: AppContext): Promise<DomainPayload> {
    const { user } = requireAdmin(ctx);
    const domain = await ctx.services.provisioning.createDomain({ accountId: user.accountId, name: input.name, parentId: input.parentId ?? null });
    await ctx.services.audit.record({
      accountId: user.accountId,
      actorId: user.id,
      targetUserId: null,
      action: AuditAction.DOMAIN_CREATED,
      outcome: "SUCCESS",
      detail: { domainId: domain.id, domain: domain.name, parentId: domain.parentId },
      ip: ctx.ip,
    });
    return { domain: presentDomain(domain) };
  }
}
