import type { DataSource } from "typeorm";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { LiveSessionRow } from "#src/modules/sessions/sessions.queries.js";
import type { SessionService } from "#src/modules/sessions/sessions.service.js";
import type { RememberedBrowserService } from "#src/modules/remembered-browsers/remembered-browsers.service.js";
import { Revocation } from "#src/modules/sessions/signed-out.js";
import { sessionErrors } from "./active-sessions.errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The person whose sessions these are. */
interface Owner {
  id: string;
  accountId: string;
  username: string;
}

/**
 * Where a person is signed in, and ending those sessions: one of their own (not the one they use), all but the
 * one they use, or, for their admin, all of them. The sessions module writes; this one decides who may ask and
 * audits each change in its transaction.
 */
export class ActiveSessionsService {
  constructor(private readonly deps: { dataSource: DataSource; sessions: SessionService; audit: AuditService; rememberedBrowsers: RememberedBrowserService }) {}

  list(userId: string): Promise<LiveSessionRow[]> {
    return this.deps.sessions.listLive(userId);
  }

  /** Ends one of the user's other sessions: another user's, an ended one or an unknown id are all NOT_FOUND. */
  async signOutOne(user: Owner, currentId: string, sessionId: string, ip: string | null): Promise<void> {
    if (sessionId === currentId) throw sessionErrors.current();
    if (!UUID.test(sessionId)) throw sessionErrors.notFound();
    await this.deps.dataSource.transaction(async (db) => {
      if (!(await this.deps.sessions.revokeOfUser(user.id, sessionId, Revocation.SIGNED_OUT_ELSEWHERE, db))) throw sessionErrors.notFound();
      await this.deps.audit.record(
        { accountId: user.accountId, actorId: user.id, targetUserId: user.id, action: AuditAction.SESSION_SIGNED_OUT, outcome: "SUCCESS", detail: { sessionId }, ip },
        db,
      );
    });
  }

  /** Ends every live session of the user but the one they use; returns how many. */
  async signOutOthers(user: Owner, currentId: string, ip: string | null): Promise<number> {
    return this.deps.dataSource.transaction(async (db) => {
      const ended = await this.deps.sessions.revokeScope({ users: [user.id] }, "ALL", Revocation.SIGNED_OUT_ELSEWHERE, { except: currentId, db });
      await this.deps.audit.record(
        { accountId: user.accountId, actorId: user.id, targetUserId: user.id, action: AuditAction.OTHER_SESSIONS_SIGNED_OUT, outcome: "SUCCESS", detail: { sessions: ended }, ip },
        db,
      );
      return ended;
    });
  }

  /** An admin ends every session of a user of their account (found by the caller) and forgets their remembered browsers; factors and locks stay as they are. */
  async signOutEverywhere(admin: AdminActor, target: Owner, ip: string | null): Promise<number> {
    return this.deps.dataSource.transaction(async (db) => {
      const ended = await this.deps.sessions.revokeScope({ users: [target.id] }, "ALL", Revocation.SIGNED_OUT_BY_ADMIN, { db });
      const browsersForgotten = await this.deps.rememberedBrowsers.removeAllOf(target.id, db);
      await this.deps.audit.record(
        {
          accountId: admin.accountId,
          actorId: admin.id,
          targetUserId: target.id,
          action: AuditAction.SIGNED_OUT_EVERYWHERE,
          outcome: "SUCCESS",
          detail: { username: target.username, sessions: ended, rememberedBrowsersForgotten: browsersForgotten },
          ip,
        },
        db,
      );
      return ended;
    });
  }
}
