import { Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { SERVICE_VERSION } from "#src/version.js";
import { HealthType } from "./health.types.js";

@Resolver()
export class HealthResolver {
  @Query(() => HealthType, { description: "Liveness of the API and its database; needs no session." })
  async health(@Ctx() ctx: AppContext): Promise<HealthType> {
    const report = await ctx.services.health.check();
    return { status: report.status, database: report.database, version: SERVICE_VERSION };
  }
}
