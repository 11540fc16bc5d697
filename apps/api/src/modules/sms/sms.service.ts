import { randomUUID } from "node:crypto";
import type { Sealer } from "@mfa/core";
import { IsNull, Not, type DataSource, type FindOptionsWhere } from "typeorm";
import type { SmsBudgetService } from "./sms-budget.service.js";
import { SmsMessageEntity } from "./sms-message.entity.js";
import { SmsDeliveryError } from "#src/errors/sms-delivery-error.js";
import { scrub, type SmsSender } from "./sms-sender.js";

/** Delivery states of a row of the outbox. */
const SmsStatus = {
  /** Kept by the outbox sender: the stored row is the delivery. */
  STORED: "STORED",
  /** Written, not yet accepted by the provider. */
  QUEUED: "QUEUED",
  /** Accepted by the provider. */
  SENT: "SENT",
  FAILED: "FAILED",
} as const;

export type SmsStatus = (typeof SmsStatus)[keyof typeof SmsStatus];

export interface SmsSendInput {
  readonly accountId: string | null;
  readonly userId: string | null;
  /** The user's domain (null for an account admin): its budget counts the text too. */
  readonly domainId: string | null;
  /** E.164. */
  readonly to: string;
  readonly body: string;
}

/** A text of the outbox, opened for the developer panel. */
export interface OutboxMessage {
  readonly id: string;
  readonly to: string;
  readonly body: string;
  readonly createdAt: number;
  readonly status: string;
}

/** Whose outbox to read: an account's, a user's, or one user's within an account; never everybody's. */
export type OutboxFilter =
  | { readonly accountId: string; readonly userId?: string; readonly first: number }
  | { readonly accountId?: string; readonly userId: string; readonly first: number };

const E164 = /^\+[1-9]\d{1,14}$/;
const MAX_PAGE = 100;

/** The gate every text passes first: the account's country allow-list and the SMS budgets. */
export type SmsGate = Pick<SmsBudgetService, "admit" | "precheck">;

/**
 * Sends every text through the configured sender and records each one, without keeping a provider's text. Every
 * text passes the gate first: a refused one is neither recorded nor handed to the sender.
 */
export class SmsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: SmsSender,
    private readonly sealer: Pick<Sealer, "seal" | "open">,
    private readonly gate: SmsGate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether texts are kept in the outbox (and `listOutbox` has anything to show). */
  get keepsOutbox(): boolean {
    return this.sender.name === "outbox";
  }

  /**
   * Before a phone is added: refuses a number whose country the account does not text (SMS_COUNTRY_NOT_ALLOWED) or a
   * text no budget has room for now (SMS_BUDGET_EXCEEDED), audited; `send` admits every text again.
   */
  assertCanText(input: Pick<SmsSendInput, "accountId" | "userId" | "domainId" | "to">): Promise<void> {
    return this.gate.precheck(input);
  }

  /**
   * Admits the text (allowed country, within every budget; otherwise SMS_COUNTRY_NOT_ALLOWED or
   * SMS_BUDGET_EXCEEDED, audited), records it, then hands it to the sender. With the outbox sender the sealed row
   * is the delivery; with a provider only the number and the delivery status are kept. Throws SmsDeliveryError on
   * failure.
   */
  async send(input: SmsSendInput): Promise<void> {
    if (!E164.test(input.to)) throw new RangeError("the recipient must be an E.164 number");
    await this.gate.admit(input);
    const repo = this.dataSource.getRepository(SmsMessageEntity);
    const id = randomUUID();
    const outbox = this.keepsOutbox;
    // The row comes first: no text leaves the service without a record of it.
    await repo.insert({
      id,
      accountId: input.accountId,
      userId: input.userId,
      toE164: input.to,
      bodySealed: outbox ? this.sealer.seal(input.body, id) : null,
      provider: this.sender.name,
      status: outbox ? SmsStatus.STORED : SmsStatus.QUEUED,
      providerMessageId: null,
      error: null,
      createdAt: this.now(),
    });

    let providerMessageId: string | null;
    try {
      ({ providerMessageId } = await this.sender.send({ to: input.to, body: input.body }));
    } catch (error) {
      const failure =
        error instanceof SmsDeliveryError
          ? new SmsDeliveryError(scrub(error.message, [input.body]), { retryable: error.retryable, providerCode: error.providerCode })
          : new SmsDeliveryError("The SMS sender failed unexpectedly.", { retryable: false });
      await repo.update({ id }, { status: SmsStatus.FAILED, error: failure.message });
      throw failure;
    }
    if (!outbox) await repo.update({ id }, { status: SmsStatus.SENT, providerMessageId });
  }

  /**
   * The kept texts of an account and/or a user, newest first, opened. `first` is clamped to 1..100.
   * A text whose seal no configured key opens (its key was retired) is left out.
   */
  async listOutbox(filter: OutboxFilter): Promise<OutboxMessage[]> {
    if (filter.accountId === undefined && filter.userId === undefined) throw new RangeError("listOutbox needs an accountId or a userId");
    const first = Number.isNaN(filter.first) ? 1 : Math.min(MAX_PAGE, Math.max(1, Math.floor(filter.first)));
    const where: FindOptionsWhere<SmsMessageEntity> = { bodySealed: Not(IsNull()) };
    if (filter.accountId !== undefined) where.accountId = filter.accountId;
    if (filter.userId !== undefined) where.userId = filter.userId;
    const rows = await this.dataSource.getRepository(SmsMessageEntity).find({
      where,
      order: { createdAt: "DESC", id: "DESC" },
      take: first,
    });
    const messages: OutboxMessage[] = [];
    for (const row of rows) {
      const body = this.open(row);
      if (body !== null) messages.push({ id: row.id, to: row.toE164, body, createdAt: row.createdAt, status: row.status });
    }
    return messages;
  }

  private open(row: SmsMessageEntity): string | null {
    if (row.bodySealed === null) return null;
    try {
      return this.sealer.open(row.bodySealed, row.id);
    } catch {
      return null;
    }
  }
}
