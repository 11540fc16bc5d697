import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { SERVICE_VERSION } from "#src/version.js";
import { HealthType } from "./health.types.js";

const UNDISCLOSED = "undisclosed";

@Resolver()
export class HealthResolver {
  @Query(() => HealthType, { description: "Liveness of the API and its database; needs no session." })
  async health(@Ctx() ctx: AppContext): Promise<HealthType> {
    const report = await ctx.services.health.check();
    // The engine and the version help an attacker more than a stranger: only an account admin sees them.
    const admin = ctx.auth?.user.kind === "ADMIN" && !ctx.auth.session.restricted;
    return { status: report.status, database: admin ? report.database : UNDISCLOSED, version: admin ? SERVICE_VERSION : UNDISCLOSED };
  }
}
