import type { Router } from "express";
import { actorOf, settleVerifiedDevice, setupActorOf } from "#src/modules/mfa/own-factors.js";
import { requireRecentProof } from "#src/modules/sessions/guards.js";
import { callerOf, requireSelf, userIdOf } from "./auth.js";
import { member, text } from "./body.js";
import { ownDevice } from "./devices.js";
import { MFA, route } from "./routes.js";

const OTP = `${MFA}/otp-devices`;

/** A user's authenticator apps: add (the secret is shown once, in `keyUri` and `qrcode`), list, verify, remove. */
export function otpRoutes(router: Router): void {
  route(router, OTP, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "enrollTotp");
      const name = text(member(req.body, "RAX-AUTH:otpDevice"), "name", 64);
      const { auth, actor } = await setupActorOf(ctx);
      requireRecentProof(ctx, auth);
      const enrolled = await ctx.services.mfa.enrollTotp(actor, name);
      res.setHeader("location", `${req.baseUrl}${req.path.replace(/\/$/, "")}/${enrolled.device.id}`);
      res.status(201).json({
        "RAX-AUTH:otpDevice": { id: enrolled.device.id, keyUri: enrolled.uri, name: enrolled.device.name, qrcode: enrolled.qrCodeDataUrl, verified: false },
      });
    },
    get: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "listOtpDevices");
      const devices = await ctx.services.factors.devices(userIdOf(req));
      const otp = devices.filter((d) => d.kind === "TOTP");
      res.status(200).json({ "RAX-AUTH:otpDevices": otp.map((d) => ({ id: d.id, name: d.name, verified: d.verifiedAt !== null })) });
    },
  });

  route(router, `${OTP}/:deviceId`, {
    delete: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "removeDevice");
      const { auth, actor } = actorOf(ctx);
      const device = await ownDevice(ctx, "TOTP", auth.user.id, String(req.params.deviceId));
      requireRecentProof(ctx, auth);
      await ctx.services.mfa.removeDevice(actor, device.id);
      res.status(204).end();
    },
  });

  route(router, `${OTP}/:deviceId/verify`, {
    post: async (req, res) => {
      const ctx = callerOf(res);
      await requireSelf(ctx, userIdOf(req), "verifyDevice");
      const code = text(member(req.body, "RAX-AUTH:verificationCode"), "code", 16);
      const { auth, actor } = await setupActorOf(ctx);
      const device = await ownDevice(ctx, "TOTP", actor.user.id, String(req.params.deviceId));
      const verified = await ctx.services.mfa.verifyDevice(actor, { deviceId: device.id, code });
      await settleVerifiedDevice(ctx, auth, verified, { issueFull: false });
      res.status(204).end();
    },
  });
}
