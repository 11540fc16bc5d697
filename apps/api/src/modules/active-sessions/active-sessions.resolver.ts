import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { reachesUser, requireAdminOrKey, requireReach } from "#src/modules/api-keys/admin-guard.js";
import { mailboxErrors } from "#src/modules/mailboxes/mailboxes.errors.js";
import { auditingNotFound, requireSession } from "#src/modules/sessions/guards.js";
import { presentSession, SignedInSessionType, SignOutSessionsPayload } from "./active-sessions.types.js";

/** The session a request came with leads its own list; the rest keep their order (most recently active first). */
const currentFirst = (sessions: SignedInSessionType[]): SignedInSessionType[] => [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];

@Resolver()
export class ActiveSessionsResolver {
  @Query(() => [SignedInSessionType], { description: "Where you are signed in: this session first (`current`), then the others, most recently active first (at most 100 in all)." })
  async mySessions(@Ctx() ctx: AppContext): Promise<SignedInSessionType[]> {
    const auth = requireSession(ctx);
    return currentFirst((await ctx.services.activeSessions.list(auth.user.id)).map((row) => presentSession(row, auth.session.id)));
  }

  @Mutation(() => SignOutSessionsPayload, { description: "Ends one of your other sessions (for the one you use, call logout). Its next request is told SIGNED_OUT_ELSEWHERE." })
  async signOutSession(@Arg("sessionId", () => ID) sessionId: string, @Ctx() ctx: AppContext): Promise<SignOutSessionsPayload> {
    const auth = requireSession(ctx);
    await ctx.services.activeSessions.signOutOne(auth.user, auth.session.id, sessionId, ctx.ip);
    return this.payload(ctx, 1, auth.user.id, auth.session.id);
  }

  @Mutation(() => SignOutSessionsPayload, { description: "Ends every session of yours except this one." })
  async signOutOtherSessions(@Ctx() ctx: AppContext): Promise<SignOutSessionsPayload> {
    const auth = requireSession(ctx);
    const ended = await ctx.services.activeSessions.signOutOthers(auth.user, auth.session.id, ctx.ip);
    return this.payload(ctx, ended, auth.user.id, auth.session.id);
  }

  @Query(() => [SignedInSessionType], { description: "A user's live sessions, as their admin sees them (most recently active first, at most 100)." })
  async userSessions(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<SignedInSessionType[]> {
    const caller = await requireAdminOrKey(ctx, "userSessions");
    const user = await auditingNotFound(ctx, "userSessions", userId, () => ctx.services.userAdmin.userOf(caller.actor.accountId, userId));
    await requireReach(ctx, "userSessions", userId, reachesUser(caller, user), mailboxErrors.userNotFound);
    return (await ctx.services.activeSessions.list(user.id)).map((row) => presentSession(row, caller.session?.id ?? null));
  }

  @Mutation(() => SignOutSessionsPayload, {
    description: "Ends every session of a user of your account (their devices, recovery codes and lock stay as they are). Their next request is told SIGNED_OUT_BY_ADMIN.",
  })
  async signOutEverywhere(@Arg("userId", () => ID) userId: string, @Ctx() ctx: AppContext): Promise<SignOutSessionsPayload> {
    const caller = await requireAdminOrKey(ctx, "signOutEverywhere");
    const user = await auditingNotFound(ctx, "signOutEverywhere", userId, () => ctx.services.userAdmin.userOf(caller.actor.accountId, userId));
    await requireReach(ctx, "signOutEverywhere", userId, reachesUser(caller, user), mailboxErrors.userNotFound);
    const ended = await ctx.services.activeSessions.signOutEverywhere(caller.actor, user, ctx.ip);
    return this.payload(ctx, ended, user.id, caller.session?.id ?? null);
  }

  private async payload(ctx: AppContext, signedOut: number, userId: string, currentId: string | null): Promise<SignOutSessionsPayload> {
    const rows = await ctx.services.activeSessions.list(userId);
    return { signedOut, sessions: currentFirst(rows.map((row) => presentSession(row, currentId))) };
  }
}
