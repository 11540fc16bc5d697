import { randomUUID } from "node:crypto";
import { isEmailAddress, type Sealer } from "@mfa/core";
import { IsNull, Not, type DataSource } from "typeorm";
import type { MailFrom } from "#src/config/mail.js";
import { MailDeliveryError, MailErrorCode } from "#src/errors/mail-delivery-error.js";
import type { Logger } from "#src/logger.js";
import { EmailMessageEntity } from "./email-message.entity.js";
import type { MailSender } from "./mail-sender.js";
import { renderMail, type MailContent, type MailKind } from "./mail-templates.js";
import type { MailContext, RenderedMail } from "./templates/rendered-mail.js";

/** Delivery states of an email's row. */
export const MailStatus = {
  /** Kept by the outbox transport: the stored row is the delivery. */
  STORED: "STORED",
  /** Recorded, not yet accepted by the SMTP server. */
  QUEUED: "QUEUED",
  /** Accepted by the SMTP server. */
  SENT: "SENT",
  /** Not delivered: `errorCode` says why. */
  FAILED: "FAILED",
} as const;

export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

export interface MailSendInput {
  /** Whose email it is: the account's admins read its outbox. */
  readonly accountId: string | null;
  readonly userId: string | null;
  readonly to: string;
  readonly content: MailContent;
}

/** What became of a send: the row's id, its status and, when it failed, why. */
export interface MailSendResult {
  readonly id: string;
  readonly status: MailStatus;
  readonly errorCode: MailErrorCode | null;
}

/** An email of the outbox, opened for the admin's page. */
export interface OutboxEmail extends RenderedMail {
  readonly id: string;
  readonly kind: MailKind;
  readonly to: string;
  readonly status: string;
  readonly createdAt: number;
}

const MAX_PAGE = 100;

export interface MailServiceDeps {
  readonly dataSource: DataSource;
  readonly sender: MailSender;
  readonly sealer: Pick<Sealer, "seal" | "open">;
  readonly logger: Logger;
  readonly from: MailFrom;
  readonly context: MailContext;
  readonly now?: () => number;
}

/**
 * The email channel. Renders an email from its kind and data, records it, hands it to the configured sender and
 * records the outcome. A failed delivery is a FAILED row with an error code, logged, and returned: it is never
 * thrown, so whatever asked for the email goes on. Call it outside any transaction: it waits on a mail server.
 */
export class MailService {
  private readonly now: () => number;

  constructor(private readonly deps: MailServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Whether emails are kept in the outbox (and `listOutbox` has anything to show). */
  get keepsOutbox(): boolean {
    return this.deps.sender.name === "outbox";
  }

  async send(input: MailSendInput): Promise<MailSendResult> {
    const { sender, sealer, logger } = this.deps;
    const rendered = renderMail(input.content, this.deps.context);
    const to = input.to.trim();
    const id = randomUUID();
    const kind = input.content.kind;
    const repo = this.deps.dataSource.getRepository(EmailMessageEntity);
    const row = { id, accountId: input.accountId, userId: input.userId, kind, transport: sender.name, providerMessageId: null, createdAt: this.now() };

    if (!isEmailAddress(to)) {
      const errorCode = MailErrorCode.MAIL_INVALID_RECIPIENT;
      await repo.insert({ ...row, toAddress: to.slice(0, 320), status: MailStatus.FAILED, contentSealed: null, errorCode, error: "The address is not one an email can go to." });
      logger.warn("email not sent", { emailId: id, kind, errorCode });
      return { id, status: MailStatus.FAILED, errorCode };
    }

    const outbox = this.keepsOutbox;
    // The row comes first: no email leaves the service without a record of it.
    await repo.insert({
      ...row,
      toAddress: to,
      status: outbox ? MailStatus.STORED : MailStatus.QUEUED,
      contentSealed: outbox ? sealer.seal(JSON.stringify(rendered), id) : null,
      errorCode: null,
      error: null,
    });
    try {
      const { providerMessageId } = await sender.send({ from: this.deps.from, to, ...rendered });
      if (outbox) return { id, status: MailStatus.STORED, errorCode: null };
      await repo.update({ id }, { status: MailStatus.SENT, providerMessageId });
      logger.debug("email sent", { emailId: id, kind });
      return { id, status: MailStatus.SENT, errorCode: null };
    } catch (error) {
      const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError(MailErrorCode.MAIL_FAILED, "The mail sender failed unexpectedly.");
      await repo.update({ id }, { status: MailStatus.FAILED, errorCode: failure.code, error: failure.message.slice(0, 255) });
      logger.warn("email not delivered", { emailId: id, kind, errorCode: failure.code, error: failure.message });
      return { id, status: MailStatus.FAILED, errorCode: failure.code };
    }
  }

  /**
   * The kept emails of an account, newest first, opened; `first` is clamped to 1..100. An email whose seal no
   * configured key opens (its key was retired) is left out.
   */
  async listOutbox(filter: { readonly accountId: string; readonly first: number }): Promise<OutboxEmail[]> {
    const first = Number.isNaN(filter.first) ? 1 : Math.min(MAX_PAGE, Math.max(1, Math.floor(filter.first)));
    const rows = await this.deps.dataSource.getRepository(EmailMessageEntity).find({
      where: { accountId: filter.accountId, contentSealed: Not(IsNull()) },
      order: { createdAt: "DESC", id: "DESC" },
      take: first,
    });
    const emails: OutboxEmail[] = [];
    for (const row of rows) {
      const content = this.open(row);
      if (content) emails.push({ id: row.id, kind: row.kind as MailKind, to: row.toAddress, status: row.status, createdAt: row.createdAt, ...content });
    }
    return emails;
  }

  private open(row: EmailMessageEntity): RenderedMail | null {
    if (row.contentSealed === null) return null;
    try {
      const { subject, text, html } = JSON.parse(this.deps.sealer.open(row.contentSealed, row.id)) as RenderedMail;
      return { subject, text, html };
    } catch {
      return null;
    }
  }
}
