import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { HealthResolver } from "./modules/health/health.resolver.js";

export const resolvers = [HealthResolver] as const;

/** The GraphQL schema, code first; `validate: true` so every input is checked. */
export function buildAppSchema() {
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, emitSchemaFile: false });
}
