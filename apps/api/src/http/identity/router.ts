import express, { type Router } from "express";
import { apiKeyGate } from "#src/modules/api-keys/key-gate.js";
import type { Services } from "#src/services.js";
import { identityContext } from "./auth.js";
import { bypassCodeRoutes } from "./bypass-codes.js";
import { domainRoutes } from "./domains.js";
import { identityFaults, notFound, requireJson } from "./faults.js";
import { multiFactorRoutes } from "./multi-factor.js";
import { openApiRoutes } from "./openapi.js";
import { otpRoutes } from "./otp.js";
import { phoneRoutes } from "./phones.js";
import { tokenRoutes } from "./tokens.js";
import { userRoutes } from "./users.js";

/**
 * The Identity v2.0 door under `/v2.0` (the token flow, `POST /tokens`, and the MFA surface): every
 * answer is JSON in the Identity shape, faults included; the handlers call the same services and
 * guards as GraphQL.
 */
export function identityRouter(services: Services): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader("cache-control", "no-store");
    next();
  });
  router.use(requireJson, express.json({ limit: "16kb" }), apiKeyGate(services.apiKeys, "identity"), identityContext(services));
  openApiRoutes(router);
  tokenRoutes(router, services);
  phoneRoutes(router);
  otpRoutes(router);
  multiFactorRoutes(router);
  bypassCodeRoutes(router);
  userRoutes(router);
  domainRoutes(router);
  router.use(notFound);
  router.use(identityFaults(services.logger));
  return router;
}
