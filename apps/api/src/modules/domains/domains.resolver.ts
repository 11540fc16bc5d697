import type { PolicyLevel } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { PolicyLevelEnum } from "#src/graphql/enums.js";
import type { AccountEntity } from "#src/modules/accounts/account.entity.js";
import type { DomainEntity } from "#src/modules/accounts/domain.entity.js";
import { reachesDomain, requireAdminOrKey, requireReach, requireRecentProofOf, requireSubtreeReach } from "#src/modules/api-keys/admin-guard.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { domainErrors } from "./domains.errors.js";
import { CreateDomainInput, SetDomainMfaPolicyInput } from "./domains.inputs.js";
import type { DomainNode } from "./domains.service.js";
import { AccountPayload, AccountType, DeleteDomainPayload, DomainPayload, DomainType, PolicyImpactType, SetDomainMfaPolicyPayload } from "./domains.types.js";

export function presentDomain(domain: DomainEntity, coverage = { mailboxes: 0, enrolled: 0, locked: 0, authenticatorApps: 0, phones: 0, passkeys: 0 }): DomainType {
  const enforceFrom = domain.mfaPolicy === "REQUIRED" && domain.enforceFrom !== null ? new Date(domain.enforceFrom) : null;
  return { id: domain.id, name: domain.name, parentId: domain.parentId, policy: domain.mfaPolicy, enforceFrom, rememberBrowserDays: domain.rememberBrowserDays, coverage, children: [], createdAt: new Date(domain.createdAt) };
}

function presentAccount(account: AccountEntity): AccountType {
  const adminEnforceFrom = account.adminMfaPolicy === "REQUIRED" && account.adminEnforceFrom !== null ? new Date(account.adminEnforceFrom) : null;
  return { id: account.id, name: account.name, adminMfaPolicy: account.adminMfaPolicy, adminEnforceFrom };
}

const time = (date: Date | null | undefined): number | null => (date ? date.getTime() : null);

function presentNode(node: DomainNode): DomainType {
  return { ...presentDomain(node.domain, node.coverage), children: node.children.map(presentNode) };
}

/** The part of a tree a domain-limited key sees: its domains, each under the nearest of its domains above it. */
function within(nodes: DomainNode[], allowed: ReadonlySet<string> | null): DomainNode[] {
  if (allowed === null) return nodes;
  return nodes.flatMap((n) => (allowed.has(n.domain.id) ? [{ ...n, children: within(n.children, allowed) }] : within(n.children, allowed)));
}

@Resolver()
export class DomainsResolver {
  @Query(() => AccountType, { description: "The admin's account." })
  async account(@Ctx() ctx: AppContext): Promise<AccountType> {
    const { actor } = await requireAdminOrKey(ctx, "account");
    return presentAccount(await ctx.services.domains.account(actor.accountId));
  }

  @Query(() => [DomainType], { description: "The account's domains as a tree (roots; each with its children), with policy and coverage." })
  async domains(@Ctx() ctx: AppContext): Promise<DomainType[]> {
    const { actor, domainIds } = await requireAdminOrKey(ctx, "domains");
    return within(await ctx.services.domains.tree(actor.accountId), domainIds).map(presentNode);
  }

