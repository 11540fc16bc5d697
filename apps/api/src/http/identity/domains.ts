import { POLICY_LEVELS, weakens } from "@mfa/core";
import type { Router } from "express";
import { auditingNotFound, requireAdmin, requireRecentProof } from "#src/modules/sessions/guards.js";
import { callerOf } from "./auth.js";
import { member, oneOf } from "./body.js";
import { route } from "./routes.js";

const domainIdOf = (params: Record<string, string | string[] | undefined>) => String(params.domainId ?? "");

/** An account's domains for its admins: read one, set its enforcement level (`setDomainMfaPolicy`'s rules). */
export function domainRoutes(router: Router): void {
  route(router, "/RAX-AUTH/domains/:domainId", {
    get: async (req, res) => {
      const ctx = callerOf(res);
      const { user } = await requireAdmin(ctx, "domain");
      const domainId = domainIdOf(req.params);
      const domain = await auditingNotFound(ctx, "domain", domainId, () => ctx.services.domains.domainOf(user.accountId, domainId));
      res.status(200).json({ "RAX-AUTH:domain": { domainMultiFactorEnforcementLevel: domain.mfaPolicy, enabled: true, id: domain.id, name: domain.name } });
    },
  });

  route(router, "/RAX-AUTH/domains/:domainId/multi-factor", {
    put: async (req, res) => {
      const ctx = callerOf(res);
      const policy = oneOf(member(req.body, "RAX-AUTH:multiFactorDomain"), "domainMultiFactorEnforcementLevel", POLICY_LEVELS);
      const auth = await requireAdmin(ctx, "setDomainMfaPolicy");
      const domainId = domainIdOf(req.params);
      const scope = await auditingNotFound(ctx, "setDomainMfaPolicy", domainId, () => ctx.services.domains.scope(auth.user.accountId, domainId, false));
      if (scope.some((d) => weakens(d.mfaPolicy, policy))) requireRecentProof(ctx, auth);
      await ctx.services.domains.setPolicy(auth.user, { domainId, policy, includeChildren: false }, ctx.ip);
      res.status(204).end();
    },
  });
}
