import { maskPhone } from "@mfa/core";
import type { Router } from "express";
import { actorOf, settleVerifiedDevice, setupActorOf } from "#src/modules/mfa/own-factors.js";
import { requireRecentProof } from "#src/modules/sessions/guards.js";
import { callerOf, requireSelf, userIdOf } from "./auth.js";
import { member, text } from "./body.js";
import { ownDevice } from "./devices.js";
import { badRequest } from "./faults.js";
import { MFA, route } from "./routes.js";

const PHONES = `${MFA}/mobile-phones`;

/** A user's phones: add (the code is texted on `verificationcode`), list, verify, remove. */
export function phoneRoutes(router: Router): void {
  route(router, PHONES, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "addPhone");
      const number = text(member(req.body, "RAX-AUTH:mobilePhone"), "number", 32);
      if (!/^\+[0-9 ()./-]+$/.test(number)) throw badRequest("The number must be in international form (E.123), e.g. +1 512-555-1000.");
      const { auth, actor } = await setupActorOf(ctx);
      requireRecentProof(ctx, auth);
      // A number in international form is read whatever the country given.
      const device = await ctx.services.mfa.addPhone(actor, { country: "US", number, name: "Mobile phone" }, { sendCode: false });
      res.setHeader("location", `${req.baseUrl}${req.path.replace(/\/$/, "")}/${device.id}`);
      res.status(201).json({ "RAX-AUTH:mobilePhone": { id: device.id, number: device.phoneE164 } });
    },
    get: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "listPhones");
      const devices = await ctx.services.factors.devices(userIdOf(req));
      const phones = devices.filter((d) => d.kind === "SMS" && d.phoneE164 !== null);
      res.status(200).json({ "RAX-AUTH:mobilePhones": phones.map((d) => ({ id: d.id, number: maskPhone(d.phoneE164 as string), verified: d.verifiedAt !== null })) });
    },
  });

  route(router, `${PHONES}/:phoneId`, {
    delete: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "removeDevice");
      const { auth, actor } = actorOf(ctx);
      const phone = await ownDevice(ctx, "SMS", auth.user.id, String(req.params.phoneId));
      requireRecentProof(ctx, auth);
      await ctx.services.mfa.removeDevice(actor, phone.id);
      res.status(204).end();
    },
  });

  route(router, `${PHONES}/:phoneId/verificationcode`, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "resendPhoneVerification");
      const { actor } = await setupActorOf(ctx);
      const phone = await ownDevice(ctx, "SMS", actor.user.id, String(req.params.phoneId));
      await ctx.services.mfa.resendPhoneVerification(actor, phone.id);
      res.status(201).end();
    },
  });

  route(router, `${PHONES}/:phoneId/verify`, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "verifyDevice");
      const code = text(member(req.body, "RAX-AUTH:verificationCode"), "code", 16);
      const { auth, actor } = await setupActorOf(ctx);
      const phone = await ownDevice(ctx, "SMS", actor.user.id, String(req.params.phoneId));
      const verified = await ctx.services.mfa.verifyDevice(actor, { deviceId: phone.id, code, makeDefault: false });
      await settleVerifiedDevice(ctx, auth, verified, { issueFull: false });
      res.status(202).end();
    },
  });
}
