import type { Express, Response } from "express";
import { introspectionFromSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { AppError } from "#src/errors/app-error.js";
import { ErrorCode } from "#src/errors/codes.js";
import { requireAdmin } from "#src/modules/sessions/guards.js";
import type { Services } from "#src/services.js";
import { requestContext } from "./request-context.js";

/** Where the playground (and an integrator's tools) read the schema when introspection is off. */
const SCHEMA_PATH = "/graphql/schema";

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function refuse(res: Response, error: AppError): void {
  const status = STATUS[error.code] ?? 403;
  if (status === 401) res.setHeader("www-authenticate", 'Bearer realm="graphql"');
  res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
}

/**
 * `GET /graphql/schema`: the schema for an account admin, whether or not introspection is on (production turns it
 * off): `{"data": <introspection result>}` by default, the SDL with `?format=sdl`. Anyone else gets 401 (no
 * session) or 403 (not an admin, or an admin with a second factor whose session did not pass it), refused and
 * audited by the same guard as every admin operation.
 */
export function mountSchemaRoute(app: Express, services: Services, schema: GraphQLSchema): void {
  const introspection = JSON.stringify({ data: introspectionFromSchema(schema) });
  const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;
  app.get(SCHEMA_PATH, async (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.setHeader("vary", "authorization, x-auth-token, cookie");
    try {
      await requireAdmin(await requestContext(services, req, res), "graphqlSchema");
      const format = req.query.format ?? "introspection";
      if (format !== "introspection" && format !== "sdl") throw new AppError(ErrorCode.BAD_USER_INPUT, "format is introspection (the default) or sdl.");
    } catch (error) {
      if (error instanceof AppError) return refuse(res, error);
      throw error;
    }
    if (req.query.format === "sdl") res.type("text/plain").send(sdl);
    else res.type("application/json").send(introspection);
  });
}
