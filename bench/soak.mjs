/**
 * `pnpm bench:soak` (BENCH_SOAK_MINUTES=N, default 30): the API under a steady load for N minutes, to see whether it
 * holds its latency and its memory over time. Starts the built API on a throw-away MariaDB (BENCH_DB=galera: a
 * three-node Galera cluster, one instance on each node), seeds a tenant, measures the two-step login capacity briefly
 * (or takes BENCH_SOAK_RATE, logins/s, as the load to run) and then runs two-step logins at half of it, with admin
 * pages, SMS sign-ins (through a local Twilio) and policy switches mixed in. Every minute it records p50/p99 login
 * latency, errors and the API processes' resident sets; at the end it prints the table, checks no error, p99 at the
 * end within 20 % of the start and RSS at the end within 10 % of minute 10 (of the middle minute in a shorter run),
 * and writes bench/results/soak[-galera].{svg,md,json}. Exits 1 when a check is not met.
 *
 * Knobs: BENCH_SOAK_MINUTES (30), BENCH_SOAK_RATE (logins/s; unset: half the measured capacity), BENCH_SOAK_PROBE
 * (capacity probe, 20 s), BENCH_MAILBOXES (20000 here), BENCH_DB, BENCH_MYSQL_URL (as for `pnpm bench`).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtEntry } from "./lib/built.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "..");
const envNumber = (name, fallback) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const settings = {
  minutes: Math.floor(envNumber("BENCH_SOAK_MINUTES", 30)),
  rate: envNumber("BENCH_SOAK_RATE", null),
  probeMs: envNumber("BENCH_SOAK_PROBE", 20) * 1000,
  mailboxes: Math.floor(envNumber("BENCH_MAILBOXES", 20_000)),
};
const t0 = Date.now();
const log = (msg) => process.stderr.write(`[soak ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);

try {
  for (const entry of ["@mfa/core", "@mfa/api", "@mfa/api/main", "@mfa/testing"]) builtEntry(entry);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const { createSealer, parseSealKeys, totpTimeStep } = await import("@mfa/core");
const { startFakeTwilio } = await import("@mfa/testing");
const { openDatabase, freePort } = await import("./lib/database.mjs");
const { groupApis, startApi } = await import("./lib/api.mjs");
const { seedLargeTenant, BENCH_PASSWORD } = await import("./lib/seed.mjs");
const { createClient, runLoad } = await import("./lib/load.mjs");
const { loginScenarios, TotpUserPool } = await import("./lib/login-bench.mjs");
const { adminToken } = await import("./lib/admin-bench.mjs");
const { measureHash } = await import("./lib/hash.mjs");
const { adminPages, policySwitches, smsSignIn } = await import("./lib/soak-ops.mjs");
const { runSoak } = await import("./lib/soak-load.mjs");
const { soakReport, soakSvg } = await import("./lib/soak-report.mjs");

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) await cleanups.pop()().catch((error) => log(`cleanup: ${error.message}`));
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

/** Texts go to a local Twilio; the budgets are raised so the SMS sign-ins of a long run stay within them. */
/** How many client addresses the soak's sign-ins come from (10.77.0.0/16, one after the other). */
const ADDRESSES = 4096;
const addressOf = (n) => `10.77.${n >> 8}.${n & 255}`;

/** The client with every request from `address` (X-Forwarded-For, believed from loopback). */
function fromAddress(client, address) {
  const from = (headers) => ({ "x-forwarded-for": address, ...headers });
  return { ...client, gql: (query, variables, headers = {}) => client.gql(query, variables, from(headers)), post: (path, json, headers = {}) => client.post(path, json, from(headers)) };
}

const smsEnv = (twilio) => ({
  TWILIO_ACCOUNT_SID: twilio.accountSid,
  TWILIO_AUTH_TOKEN: twilio.authToken,
  TWILIO_BASE_URL: twilio.url,
  ...Object.fromEntries(
    [["USER_HOURLY", 20], ["USER_DAILY", 50], ["DOMAIN_HOURLY", 500], ["DOMAIN_DAILY", 2000], ["ACCOUNT_HOURLY", 1000], ["ACCOUNT_DAILY", 5000], ["DESTINATION_DAILY", 20]].flatMap(([name, n]) => [
      [`SMS_BUDGET_${name}`, String(n)],
      [`SMS_BUDGET_${name}_MAX`, String(n)],
    ]),
  ),
});

