import type { Logger } from "#src/logger.js";
import type { JobLease } from "./job-lease.js";

/** One round of a job; returns how much it did (a round that did something is followed at once by another). */
export type JobRound = (lease: JobLease) => Promise<number>;

/**
 * Runs a job in this API process, every `intervalMs`, while this instance holds its lease; the other instances
 * keep asking for the lease and take over when the holder stops renewing it. `stop` waits for the round in
 * progress and releases the lease.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly lease: JobLease,
    private readonly round: JobRound,
    private readonly options: {
      intervalMs: number;
      logger: Logger;
      maxRoundsInARow?: number;
      /** Told after each run on this instance (rounds while it held the lease, or a failure to take it). */
      onRun?: (run: { job: string; ok: boolean; at: number }) => void;
    },
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.lease.release().catch((error: unknown) => this.options.logger.warn("could not release a job lease", { job: this.lease.name, error: (error as Error).message }));
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runRounds().finally(() => {
        this.running = null;
        this.schedule(this.options.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  /** Rounds while there is work (up to a bound, so a busy job still renews and yields), then waits. */
  private async runRounds(): Promise<void> {
    const max = this.options.maxRoundsInARow ?? 20;
    let ran = false;
    let ok = true;
    try {
      for (let i = 0; i < max && !this.stopped; i++) {
        if (!(await this.lease.hold())) return;
        ran = true;
        if ((await this.round(this.lease)) === 0) return;
      }
    } catch (error) {
      ran = true;
      ok = false;
      this.options.logger.error("a scheduled job failed; it runs again at its next interval", { job: this.lease.name, error: (error as Error).message });
    } finally {
      if (ran) this.options.onRun?.({ job: this.lease.name, ok, at: Date.now() });
    }
  }
}
