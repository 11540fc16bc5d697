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
  readonly logins = new Counter({
    name: "mfa_logins_total",
    help: "Sign-in decisions by door (graphql, rest), step (password, second_factor), factor and outcome.",
    labelNames: ["door", "step", "factor", "outcome"] as const,
    registers: [this.registry],
  });

  readonly secondFactorFailures = new Counter({
    name: "mfa_second_factor_failures_total",
    help: "Wrong or replayed second-factor codes (each counts toward the lockout), by door (graphql, rest, step_up) and reason.",
    labelNames: ["door", "reason"] as const,
    registers: [this.registry],
  });

  readonly lockouts = new Counter({
    name: "mfa_lockouts_total",
    help: "Users locked after too many consecutive second-factor failures.",
    registers: [this.registry],
  });

  readonly smsSends = new Counter({
    name: "mfa_sms_sends_total",
    help: "Texts by status: stored (the development outbox), sent (accepted by the provider), failed, refused (a budget or the country list).",
    labelNames: ["status"] as const,
    registers: [this.registry],
  });

  readonly smsRefusals = new Counter({
    name: "mfa_sms_refusals_total",
    help: "Texts refused before leaving, by reason (budget, country) and stage (send, add_phone).",
    labelNames: ["reason", "stage"] as const,
    registers: [this.registry],
  });

  readonly emailSends = new Counter({
    name: "mfa_email_sends_total",
    help: "Emails by status: stored (the development outbox), sent (accepted by the SMTP server), failed.",
    labelNames: ["status"] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: "mfa_graphql_request_duration_seconds",
    help: "GraphQL requests by operation: the root field of the schema the request asks for first, or other.",
    labelNames: ["operation"] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: "mfa_http_request_duration_seconds",
    help: "HTTP requests by method, route pattern (other when no route matched) and status class.",
    labelNames: ["method", "route", "status"] as const,
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });

  readonly dbQueryDuration = new Histogram({
    name: "mfa_db_query_duration_seconds",
    help: "Statements sent to MySQL/MariaDB, by outcome (ok, error).",
    labelNames: ["outcome"] as const,
    buckets: QUERY_BUCKETS,
    registers: [this.registry],
  });

  readonly jobRuns = new Counter({
    name: "mfa_job_runs_total",
    help: "Runs of a scheduled job on this instance (while it holds the job's lease), by job and outcome (success, failure).",
    labelNames: ["job", "outcome"] as const,
    registers: [this.registry],
  });

  readonly jobLastRun = new Gauge({
    name: "mfa_job_last_run_timestamp_seconds",
    help: "When this instance last ran the job (Unix time).",
    labelNames: ["job"] as const,
    registers: [this.registry],
  });

  readonly jobLastSuccess = new Gauge({
    name: "mfa_job_last_success_timestamp_seconds",
    help: "When a run of the job last succeeded on this instance (Unix time).",
    labelNames: ["job"] as const,
    registers: [this.registry],
  });

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