async function main() {
  const cores = availableParallelism();
  log(`machine: ${cores} cores (${cpus()[0]?.model ?? "?"}), load average ${loadavg()[0].toFixed(1)}; ${settings.minutes} minutes of soak`);
  const db = await openDatabase({ repoRoot, log });
  cleanups.push(() => db.close());
  const twilio = await startFakeTwilio();
  cleanups.push(() => twilio.close());
  const sealSpec = `bench:${randomBytes(32).toString("base64")}`;
  const dataDir = mkdtempSync(join(tmpdir(), "mfa-soak-data-"));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  // One instance, or one on each node of a Galera cluster, started one after the other (the first one migrates).
  const instances = [];
  cleanups.push(() => Promise.all(instances.map((i) => i.stop())));
  for (const url of db.nodeDatabaseUrls) {
    // As behind a load balancer on this machine: the service believes the X-Forwarded-For that loopback adds.
    instances.push(await startApi({ port: await freePort(), databaseUrl: url, sealKeys: sealSpec, dataDir, log, extraEnv: { ...smsEnv(twilio), TRUST_PROXY: "loopback" } }));
  }
  const api = groupApis(instances);

  const { phc } = await measureHash(BENCH_PASSWORD, { runs: 3 });
  log(`seeding ${settings.mailboxes} mailboxes ...`);
  const sealer = createSealer({ keys: parseSealKeys(sealSpec), activeKeyId: "bench" });
  const seeded = await seedLargeTenant(db.admin, { sealer, passwordHash: phc, mailboxes: settings.mailboxes, log: () => {} });
  const [smsUsers] = await db.admin.query(
    `SELECT u.username, d.id AS deviceId, d.phone_e164 AS phone FROM users u
       JOIN devices d ON d.user_id = u.id AND d.kind = 'SMS' AND d.verified_at IS NOT NULL
       JOIN domains m ON m.id = u.domain_id
     WHERE u.account_id = ? AND u.mfa_locked_at IS NULL AND u.mfa_enabled = 1 AND u.mfa_override = 'DEFAULT' AND m.mfa_policy <> 'OFF'
     ORDER BY u.username LIMIT 400`,
    [seeded.accountId],
  );
  if (smsUsers.length < 20) throw new Error(`only ${smsUsers.length} users can sign in by text: seed more mailboxes`);
  const switched = seeded.domains.filter((d) => d.policy === "OPTIONAL" && d.id !== seeded.largest.id).sort((a, b) => a.mailboxes - b.mailboxes)[0];
  if (!switched) throw new Error("no OPTIONAL domain to switch besides the largest");
  log(`seeded: ${seeded.stats.users} mailboxes, ${seeded.loginUsers.length} TOTP users, ${smsUsers.length} SMS users; policy switches on ${switched.name}`);

  const client = createClient(api.base, 64);
  cleanups.push(() => client.close());
  const admin = { secret: seeded.admin.secret, token: await adminToken(client, seeded.admin.username, seeded.admin.password, seeded.admin.secret), provedAt: Date.now(), lastStep: totpTimeStep(Date.now()) };
  const pool = new TotpUserPool(seeded.loginUsers);
  // Sign-ins come from many addresses, as a provider's users do: each login (both its steps) from the next of 4,096,
  // through the proxy header. From one address they would meet the per-address throttle (at most LOGIN_ADDRESS_LIMIT
  // attempts in flight) as soon as answers queue: a large office behind one NAT, not the soak's question.
  const byAddress = Array.from({ length: ADDRESSES }, (_, n) =>
    loginScenarios({ client: fromAddress(client, addressOf(n)), password: BENCH_PASSWORD, pools: { twoStep: pool } }).find((s) => s.key === "twoStep").operation,
  );
  let turn = 0;
  const login = () => byAddress[turn++ % ADDRESSES]();

  let rate = settings.rate;
  let capacity = null;
  if (!rate) {
    log(`capacity: two-step logins from 16 clients, 3 s warm-up + ${settings.probeMs / 1000} s`);
    const probe = await runLoad({ concurrency: 16, warmupMs: 3000, durationMs: settings.probeMs, operation: login });
    if (probe.errors || probe.warmupErrors) throw new Error(`the capacity probe had errors: ${probe.samples[0] ?? probe.warmupErrors}`);
    capacity = probe.opsPerSec;
    rate = capacity / 2;
    log(`capacity ${capacity.toFixed(1)} logins/s (p50 ${probe.latency.p50.toFixed(0)} ms); soak at ${rate.toFixed(1)} logins/s`);
  } else log(`soak at ${rate} logins/s (BENCH_SOAK_RATE)`);
  if (pool.queue.length < rate * 45) throw new Error(`${pool.queue.length} TOTP users cannot sustain ${rate.toFixed(1)} logins/s (a code works once per 30 s step): seed more mailboxes`);

  const records = await runSoak({
    minutes: settings.minutes,
    rate,
    login,
    log,
    sample: () => instances.map((i) => i.memory().rss),
    extras: [
      { kind: "admin pages", everyMs: 2_000, run: adminPages({ client, admin, largestDomainId: seeded.largest.id }) },
      { kind: "SMS sign-ins", everyMs: 10_000, run: smsSignIn({ client, twilio, users: smsUsers, password: BENCH_PASSWORD }) },
      { kind: "policy switches", everyMs: 30_000, run: policySwitches({ client, admin, domainId: switched.id }) },
    ],
  });

  const report = soakReport(records);
  const where = db.galera ? "three-node Galera cluster, one API instance on each node" : "one MariaDB, one API instance";
  const header = `Soak ${new Date().toISOString()}: ${settings.minutes} min at ${rate.toFixed(1)} two-step logins/s${capacity ? ` (half of the ${capacity.toFixed(1)}/s measured)` : ""}; ${where}; ${cores} cores, load average ${loadavg()[0].toFixed(1)} at the end`;
  process.stdout.write(`\n${header}\n\n${report.text}\n\n`);
  const name = db.galera ? "soak-galera" : "soak";
  const outDir = join(benchDir, "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.svg`), soakSvg(report.rows, { title: `Soak: ${settings.minutes} min, ${rate.toFixed(1)} logins/s`, subtitle: where }));
  writeFileSync(join(outDir, `${name}.md`), `# ${header}\n\n${report.markdown}\n`);
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ settings, rate, capacity, where, minutes: report.rows, checks: report.checks }, null, 2));
  log(`plot and table: bench/results/${name}.svg, ${name}.md; total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return report.passed ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`soak failed: ${error.stack ?? error.message}\n`);
} finally {
  await cleanup();
}
process.exit(code);
