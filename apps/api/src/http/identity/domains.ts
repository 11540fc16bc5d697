import { POLICY_LEVELS, weakens } from "@mfa/core";
import type { Router } from "express";
import { reachesDomain, requireAdminOrKey, requireReach, requireRecentProofOf } from "#src/modules/api-keys/admin-guard.js";
import { domainErrors } from "#src/modules/domains/domains.errors.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { callerOf } from "./auth.js";
import { member, oneOf } from "./body.js";
import { route } from "./routes.js";

const domainIdOf = (params: Record<string, string | string[] | undefined>) => String(params.domainId ?? "");

/** An account's domains for its admins: read one, set its enforcement level (`setDomainMfaPolicy`'s rules). */
export function domainRoutes(router: Router): void {
  route(router, "/RAX-AUTH/domains/:domainId", {
    get: async (req, res) => {
      const ctx = callerOf(res);
      const caller = await requireAdminOrKey(ctx, "domain");
      const domainId = domainIdOf(req.params);
      await requireReach(ctx, "domain", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
      const domain = await auditingNotFound(ctx, "domain", domainId, () => ctx.services.domains.domainOf(caller.actor.accountId, domainId));
      res.status(200).json({ "RAX-AUTH:domain": { domainMultiFactorEnforcementLevel: domain.mfaPolicy, enabled: true, id: domain.id, name: domain.name } });
    },
  });

  route(router, "/RAX-AUTH/domains/:domainId/multi-factor", {
    put: async (req, res) => {
      const ctx = callerOf(res);
      const policy = oneOf(member(req.body, "RAX-AUTH:multiFactorDomain"), "domainMultiFactorEnforcementLevel", POLICY_LEVELS);
      const caller = await requireAdminOrKey(ctx, "setDomainMfaPolicy");
      const domainId = domainIdOf(req.params);
      await requireReach(ctx, "setDomainMfaPolicy", domainId, reachesDomain(caller, domainId), domainErrors.domainNotFound);
      const scope = await auditingNotFound(ctx, "setDomainMfaPolicy", domainId, () => ctx.services.domains.scope(caller.actor.accountId, domainId, false));
      if (scope.some((d) => weakens(d.mfaPolicy, policy))) requireRecentProofOf(ctx, caller);
      await ctx.services.domains.setPolicy(caller.actor, { domainId, policy, includeChildren: false }, ctx.ip);
      res.status(204).end();
    },
  });
}
