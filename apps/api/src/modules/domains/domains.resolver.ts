import { weakens, type PolicyLevel } from "@mfa/core";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { PolicyLevelEnum } from "#src/graphql/enums.js";
import type { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { auditingNotFound, requireAdmin, requireRecentProof } from "#src/modules/sessions/guards.js";
import { CreateDomainInput, SetDomainMfaPolicyInput } from "./domains.inputs.js";
import type { DomainNode } from "./domains.service.js";
import { AccountPayload, AccountType, DeleteDomainPayload, DomainPayload, DomainType, PolicyImpactType, SetDomainMfaPolicyPayload } from "./domains.types.js";

function presentDomain(domain: DomainEntity, coverage = { mailboxes: 0, enrolled: 0, locked: 0 }): DomainType {
  return { id: domain.id, name: domain.name, parentId: domain.parentId, policy: domain.mfaPolicy, coverage, children: [], createdAt: new Date(domain.createdAt) };
}

function presentNode(node: DomainNode): DomainType {
  return { ...presentDomain(node.domain, node.coverage), children: node.children.map(presentNode) };
}

@Resolver()
export class DomainsResolver {
  @Query(() => AccountType, { description: "The admin's account." })
  async account(@Ctx() ctx: AppContext): Promise<AccountType> {
    const { user } = await requireAdmin(ctx, "account");
    const account = await ctx.services.domains.account(user.accountId);
    return { id: account.id, name: account.name, adminMfaPolicy: account.adminMfaPolicy };
  }

  @Query(() => [DomainType], { description: "The account's domains as a tree (roots; each with its children), with policy and coverage." })
  async domains(@Ctx() ctx: AppContext): Promise<DomainType[]> {
    const { user } = await requireAdmin(ctx, "domains");
    return (await ctx.services.domains.tree(user.accountId)).map(presentNode);
  }

  @Query(() => DomainType, { description: "One domain of the admin's account, with its children." })
  async domain(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DomainType> {
    const { user } = await requireAdmin(ctx, "domain");
    return presentNode(await auditingNotFound(ctx, "domain", id, () => ctx.services.domains.node(user.accountId, id)));
  }

  @Query(() => PolicyImpactType, { description: "Who would be signed out or forced to enrol if the policy were saved." })
  async policyImpact(
    @Arg("domainId", () => ID) domainId: string,
    @Arg("policy", () => PolicyLevelEnum, { description: "The policy the admin is about to save." }) policy: PolicyLevel,
    @Arg("includeChildren", () => Boolean, { defaultValue: false, description: "Count the domains below this one too." }) includeChildren: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<PolicyImpactType> {
    const { user } = await requireAdmin(ctx, "policyImpact");
    return auditingNotFound(ctx, "policyImpact", domainId, () => ctx.services.domains.impact(user.accountId, domainId, policy, includeChildren));
  }

  @Mutation(() => SetDomainMfaPolicyPayload, { description: "Force-On (REQUIRED), Optional or Off for a domain, optionally its whole subtree." })
  async setDomainMfaPolicy(@Arg("input", () => SetDomainMfaPolicyInput) input: SetDomainMfaPolicyInput, @Ctx() ctx: AppContext): Promise<SetDomainMfaPolicyPayload> {
    const auth = await requireAdmin(ctx, "setDomainMfaPolicy");
    const { user } = auth;
    const scope = await auditingNotFound(ctx, "setDomainMfaPolicy", input.domainId, () => ctx.services.domains.scope(user.accountId, input.domainId, input.includeChildren));
    if (scope.some((d) => weakens(d.mfaPolicy, input.policy))) requireRecentProof(ctx, auth);
    const result = await ctx.services.domains.setPolicy(user, input, ctx.ip);
    const nodes = await ctx.services.domains.flatTree(user.accountId);
    return { domains: nodes.filter((n) => result.domains.includes(n.domain.id)).map(presentNode), revokedSessions: result.revokedSessions };
  }

  @Mutation(() => AccountPayload, { description: "The account-wide MFA requirement for its admins." })
  async setAccountAdminMfaPolicy(@Arg("policy", () => PolicyLevelEnum) policy: PolicyLevel, @Ctx() ctx: AppContext): Promise<AccountPayload> {
    const auth = await requireAdmin(ctx, "setAccountAdminMfaPolicy");
    const { user } = auth;
    if (weakens((await ctx.services.domains.account(user.accountId)).adminMfaPolicy, policy)) requireRecentProof(ctx, auth);
    const account = await ctx.services.domains.setAdminPolicy(user, policy, ctx.ip);
    return { account: { id: account.id, name: account.name, adminMfaPolicy: account.adminMfaPolicy } };
  }

  @Mutation(() => DomainPayload, { description: "Adds a domain to the admin's account, at the root or below another; it starts with policy OFF." })
  async createDomain(@Arg("input", () => CreateDomainInput) input: CreateDomainInput, @Ctx() ctx: AppContext): Promise<DomainPayload> {
    const { user } = await requireAdmin(ctx, "createDomain");
    return { domain: presentDomain(await ctx.services.domains.createDomain(user, input, ctx.ip)) };
  }

  @Mutation(() => DeleteDomainPayload, { description: "Deletes an empty domain (no mailboxes, no sub-domains); otherwise DOMAIN_NOT_EMPTY with the counts." })
  async deleteDomain(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DeleteDomainPayload> {
    const { user } = await requireAdmin(ctx, "deleteDomain", { weakening: true });
    const domain = await auditingNotFound(ctx, "deleteDomain", id, () => ctx.services.domains.domainOf(user.accountId, id));
    await ctx.services.domains.deleteDomain(user, domain, ctx.ip);
    return { deletedDomainId: domain.id };
  }
}
