import { USER_OVERRIDES, type UserOverride } from "@mfa/core";
import type { Router } from "express";
import type { AppContext } from "#src/context.js";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { actorOf, removeOwnDevices, switchOwnMfa } from "#src/modules/mfa/own-factors.js";
import { reachesUser, requireAdminOrKey, requireReach, requireRecentProofOf } from "#src/modules/api-keys/admin-guard.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { auditingNotFound, requireRecentProof } from "#src/modules/sessions/guards.js";
import { callerOf, targetOf, userIdOf } from "./auth.js";
import { member } from "./body.js";
import { badRequest } from "./faults.js";
import { MFA, route } from "./routes.js";

/** An admin's per-user requirement, with the same weakening rule as `setUserMfaOverride`. */
async function setEnforcement(ctx: AppContext, userId: string, level: UserOverride): Promise<void> {
  const caller = await requireAdminOrKey(ctx, "setUserMfaOverride");
  const target = await auditingNotFound(ctx, "setUserMfaOverride", userId, () => ctx.services.userAdmin.userOf(caller.actor.accountId, userId));
  await requireReach(ctx, "setUserMfaOverride", userId, reachesUser(caller, target), mailboxErrors.userNotFound);
  if (level === "OPTIONAL" || (level === "DEFAULT" && target.mfaOverride === "REQUIRED")) requireRecentProofOf(ctx, caller);
  await ctx.services.userAdmin.setOverride(caller.actor, userId, level, ctx.ip);
}

/** `factorType`: which kind of verified device signs in by default (`setDefaultDevice`'s rules). */
async function setFactorType(ctx: AppContext, userId: string, factorType: "SMS" | "OTP"): Promise<void> {
  const { self } = await targetOf(ctx, userId, "setDefaultDevice");
  if (!self) throw new AppError(ErrorCode.FORBIDDEN, "Only the user can choose their default device.");
  const { auth, actor } = actorOf(ctx);
  const kind = factorType === "OTP" ? "TOTP" : "SMS";
  const verified = (await ctx.services.factors.devices(auth.user.id)).filter((d) => d.kind === kind && d.verifiedAt !== null);
  const device = verified.find((d) => d.isDefault) ?? verified[0];
  if (!device) throw new AppError(ErrorCode.CONFLICT, `Verify a device of type ${factorType} first.`);
  requireRecentProof(ctx, auth);
  await ctx.services.mfa.setDefaultDevice(actor, device.id);
}

/** `PUT` and `DELETE` of a user's multi-factor settings. */
export function multiFactorRoutes(router: Router): void {
  route(router, MFA, {
    put: async (req, res) => {
      const ctx = callerOf(res);
      const settings = member(req.body, "RAX-AUTH:multiFactor");
      const { enabled, factorType, userMultiFactorEnforcementLevel: level } = settings;
      if (enabled === undefined && level === undefined && factorType === undefined) {
        throw badRequest('"enabled", "factorType" or "userMultiFactorEnforcementLevel" is required.');
      }
      if (factorType !== undefined && factorType !== "SMS" && factorType !== "OTP") throw badRequest('"factorType" must be SMS or OTP.');
      if (enabled !== undefined && typeof enabled !== "boolean") throw badRequest('"enabled" must be true or false.');
      if (level !== undefined && !(USER_OVERRIDES as readonly unknown[]).includes(level)) throw badRequest(`"userMultiFactorEnforcementLevel" must be one of ${USER_OVERRIDES.join(", ")}.`);
      const userId = userIdOf(req);
      if (level !== undefined) await setEnforcement(ctx, userId, level as UserOverride);
      if (enabled !== undefined) {
        const { self } = await targetOf(ctx, userId, "setMfaEnabled");
        if (!self) throw new AppError(ErrorCode.FORBIDDEN, "Only the user can turn their multi-factor authentication on or off.");
        await switchOwnMfa(ctx, enabled);
      }
      if (factorType !== undefined) await setFactorType(ctx, userId, factorType);
      res.status(204).end();
    },
    delete: async (req, res) => {
      const ctx = callerOf(res);
      const userId = userIdOf(req);
      const { self, caller } = await targetOf(ctx, userId, "resetUserMfa");
      if (self || !caller) {
        await removeOwnDevices(ctx);
      } else {
        requireRecentProofOf(ctx, caller);
        await ctx.services.userAdmin.resetMfa(caller.actor, userId, ctx.ip);
      }
      res.status(204).end();
    },
  });
}
