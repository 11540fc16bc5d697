import { randomUUID } from "node:crypto";
import { generateRecoveryCodes, hashRecoveryCode, renderRecoveryCodesText } from "@mfa/core";
import type { DataSource } from "typeorm";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import type { FactorService } from "./factors.service.js";
import type { Actor } from "./mfa.service.js";
import { mfaErrors } from "./mfa.errors.js";
import { RecoveryCodeEntity } from "./recovery-code.entity.js";
import { deleteRecoveryCodes, insertRecoveryCodes } from "./recovery-codes.queries.js";

/** A user's own recovery codes: a new batch of 1-10 replaces the previous one. */
export class RecoveryCodeService {
  constructor(
    private readonly deps: { dataSource: DataSource; issuer: string; audit: AuditService; factors: FactorService; now?: () => number },
  ) {}

  async generate(actor: Actor, quantity: number): Promise<{ codes: string[]; text: string }> {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) throw mfaErrors.badQuantity();
    if (!(await this.deps.factors.hasVerifiedDevice(actor.user.id))) throw mfaErrors.needsDevice();
    const codes = generateRecoveryCodes(quantity);
    const batchId = randomUUID();
    const now = (this.deps.now ?? Date.now)();
    const rows = codes.map((code) =>
      Object.assign(new RecoveryCodeEntity(), { id: randomUUID(), userId: actor.user.id, batchId, codeHash: hashRecoveryCode(code), usedAt: null, createdAt: now }),
    );
    await this.deps.dataSource.transaction(async (db) => {
      await deleteRecoveryCodes(db, actor.user.id);
      await insertRecoveryCodes(db, rows);
    });
    await this.deps.audit.record({
      accountId: actor.user.accountId,
      actorId: actor.user.id,
      targetUserId: actor.user.id,
      action: AuditAction.RECOVERY_CODES_GENERATED,
      outcome: "SUCCESS",
      detail: { quantity },
      ip: actor.ip,
    });
    return { codes, text: renderRecoveryCodesText({ issuer: this.deps.issuer, accountName: actor.user.username, codes, issuedAtMs: now }) };
  }
}
