import { setTimeout as sleep } from "node:timers/promises";
import type { Sealer } from "@mfa/core";
import type { DataSource } from "typeorm";
import { replaceSealedValue, valuesSealedOtherwise, type SealedColumn } from "#src/db/sealed-columns.js";
import { OUTBOX_EMAILS } from "#src/modules/mail/sealed-columns.js";
import { TOTP_SECRETS } from "#src/modules/mfa/sealed-columns.js";
import { OUTBOX_BODIES } from "#src/modules/sms/sealed-columns.js";
import { WEBHOOK_PREVIOUS_SECRETS, WEBHOOK_SECRETS } from "#src/modules/webhooks/sealed-columns.js";

/** Every column of the service that holds sealed values, as its owner declares it. */
export const SEALED_COLUMNS: readonly SealedColumn[] = [TOTP_SECRETS, OUTBOX_BODIES, OUTBOX_EMAILS, WEBHOOK_SECRETS, WEBHOOK_PREVIOUS_SECRETS];

const columnName = (target: SealedColumn) => `${target.table}.${target.column}`;

/** What one pass over a column did. */
export interface ColumnReport {
  readonly column: string;
  /** Values found under another key than the active one. */
  readonly scanned: number;
  /** Of those, re-sealed under the active key. */
  readonly resealed: number;
  /** Changed by the API between the read and the write (left as the API wrote it). */
  readonly changed: number;
  /** Not opened by any configured key (a retired key, or damaged). */
  readonly unreadable: number;
}

/** How many values of a column are under each key other than the active one ("malformed" for a value of no known shape). */
export type LeftOver = ReadonlyMap<string, number>;

const keyIdOf = (sealed: string): string => {
  const [version, keyId] = sealed.split(".");
  return version === "v1" && keyId ? keyId : "malformed";
};

/**
 * Moves sealed values to the active key, column by column, in batches of short reads in id order. Each value is
 * opened with whichever configured key sealed it, sealed again under the active key with the same context, and
 * written back by one conditional write per row that succeeds only if the row still holds the value read: safe
 * while the API serves, and idempotent (a second run finds nothing to do).
 */
export class Resealer {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      sealer: Sealer;
      activeKeyId: string;
      batchSize: number;
      /** A pause between batches, to go easy on a database that serves. */
      pauseMs?: number;
      columns?: readonly SealedColumn[];
    },
  ) {}

  private get columns(): readonly SealedColumn[] {
    return this.deps.columns ?? SEALED_COLUMNS;
  }

  async resealAll(onColumn: (report: ColumnReport) => void = () => {}): Promise<ColumnReport[]> {
    const reports: ColumnReport[] = [];
    for (const target of this.columns) {
      const report = await this.reseal(target);
      onColumn(report);
      reports.push(report);
    }
    return reports;
  }

  async reseal(target: SealedColumn): Promise<ColumnReport> {
    const { dataSource, sealer } = this.deps;
    const counts = { scanned: 0, resealed: 0, changed: 0, unreadable: 0 };
    await this.walk(target, async (row) => {
      counts.scanned++;
      const context = target.context(row.id);
      let plaintext: string;
      try {
        plaintext = sealer.open(row.sealed, context);
      } catch {
        counts.unreadable++;
        return;
      }
      const written = await replaceSealedValue(dataSource, target, { id: row.id, from: row.sealed, to: sealer.seal(plaintext, context) });
      if (written) counts.resealed++;
      else counts.changed++;
    });
    return { column: columnName(target), ...counts };
  }

  /** The values of each column still under another key than the active one, by key id (reads only). */
  async leftOver(): Promise<Map<string, LeftOver>> {
    const out = new Map<string, LeftOver>();
    for (const target of this.columns) {
      const byKey = new Map<string, number>();
      await this.walk(target, (row) => {
        const keyId = keyIdOf(row.sealed);
        byKey.set(keyId, (byKey.get(keyId) ?? 0) + 1);
      });
      out.set(columnName(target), byKey);
    }
    return out;
  }

  private async walk(target: SealedColumn, visit: (row: { id: string; sealed: string }) => unknown): Promise<void> {
    const { dataSource, activeKeyId, batchSize, pauseMs = 0 } = this.deps;
    let afterId = "";
    for (;;) {
      const batch = await valuesSealedOtherwise(dataSource, target, { activeKeyId, afterId, limit: batchSize });
      for (const row of batch) await visit(row);
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) return;
      afterId = last.id;
      if (pauseMs > 0) await sleep(pauseMs);
    }
  }
}
