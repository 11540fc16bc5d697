import type { Router } from "express";
import { paths } from "./openapi.paths.js";
import { schemas } from "./openapi.schemas.js";
import { route } from "./routes.js";

/** The OpenAPI 3.1 description of the Identity door, served at `GET /v2.0/openapi.json`. */
export const identityOpenApi = {
  openapi: "3.1.0",
  info: {
    title: "MFA service: Identity v2.0 door",
    version: "1.0.0",
    description:
      "Rackspace Cloud Identity's multi-factor surface. Every fault is `{\"<fault>\":{\"code\":N,\"message\":\"...\"}}`. An API key acts as its account's admin within its scope and domains, never as a person (the user's own paths answer 403); over its budget for the minute it gets 429 with Retry-After.",
  },
  servers: [{ url: "/v2.0" }],
  security: [{ authToken: [] }, { bearer: [] }],
  paths,
  components: {
    securitySchemes: {
      authToken: { type: "apiKey", in: "header", name: "X-Auth-Token", description: "A token from POST /tokens, or an account's API key (mfak_...)." },
      bearer: { type: "http", scheme: "bearer", description: "The same, as Authorization: Bearer." },
    },
    responses: {
      Fault: { description: "An Identity fault", content: { "application/json": { schema: { $ref: "#/components/schemas/Fault" } } } },
    },
    schemas,
  },
};

export function openApiRoutes(router: Router): void {
  route(router, "/openapi.json", { get: (_req, res) => void res.status(200).json(identityOpenApi) });
}