  @Query(() => DomainType, { description: "One domain of the admin's account, with its children." })
  async domain(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DomainType> {
    const caller = await requireAdminOrKey(ctx, "domain");
    await requireReach(ctx, "domain", id, reachesDomain(caller, id), domainErrors.domainNotFound);
    const node = await auditingNotFound(ctx, "domain", id, () => ctx.services.domains.node(caller.actor.accountId, id));
    return presentNode({ ...node, children: within(node.children, caller.domainIds) });
  }

  @Query(() => PolicyImpactType, { description: "Who would be signed out or forced to enrol if the policy were saved." })
  async policyImpact(
    @Arg("domainId", () => ID) domainId: string,
    @Arg("policy", () => PolicyLevelEnum, { description: "The policy the admin is about to save." }) policy: PolicyLevel,
    @Arg("includeChildren", () => Boolean, { defaultValue: false, description: "Count the domains below this one too." }) includeChildren: boolean,
    @Ctx() ctx: AppContext,
    @Arg("enforceFrom", () => DateTimeISOResolver, { nullable: true, description: "With REQUIRED: the deadline the admin is about to save." }) enforceFrom?: Date | null,
  ): Promise<PolicyImpactType> {
    const caller = await requireAdminOrKey(ctx, "policyImpact");
    const scope = await auditingNotFound(ctx, "policyImpact", domainId, () => ctx.services.domains.scope(caller.actor.accountId, domainId, includeChildren));
    await requireSubtreeReach(ctx, caller, "policyImpact", { root: domainId, ids: scope.map((d) => d.id) }, domainErrors.domainNotFound);
    const deadline = time(enforceFrom);
    ctx.services.domains.checkDeadline(policy, deadline);
    return {
      ...(await ctx.services.domains.impact(caller.actor.accountId, domainId, policy, includeChildren)),
      enforceFrom: deadline === null ? null : new Date(deadline),
      saveRefusal: await ctx.services.domains.policyRefusal(caller.actor, policy),
    };
  }

  @Mutation(() => SetDomainMfaPolicyPayload, { description: "Force-On (REQUIRED), Optional or Off for a domain, optionally its whole subtree." })
  async setDomainMfaPolicy(@Arg("input", () => SetDomainMfaPolicyInput) input: SetDomainMfaPolicyInput, @Ctx() ctx: AppContext): Promise<SetDomainMfaPolicyPayload> {
    const caller = await requireAdminOrKey(ctx, "setDomainMfaPolicy");
    const { actor } = caller;
    const scope = await auditingNotFound(ctx, "setDomainMfaPolicy", input.domainId, () => ctx.services.domains.scope(actor.accountId, input.domainId, input.includeChildren));
    await requireSubtreeReach(ctx, caller, "setDomainMfaPolicy", { root: input.domainId, ids: scope.map((d) => d.id) }, domainErrors.domainNotFound);
    const to = { policy: input.policy, enforceFrom: time(input.enforceFrom) };
    if (ctx.services.domains.weakens(scope.map((d) => ({ policy: d.mfaPolicy, enforceFrom: d.enforceFrom })), to)) requireRecentProofOf(ctx, caller);
    const result = await ctx.services.domains.setPolicy(actor, { ...input, enforceFrom: to.enforceFrom }, ctx.ip);
    const nodes = await ctx.services.domains.flatTree(actor.accountId);
    return { domains: nodes.filter((n) => result.domains.includes(n.domain.id)).map(presentNode), revokedSessions: result.revokedSessions };
  }

  @Mutation(() => AccountPayload, { description: "The account-wide MFA requirement for its admins." })
  async setAccountAdminMfaPolicy(
    @Arg("policy", () => PolicyLevelEnum) policy: PolicyLevel,
    @Ctx() ctx: AppContext,
    @Arg("enforceFrom", () => DateTimeISOResolver, { nullable: true, description: "With REQUIRED only: when it takes full effect for the admins (before it, admins without a device may put the setup off once a day)." })
    enforceFrom?: Date | null,
  ): Promise<AccountPayload> {
    const caller = await requireAdminOrKey(ctx, "setAccountAdminMfaPolicy");
    const { actor } = caller;
    const current = await ctx.services.domains.account(actor.accountId);
    const deadline = time(enforceFrom);
    if (ctx.services.domains.weakens([{ policy: current.adminMfaPolicy, enforceFrom: current.adminEnforceFrom }], { policy, enforceFrom: deadline })) requireRecentProofOf(ctx, caller);
    return { account: presentAccount(await ctx.services.domains.setAdminPolicy(actor, policy, ctx.ip, deadline)) };
  }

  @Mutation(() => DomainPayload, { description: "Adds a domain to the admin's account, at the root or below another; it starts with policy OFF." })
  async createDomain(@Arg("input", () => CreateDomainInput) input: CreateDomainInput, @Ctx() ctx: AppContext): Promise<DomainPayload> {
    const { actor } = await requireAdminOrKey(ctx, "createDomain");
    return { domain: presentDomain(await ctx.services.domains.createDomain(actor, input, ctx.ip)) };
  }

  @Mutation(() => DeleteDomainPayload, { description: "Deletes an empty domain (no mailboxes, no sub-domains); otherwise DOMAIN_NOT_EMPTY with the counts." })
  async deleteDomain(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DeleteDomainPayload> {
    const { actor } = await requireAdminOrKey(ctx, "deleteDomain", { weakening: true });
    const domain = await auditingNotFound(ctx, "deleteDomain", id, () => ctx.services.domains.domainOf(actor.accountId, id));
    await ctx.services.domains.deleteDomain(actor, domain, ctx.ip);
    return { deletedDomainId: domain.id };
  }
}
