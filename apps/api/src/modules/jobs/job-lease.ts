import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { ensureLease, releaseLease, takeLease } from "./jobs.queries.js";

export interface LeaseOptions {
  /** How long a lease lasts unless renewed. */
  ttlMs: number;
  now?: () => number;
  /** This instance's id in the table (a fresh random one by default). */
  holder?: string;
}

/**
 * A database lease on one named job, so that exactly one API instance runs it at a time. `hold` takes it
 * (when free or expired) or renews it; the holder renews it while working and releases it when it stops.
 */
export class JobLease {
  readonly holder: string;
  private readonly now: () => number;
  private until = 0;
  private ensured = false;

  constructor(
    private readonly dataSource: DataSource,
    readonly name: string,
    private readonly options: LeaseOptions,
  ) {
    this.holder = options.holder ?? randomUUID();
    this.now = options.now ?? Date.now;
  }

  /** Takes or renews the lease; whether this instance holds it now. */
  async hold(): Promise<boolean> {
    if (!this.ensured) {
      await ensureLease(this.dataSource, this.name);
      this.ensured = true;
    }
    const now = this.now();
    const until = now + this.options.ttlMs;
    const held = (await takeLease(this.dataSource, this.name, this.holder, now, until)) === 1;
    this.until = held ? until : 0;
    return held;
  }

  /** Whether the lease is held for at least `marginMs` more, renewing it when less than half of it is left. */
  async heldFor(marginMs: number): Promise<boolean> {
    const left = this.until - this.now();
    if (left >= Math.max(marginMs, this.options.ttlMs / 2)) return true;
    return (await this.hold()) && this.until - this.now() >= marginMs;
  }

  async release(): Promise<void> {
    this.until = 0;
    await releaseLease(this.dataSource, this.name, this.holder);
  }
}
