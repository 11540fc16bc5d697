/**
 * A closed-loop load driver on undici: `concurrency` workers, each running one operation after the
 * other (an operation is one request, or the two requests of a two-step login) for a warm-up and
 * then a measured period. Every response is checked; anything unexpected counts as an error.
 */
import { Pool } from "undici";
import { summarize } from "./stats.mjs";

/**
 * A client of one API instance, or of several (an array of bases): then each request goes to the next instance in
 * turn, as behind a round-robin load balancer (the two steps of a login land on different instances), unless
 * `pin(i)` sends everything to instance i for a while (`pin(null)` ends it).
 */
export function createClient(base, connections) {
  const pools = [base].flat().map((b) => new Pool(b, { connections, pipelining: 1, keepAliveTimeout: 30_000 }));
  let turn = 0;
  let pinned = null;
  const next = () => pools[pinned ?? turn++ % pools.length];
  const pool = { request: (options) => next().request(options), close: () => Promise.all(pools.map((p) => p.close())) };
  const gqlHeaders = { "content-type": "application/json" };
  return {
    pool,
    instances: pools.length,
    pin(index) {
      pinned = index;
    },
    /** POST /graphql; returns { status, body } with the parsed JSON. */
    async gql(query, variables, headers = {}) {
      const res = await pool.request({ path: "/graphql", method: "POST", headers: { ...gqlHeaders, ...headers }, body: JSON.stringify({ query, variables }) });
      const text = await res.body.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = { raw: text.slice(0, 300) };
      }
      return { status: res.statusCode, body, headers: res.headers };
    },
    /** POST a JSON body to any path. */
    async post(path, json, headers = {}) {
      const res = await pool.request({ path, method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(json) });
      const text = await res.body.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = { raw: text.slice(0, 300) };
      }
      return { status: res.statusCode, body, headers: res.headers };
    },
    close: () => pool.close(),
  };
}

/**
 * Runs `operation()` from `concurrency` workers: first for `warmupMs` (not recorded), then for
 * `durationMs`. `operation` resolves to { requests } on success, throws on a bad response, and
 * returns null when its input is used up (the run then stops early). Latency is per operation.
 */
export async function runLoad({ concurrency, warmupMs, durationMs, operation, maxErrors = 50, onMeasureStart = () => {}, onMeasureEnd = () => {} }) {
  const phase = async (ms, record) => {
    const latencies = [];
    let requests = 0;
    let ops = 0;
    let errors = 0;
    let exhausted = false;
    const samples = [];
    const start = performance.now();
    const end = start + ms;
    const worker = async () => {
      while (!exhausted && performance.now() < end && errors < maxErrors) {
        const t0 = performance.now();
        try {
          const result = await operation();
          if (result === null) {
            exhausted = true;
            break;
          }
          const t = performance.now() - t0;
          if (record) latencies.push(t);
          ops++;
          requests += result.requests;
        } catch (error) {
          errors++;
          requests += error.requests ?? 1;
          if (samples.length < 3) samples.push(error.message.slice(0, 300));
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = performance.now() - start;
    return { latencies, requests, ops, errors, samples, elapsed, exhausted };
  };
  if (warmupMs > 0) {
    const warm = await phase(warmupMs, false);
    if (warm.errors) return { ...warm, seconds: warm.elapsed / 1000, opsPerSec: 0, reqPerSec: 0, latency: summarize([]), warmupErrors: warm.errors };
  }
  onMeasureStart();
  const measured = await phase(durationMs, true);
  onMeasureEnd();
  const seconds = measured.elapsed / 1000;
  return {
    ...measured,
    seconds,
    opsPerSec: measured.ops / seconds,
    reqPerSec: measured.requests / seconds,
    latency: summarize(measured.latencies),
  };
}

/** An error that says how many requests the failed operation had sent. */
export function failure(message, requests = 1) {
  const error = new Error(message);
  error.requests = requests;
  return error;
}
