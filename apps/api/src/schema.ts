import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { DomainsResolver } from "./modules/admin/domains.resolver.js";
import { UsersAdminResolver } from "./modules/admin/users.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { HealthResolver } from "./modules/health/health.resolver.js";
import { MfaResolver } from "./modules/mfa/mfa.resolver.js";

export const resolvers = [HealthResolver, AuthResolver, MfaResolver, DomainsResolver, UsersAdminResolver] as const;

/** The GraphQL schema, code first; `validate: true` so every input is checked. */
export function buildAppSchema() {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, emitSchemaFile: false });
}
