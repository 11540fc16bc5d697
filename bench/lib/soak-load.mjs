/**
 * The soak's load: two-step logins arriving at a fixed rate (an open loop: a slow answer does not slow the arrivals,
 * so queueing shows in the latency), with admin pages, SMS sign-ins and policy switches mixed in, each kind on its own
 * schedule and one at a time. Every minute gets its own record: latencies of the logins started in it, the other
 * operations, errors (with a few samples) and the API processes' resident sets at its end.
 */
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const MINUTE_MS = 60_000;

/** A fresh minute's record. */
const minuteRecord = (index) => ({ index, logins: [], other: {}, errors: 0, errorSamples: [], rss: null, load: null });

/**
 * Runs for `minutes`: `login()` `rate` times a second, and each extra `{ kind, everyMs, run }` every `everyMs`
 * (skipped while its previous run is still going). An operation resolves when it succeeded, resolves to null when
 * its input is used up (an error: the run could not keep its rate), and throws on any unexpected answer. At most
 * `maxInFlight` logins may wait for their answers; an arrival beyond that is an error (the service fell behind).
 * `sample()` gives the API processes' resident sets, read at the end of every minute.
 */
export async function runSoak({ minutes, rate, login, extras, sample, log, maxInFlight = 256 }) {
  const records = Array.from({ length: minutes }, (_, i) => minuteRecord(i));
  const start = performance.now();
  const end = start + minutes * MINUTE_MS;
  const recordAt = (t) => records[Math.min(minutes - 1, Math.floor((t - start) / MINUTE_MS))];
  const inFlight = new Set();
  const fail = (record, kind, message) => {
    record.errors++;
    if (record.errorSamples.length < 3) record.errorSamples.push(`${kind}: ${message.slice(0, 240)}`);
  };
  /** Runs one operation; its latency and outcome count in the minute it started in. */
  const track = (kind, operation) => {
    const t0 = performance.now();
    const record = recordAt(t0);
    const done = Promise.resolve()
      .then(operation)
      .then(
        (result) => {
          if (result === null) return fail(record, kind, "input used up (no user ready for a new code)");
          const latency = performance.now() - t0;
          if (kind === "login") record.logins.push(latency);
          else (record.other[kind] ??= []).push(latency);
        },
        (error) => fail(record, kind, error.message ?? String(error)),
      );
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
    return done;
  };

  const arrivals = (async () => {
    const interval = 1000 / rate;
    let next = start;
    let logins = 0;
    while (next < end) {
      const now = performance.now();
      if (now < next) {
        await sleep(Math.min(next - now, 20));
        continue;
      }
      next += interval;
      if (logins >= maxInFlight) {
        fail(recordAt(now), "login", `more than ${maxInFlight} logins waiting for an answer: the service fell behind the arrival rate`);
        continue;
      }
      logins++;
      void track("login", login).finally(() => logins--);
    }
  })();

  const scheduled = extras.map(async ({ kind, everyMs, run }) => {
    let next = start + everyMs / 2;
    while (next < end) {
      const now = performance.now();
      if (now < next) {
        await sleep(Math.min(next - now, 250));
        continue;
      }
      await track(kind, run);
      next += everyMs * Math.max(1, Math.ceil((performance.now() - next) / everyMs));
    }
  });

  const sampler = (async () => {
    for (let m = 0; m < minutes; m++) {
      const at = start + (m + 1) * MINUTE_MS;
      await sleep(Math.max(0, at - performance.now()));
      const record = records[m];
      record.rss = sample();
      record.load = loadavg()[0];
      const s = summarise(record);
      log(
        `minute ${m + 1}/${minutes}: ${s.logins} logins (${s.rate.toFixed(1)}/s), p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ` +
          `${Object.entries(record.other).map(([k, v]) => `${v.length} ${k}`).join(", ")}, ${record.errors} errors, ` +
          `API RSS ${record.rss.map((b) => `${(b / 2 ** 20).toFixed(0)} MiB`).join(" + ")}, load average ${record.load.toFixed(1)}` +
          (record.errorSamples.length ? `; e.g. ${record.errorSamples[0]}` : ""),
      );
    }
  })();

  await Promise.all([arrivals, ...scheduled, sampler]);
  await Promise.all([...inFlight]);
  return records;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One minute's figures: login count, rate, p50 and p99 (ms), the other operations' counts, errors, total RSS. */
export function summarise(record) {
  const sorted = Float64Array.from(record.logins).sort();
  return {
    minute: record.index + 1,
    logins: sorted.length,
    rate: sorted.length / 60,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    other: Object.fromEntries(Object.entries(record.other).map(([k, v]) => [k, v.length])),
    errors: record.errors,
    errorSamples: record.errorSamples,
    rss: record.rss,
    rssTotal: record.rss ? record.rss.reduce((a, b) => a + b, 0) : NaN,
    load: record.load,
  };
}
