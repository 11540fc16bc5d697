import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** Seconds: from a quick statement to one a request would time out on. */
const QUERY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** Seconds: a request answered from memory up to one waiting on a slow provider. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, one registry per server. Labels hold names from fixed sets only (doors, steps,
 * factors, outcomes, operations of the schema, route patterns, job names): never a username, an address or a code.
 */
export class Metrics {
  readonly registry = new Registry();

  /** Every sign-in decision, as the audit log records it. */
  readonly logins = this.counter("mfa_logins_total", "Sign-in decisions by door (graphql, rest), step (password, second_factor), factor and outcome.", ["door", "step", "factor", "outcome"] as const);

  readonly secondFactorFailures = this.counter("mfa_second_factor_failures_total", "Wrong or replayed second-factor codes (each counts toward the lockout), by door (graphql, rest, step_up) and reason.", ["door", "reason"] as const);

  readonly lockouts = this.counter("mfa_lockouts_total", "Users locked after too many consecutive second-factor failures.");

  readonly smsSends = this.counter("mfa_sms_sends_total", "Texts by status: stored (the development outbox), sent (accepted by the provider), failed, refused (a budget or the country list).", ["status"] as const);

  readonly smsRefusals = this.counter("mfa_sms_refusals_total", "Texts refused before leaving, by reason (budget, country) and stage (send, add_phone).", ["reason", "stage"] as const);

  readonly emailSends = this.counter("mfa_email_sends_total", "Emails by status: stored (the development outbox), sent (accepted by the SMTP server), failed.", ["status"] as const);

  readonly graphqlDuration = this.histogram("mfa_graphql_request_duration_seconds", "GraphQL requests by operation: the root field of the schema the request asks for first, or other.", REQUEST_BUCKETS, ["operation"] as const);

  readonly httpDuration = this.histogram("mfa_http_request_duration_seconds", "HTTP requests by method, route pattern (other when no route matched) and status class.", REQUEST_BUCKETS, ["method", "route", "status"] as const);

  readonly dbQueryDuration = this.histogram("mfa_db_query_duration_seconds", "Statements sent to MySQL/MariaDB, by outcome (ok, error).", QUERY_BUCKETS, ["outcome"] as const);

  readonly jobRuns = this.counter("mfa_job_runs_total", "Runs of a scheduled job on this instance (while it holds the job's lease), by job and outcome (success, failure).", ["job", "outcome"] as const);

  readonly jobLastRun = this.gauge("mfa_job_last_run_timestamp_seconds", "When this instance last ran the job (Unix time).", ["job"] as const);

  readonly jobLastSuccess = this.gauge("mfa_job_last_success_timestamp_seconds", "When a run of the job last succeeded on this instance (Unix time).", ["job"] as const);

  private counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private gauge<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<L extends string = never>(name: string, help: string, buckets: number[], labelNames: readonly L[] = []): Histogram<L> {
    return new Histogram({ name, help, buckets, labelNames, registers: [this.registry] });
  }

  private processMetrics = false;

  /** Adds Node's process metrics (CPU, memory, event loop, GC): only for a server that serves /metrics. */
  collectProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry });
  }

  /** What a job runner reports after each run on this instance (job names are the code's lease names). */
  readonly jobRun = ({ job, ok, at }: { job: string; ok: boolean; at: number }): void => {
    this.jobRuns.inc({ job, outcome: ok ? "success" : "failure" });
    this.jobLastRun.set({ job }, at / 1000);
    if (ok) this.jobLastSuccess.set({ job }, at / 1000);
  };
}
