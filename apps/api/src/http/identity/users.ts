import type { Router } from "express";
import { callerOf, targetOf, userIdOf } from "./auth.js";
import { route } from "./routes.js";

/** `GET /v2.0/users/{userId}`: the caller themselves, or a user of an admin's account. */
export function userRoutes(router: Router): void {
  route(router, "/users/:userId", {
    get: async (req, res) => {
      const ctx = callerOf(res);
      const { user } = await targetOf(ctx, userIdOf(req), "user");
      res.status(200).json({
        user: {
          id: user.id,
          username: user.username,
          enabled: true,
          email: user.username,
          "RAX-AUTH:domainId": user.accountId,
          "RAX-AUTH:multiFactorEnabled": user.mfaEnabled,
          "RAX-AUTH:userMultiFactorEnforcementLevel": user.mfaOverride,
        },
      });
    },
  });
}
