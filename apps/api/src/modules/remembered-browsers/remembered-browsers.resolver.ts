import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireSession } from "#src/modules/sessions/guards.js";
import { clearRememberCookie, readRememberToken } from "./remember-cookie.js";
import { ForgetRememberedBrowsersPayload, presentRememberedBrowser, RememberedBrowserType } from "./remembered-browsers.types.js";

@Resolver()
export class RememberedBrowsersResolver {
  @Query(() => [RememberedBrowserType], { description: "Your browsers that skip the second factor at sign-in (\"don't ask again on this browser\"), most recently used first." })
  async myRememberedBrowsers(@Ctx() ctx: AppContext): Promise<RememberedBrowserType[]> {
    const auth = requireSession(ctx);
    return this.present(ctx, auth.user.id);
  }

  @Mutation(() => ForgetRememberedBrowsersPayload, { description: "Forgets one of your remembered browsers: its next sign-in asks for the second factor again." })
  async forgetRememberedBrowser(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<ForgetRememberedBrowsersPayload> {
    const auth = requireSession(ctx);
    const current = (await this.present(ctx, auth.user.id)).find((b) => b.id === id)?.current ?? false;
    await ctx.services.rememberedBrowsers.forget({ user: auth.user, ip: ctx.ip }, id);
    if (current) clearRememberCookie(ctx.req, ctx.res);
    return { forgotten: 1, browsers: await this.present(ctx, auth.user.id) };
  }

  @Mutation(() => ForgetRememberedBrowsersPayload, { description: "Forgets all your remembered browsers." })
  async forgetAllRememberedBrowsers(@Ctx() ctx: AppContext): Promise<ForgetRememberedBrowsersPayload> {
    const auth = requireSession(ctx);
    const forgotten = await ctx.services.rememberedBrowsers.forgetAll({ user: auth.user, ip: ctx.ip });
    if (readRememberToken(ctx.req)) clearRememberCookie(ctx.req, ctx.res);
    return { forgotten, browsers: [] };
  }

  private async present(ctx: AppContext, userId: string): Promise<RememberedBrowserType[]> {
    const presented = readRememberToken(ctx.req);
    return (await ctx.services.rememberedBrowsers.list(userId)).map((row) => presentRememberedBrowser(row, presented));
  }
}
