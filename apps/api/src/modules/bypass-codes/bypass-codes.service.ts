import { randomUUID } from "node:crypto";
import { bypassValidityMinutes, generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, verifyRecoveryCode } from "@mfa/core";
import type { DataSource } from "typeorm";
import type { Db } from "#src/db/db.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { FactorCheck } from "#src/modules/mfa/factors.service.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import { BypassCodeEntity } from "./bypass-code.entity.js";
import { bypassErrors } from "./bypass-codes.errors.js";
import { deleteBypassCodes, insertBypassCodes, listUnexpiredBypassCodes, spendBypassCode, usableBypassCodes } from "./bypass-codes.queries.js";

export const TICKET_MAX = 64;
const REASON_MAX = 200;

export interface IssueBypassCodes {
  count: number;
  validityMinutes: number;
  ticket: string;
  reason: string;
}

/** A checked bypass code; an accepted one names the ticket it was issued for. */
export type BypassCheck = FactorCheck & { ticket?: string };

/**
 * Bypass codes an admin issues for one of the account's users against a helpdesk ticket: 1 to 10, valid
 * for a limited time, shown once, stored hashed, each spent once by a conditional write. Owns `bypass_codes`.
 */
export class BypassCodeService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** Issues a batch for `target` (a user of the admin's account), replacing any previous one. */
  async issue(admin: AdminActor, target: UserEntity, input: IssueBypassCodes, ip: string | null): Promise<{ codes: string[]; expiresAt: number }> {
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > 10) throw bypassErrors.badCount();
    const minutes = bypassValidityMinutes(input.validityMinutes);
    if (minutes === null) throw bypassErrors.badValidity();
    const ticket = input.ticket.trim();
    const reason = input.reason.trim();
    if (ticket === "" || ticket.length > TICKET_MAX) throw bypassErrors.badTicket();
    if (reason === "" || reason.length > REASON_MAX) throw bypassErrors.badReason();
    const now = this.now();
    const expiresAt = now + minutes * 60_000;
    const codes = generateRecoveryCodes(input.count);
    const batchId = randomUUID();
    const rows = codes.map((code) =>
      Object.assign(new BypassCodeEntity(), { id: randomUUID(), userId: target.id, batchId, codeHash: hashRecoveryCode(code), issuedBy: admin.id, ticket, expiresAt, usedAt: null, createdAt: now }),
    );
    let replaced = 0;
    await this.deps.dataSource.transaction(async (db) => {
      replaced = (await deleteBypassCodes(db, target.id, now)).live;
      await insertBypassCodes(db, rows);
      await this.deps.audit.record(
        {
          accountId: admin.accountId,
          actorId: admin.id,
          targetUserId: target.id,
          action: AuditAction.BYPASS_CODES_ISSUED,
          outcome: "SUCCESS",
          detail: { username: target.username, ticket, reason, count: input.count, validityMinutes: minutes, expiresAt: new Date(expiresAt).toISOString(), replaced },
          ip,
        },
        db,
      );
    });
    return { codes, expiresAt };
  }

  /** Removes every bypass code of `target`; audited with the tickets of the codes that still worked. */
  async revoke(admin: AdminActor, target: UserEntity, ip: string | null): Promise<number> {
    const revoked = await deleteBypassCodes(this.deps.dataSource, target.id, this.now());
    await this.deps.audit.record({
      accountId: admin.accountId,
      actorId: admin.id,
      targetUserId: target.id,
      action: AuditAction.BYPASS_CODES_REVOKED,
      outcome: "SUCCESS",
      detail: { username: target.username, ticket: revoked.tickets.join(", ") || null, revoked: revoked.live },
      ip,
    });
    return revoked.live;
  }

  /** Removes every bypass code of a user within the caller's transaction (a reset of their MFA); returns how many still worked. */
  async removeAllOf(userId: string, db: Db = this.deps.dataSource): Promise<number> {
    return (await deleteBypassCodes(db, userId, this.now())).live;
  }

  /** "N bypass codes, expire at ...": the usable codes of a user. */
  usable(userId: string): Promise<{ count: number; expiresAt: number | null }> {
    return usableBypassCodes(this.deps.dataSource, userId, this.now());
  }

  /**
   * Checks a code against the user's unexpired bypass codes (the passcode step asks, within the lockout). One not
   * spent yet is ACCEPTED with the conditional write that spends it, for the caller's transaction (a parallel
   * request that spent it first leaves it no row to change: a replay).
   */
  async checkBypassCode(userId: string, code: string, db: Db = this.deps.dataSource): Promise<BypassCheck> {
    if (normalizeRecoveryCode(code) === null) return { kind: "WRONG" };
    const now = this.now();
    const match = (await listUnexpiredBypassCodes(db, userId, now)).find((row) => verifyRecoveryCode(code, row.codeHash));
    if (!match) return { kind: "WRONG" };
    if (match.usedAt !== null) return { kind: "REPLAY" };
    return { kind: "ACCEPTED", deviceId: null, spend: [spendBypassCode(match.id, now)], ticket: match.ticket };
  }
}
