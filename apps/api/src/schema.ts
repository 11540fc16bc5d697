import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { HealthResolver } from "./modules/health/health.resolver.js";
import { MfaResolver } from "./modules/mfa/mfa.resolver.js";

export const resolvers = [HealthResolver, AuthResolver, MfaResolver] as const;

/** The GraphQL schema, code first; `validate: true` so every input is checked. */
export function buildAppSchema() {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, emitSchemaFile: false });
}
