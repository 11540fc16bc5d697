/**
 * `pnpm bench`: starts the built API on a throw-away MariaDB, seeds a large tenant, drives login
 * load from this process (the API runs in its own), times the admin pages, and prints one table.
 * Details (every statement of each admin page, EXPLAIN plans) go to bench/results/latest.md (latest-galera.md).
 *
 * Knobs (environment): BENCH_MAILBOXES (100000), BENCH_CONCURRENCY (16), BENCH_DURATION (10, s),
 * BENCH_WARMUP (3, s), BENCH_RUNS (30), BENCH_MYSQL_URL (use this server instead of a throw-away one),
 * BENCH_DB=galera (a throw-away three-node Galera cluster, one API instance on each node, requests sent to the
 * instances in turn).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtEntry } from "./lib/built.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(benchDir, "..");

const envInt = (name, fallback) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : fallback;
};
const settings = {
  mailboxes: envInt("BENCH_MAILBOXES", 100_000),
  concurrency: envInt("BENCH_CONCURRENCY", 16),
  durationMs: envInt("BENCH_DURATION", 10) * 1000,
  warmupMs: envInt("BENCH_WARMUP", 3) * 1000,
  runs: envInt("BENCH_RUNS", 30),
  /** The scale mode's runs time the admin pages only (BENCH_ADMIN_ONLY=1). */
  adminOnly: process.env.BENCH_ADMIN_ONLY === "1",
};

const t0 = Date.now();
const outDir = join(benchDir, "results");
const log = (msg) => process.stderr.write(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}\n`);

try {
  for (const entry of ["@mfa/core", "@mfa/api", "@mfa/api/main"]) builtEntry(entry);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

const { createSealer, parseSealKeys } = await import("@mfa/core");
const { openDatabase, freePort } = await import("./lib/database.mjs");
const { groupApis, startApi, BENCH_MAIL_AUTH_KEY } = await import("./lib/api.mjs");
const { BENCH_APP_PASSWORD, insertAppPasswords, mailAuthScenarios } = await import("./lib/mail-auth-bench.mjs");
const { seedLargeTenant, insertChallenges, BENCH_PASSWORD } = await import("./lib/seed.mjs");
const { createClient, runLoad } = await import("./lib/load.mjs");
const { loginScenarios, TotpUserPool, passwordStep, passcodeStep, restTwoStep, NOOP } = await import("./lib/login-bench.mjs");
const { adminOperations, adminToken, timeOperation } = await import("./lib/admin-bench.mjs");
const { exportBench } = await import("./lib/export-bench.mjs");
const { createCapture, describeCount, explainStatements, formatExplain } = await import("./lib/sql-capture.mjs");
const { table, markdownTable, ms, num, mib } = await import("./lib/stats.mjs");
const { measureHash } = await import("./lib/hash.mjs");
const { cpuMeter } = await import("./lib/cpu.mjs");
const { connectProfiler, profiledScenarios, summariseProfile, writeProfile } = await import("./lib/profile.mjs");

function logProfile(key, summary) {
  const line = (rows) => rows.map((r) => `${r.name} ${num(r.percent, 1)} %`).join("; ");
  log(`  profile of ${key}: ${summary.samples} samples over ${num(summary.durationMs / 1000, 1)} s (bench/results/${key}.cpuprofile)`);
  log(`    by origin: ${line(summary.origins.slice(0, 12))}`);
  log(`    by function (self): ${line(summary.functions.slice(0, 12))}`);
  log(`    our functions (total): ${line(summary.ours.slice(0, 12))}`);
}

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (error) {
      log(`cleanup: ${error.message}`);
    }
  }
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    log(`${signal}: cleaning up`);
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  const cores = availableParallelism();
  const machine = { cores, cpu: cpus()[0]?.model ?? "?", memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`, node: process.version };
  machine.loadBefore = loadavg()[0];
  const idleMeter = cpuMeter({});
  await new Promise((r) => setTimeout(r, 2000));
  machine.busyBefore = Math.max(0, idleMeter.stop(cores).machine);
  log(`machine: ${cores} cores (${machine.cpu}), ${machine.memory}, Node ${machine.node}; ${num(machine.busyBefore)} % busy before the run`);
  if (machine.busyBefore > 10) log("the machine is busy: other processes compete for the cores and the figures will be lower and noisier");

  const db = await openDatabase({ repoRoot, log });
  cleanups.push(() => db.close());
  machine.mariadb = db.galera ? `${db.version}, a three-node Galera cluster` : db.version;
  if (db.dedicated && !db.galera) {
    // The throw-away server gets a buffer pool that holds the whole data set, as a production server would.
    await db.admin.query("SET GLOBAL innodb_buffer_pool_size = 1073741824").catch((e) => log(`buffer pool: ${e.message}`));
  }
  const [[{ bp }]] = await db.admin.query("SELECT @@GLOBAL.innodb_buffer_pool_size AS bp");
  const [[{ flush }]] = await db.admin.query("SELECT @@GLOBAL.innodb_flush_log_at_trx_commit AS flush");
  machine.dbConfig = `innodb_buffer_pool_size=${mib(Number(bp))}, innodb_flush_log_at_trx_commit=${flush}`;

  const sealSpec = `bench:${randomBytes(32).toString("base64")}`;
  const sealer = createSealer({ keys: parseSealKeys(sealSpec), activeKeyId: "bench" });
  const dataDir = mkdtempSync(join(tmpdir(), "mfa-bench-data-"));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const profiled = profiledScenarios();
  const inspectPort = profiled.size > 0 ? await freePort() : null;
  // One instance, or one on each node of a Galera cluster (the first node's migrates first, the others find nothing
  // to do). Profiles are taken of the first instance.
  const [first, ...others] = db.nodeDatabaseUrls;
  const instances = [await startApi({ port: await freePort(), databaseUrl: first, sealKeys: sealSpec, dataDir, log, inspectPort })];
  for (const url of others) instances.push(await startApi({ port: await freePort(), databaseUrl: url, sealKeys: sealSpec, dataDir, log }));
  const api = groupApis(instances);
  const profiler = inspectPort ? await connectProfiler(inspectPort) : null;
  const profiles = {};
  cleanups.push(() => api.stop());
  const rssAtStart = api.memory().rss;

  // The password hash alone, measured while the API is idle: now, and again just before the
  // password-step load. The lower median of the two is the hash time (the least disturbed one).
  const hashRuns = [await measureHash(BENCH_PASSWORD, { runs: 20 })];
  const logHash = (h) =>
    log(`argon2id verify alone: p50 ${ms(h.verify.p50)} ms, p95 ${ms(h.verify.p95)} ms; ${num(h.parallelPerSec, 1)}/s with ${h.parallel} at once`);
  logHash(hashRuns[0]);

  log(`seeding ${settings.mailboxes} mailboxes ...`);
  const seedStartedAt = Date.now();
  const seeded = await seedLargeTenant(db.admin, { sealer, passwordHash: hashRuns[0].phc, mailboxes: settings.mailboxes, log: () => {} });
  const seedSeconds = (Date.now() - seedStartedAt) / 1000;
  const [[sizes]] = await db.admin.query(
    "SELECT ROUND(SUM(data_length + index_length) / 1048576) AS mb FROM information_schema.TABLES WHERE table_schema = ?",
    [db.database],
  );
  log(
    `seeded in ${seedSeconds.toFixed(1)} s: ${seeded.stats.users} mailboxes (${((100 * seeded.stats.enrolled) / seeded.stats.users).toFixed(1)} % enrolled, ${seeded.stats.locked} locked), ` +
      `${seeded.stats.devices} devices, ${seeded.stats.sessions} sessions, ${seeded.stats.audit} audit events, ${sizes.mb} MB on disk; largest domain ${seeded.largest.name} (${seeded.largest.mailboxes})`,
  );

  const capture = await createCapture(db.admin, db.database);
  cleanups.push(() => capture.restore());
  const client = createClient(api.base, settings.concurrency);
  cleanups.push(() => client.close());
  // The general log is the first node's own: statements are counted through its instance only.
  const countStatements = async (fn) => {
    client.pin(0);
    try {
      return await capture.capture(fn);
    } finally {
      client.pin(null);
    }
  };

  // Disjoint user sets: a TOTP code works once per device and time step.
  const users = seeded.loginUsers;
  const probe = users.slice(0, 4);
  let at = probe.length;
  const slice = (n) => {
    const out = users.slice(at, at + n);
    at += n;
    return out;
  };
  const share = (n, fraction) => Math.min(n, Math.floor(users.length * fraction));
  const pools = {
    password: slice(share(2000, 0.1)),
    twoStep: new TotpUserPool(slice(share(5000, 0.15))),
    rest: new TotpUserPool(slice(share(5000, 0.15))),
  };
  const challengeUsers = users.slice(at, at + 40_000);
  if (challengeUsers.length < 500) throw new Error(`only ${users.length} users can sign in with TOTP: seed more mailboxes`);

  // Statements of one request of each hot path (the server is idle).
  const hot = {};
  hot.noop = await countStatements(() => client.gql(NOOP, {}));
  let probeChallenge;
  hot.password = await countStatements(async () => {
    probeChallenge = await passwordStep(client, probe[0].username, BENCH_PASSWORD);
  });
  const probePool = new TotpUserPool(probe);
  hot.totp = await countStatements(() => passcodeStep(client, probeChallenge, probePool.code(probe[0])));
  hot.rest = await countStatements(() => restTwoStep(client, probe[1], BENCH_PASSWORD, probePool));

  // Login throughput.
  const loginResults = {};
  // Mail clients of the password-step users (MFA on): one app password each, hashed by the API's own argon2id.
  if (!settings.adminOnly) {
    const { hashPassword } = await import("@mfa/api");
    await insertAppPasswords(db.admin, [...pools.password, probe[2]], await hashPassword(BENCH_APP_PASSWORD.replace(/ /g, "")));
  }
  if (!settings.adminOnly) {
    // Statements of one check of each kind (the server is idle).
    for (const scenario of mailAuthScenarios({ client, key: BENCH_MAIL_AUTH_KEY, password: BENCH_PASSWORD, users: probe.slice(2, 3) })) {
      hot[scenario.key] = await capture.capture(() => scenario.operation());
    }
  }
  const scenarios = settings.adminOnly
    ? []
    : [...loginScenarios({ client, password: BENCH_PASSWORD, pools }), ...mailAuthScenarios({ client, key: BENCH_MAIL_AUTH_KEY, password: BENCH_PASSWORD, users: pools.password })];
  for (const scenario of scenarios) {
    if (scenario.key === "password") {
      hashRuns.push(await measureHash(BENCH_PASSWORD, { runs: 20 }));
      logHash(hashRuns[1]);
    }
    if (scenario.key === "totp") {
      pools.challenges = await insertChallenges(db.admin, challengeUsers);
    }
    log(`load: ${scenario.label} (${settings.concurrency} concurrent, ${settings.warmupMs / 1000} s warm-up + ${settings.durationMs / 1000} s)`);
    api.startSampling();
    let meter = null;
    let cpu = null;
    let profiling = null;
    const result = await runLoad({
      concurrency: settings.concurrency,
      warmupMs: settings.warmupMs,
      durationMs: settings.durationMs,
      operation: scenario.operation,
      onMeasureStart: () => {
        meter = cpuMeter({ apiPid: api.pid, dbPid: db.serverPid });
        if (profiler && profiled.has(scenario.key)) profiling = profiler.start();
      },
      onMeasureEnd: () => {
        cpu = meter?.stop(cores) ?? null;
        if (profiling) profiling = profiling.then(() => profiler.stop());
      },
    });
    if (profiling) {
      const profile = await profiling;
      mkdirSync(outDir, { recursive: true });
      writeProfile(join(outDir, `${scenario.key}.cpuprofile`), profile);
      profiles[scenario.key] = summariseProfile(profile);
      logProfile(scenario.key, profiles[scenario.key]);
    }
    result.peakRss = api.stopSampling();
    result.cpu = cpu;
    loginResults[scenario.key] = { ...scenario, ...result };
    log(
      `  ${num(result.opsPerSec, 1)} ${scenario.unit}/s, p50 ${ms(result.latency.p50)} ms, p95 ${ms(result.latency.p95)} ms, p99 ${ms(result.latency.p99)} ms, ` +
        `${result.errors} errors${result.exhausted ? ", input used up early" : ""}${result.samples.length ? `: ${result.samples[0]}` : ""}` +
        (cpu ? `; CPU: API ${num(cpu.api)} %, DB ${num(cpu.db)} %, load ${num(cpu.load)} %, other ${num(cpu.other)} %` : ""),
    );
  }

  // Admin pages.
  log("admin pages ...");
  const token = await adminToken(client, seeded.admin.username, seeded.admin.password, seeded.admin.secret);
  const ops = adminOperations({ client, db: db.admin, largest: seeded.largest, domains: seeded.domains, seedStartedAt });
  const adminResults = [];
  const adminMeter = cpuMeter({ apiPid: api.pid, dbPid: db.serverPid });
  for (const op of ops) {
    if (op.prepare) await op.prepare(token);
    if (op.reset) await op.reset();
    // A session's last-seen time is written at most once a minute: refresh it now, so the
    // counted run shows the operation's own statements only.
    await client.gql("query Touch { __typename }", {}, { authorization: `Bearer ${token}` });
    const statements = await countStatements(() => op.run(token));
    if (op.reset) await op.reset();
    const timing = await timeOperation(op, token, { runs: settings.runs });
    const explained = await explainStatements(db.admin, statements);
    adminResults.push({ ...op, ...timing, statements, explained });
    log(`  ${op.label}: p50 ${ms(timing.latency.p50)} ms, p95 ${ms(timing.latency.p95)} ms, ${describeCount(statements)}; ${timing.note}`);
  }
  const adminCpu = adminMeter.stop(cores);

  log("mailboxes CSV export ...");
  // Through one instance (the first node's in the Galera mode): the export's memory is that process's.
  const exported = await exportBench({ api: instances[0], token, domains: seeded.domains, largest: seeded.largest, expectedRows: seeded.stats.users });
  for (const [name, r] of Object.entries(exported)) {
    log(`  ${name}: ${r.rows} rows in ${r.seconds.toFixed(2)} s, API RSS ${mib(r.rssBefore)} -> peak ${mib(r.peakRss)}`);
  }
  const hwm = api.memory().hwm;
  machine.loadAfter = loadavg()[0];

  // The report.
  const hash = hashRuns.reduce((a, b) => (b.verify.p50 < a.verify.p50 ? b : a));
  const ceiling = cores / (hash.verify.p50 / 1000);
  const L = loginResults;
  const loginRows = Object.values(L).map((r) => [
    r.label,
    r.unit === "login" ? `${num(r.opsPerSec, 1)} logins/s` : num(r.opsPerSec, 1),
    num(r.reqPerSec, 1),
    ms(r.latency.p50),
    ms(r.latency.p95),
    ms(r.latency.p99),
    `${r.errors}${r.exhausted ? "*" : ""}`,
    r.key === "twoStep" ? `${hot.password?.length ?? "?"}+${hot.totp?.length ?? "?"}` : String(hot[r.key]?.length ?? "?"),
    mib(r.peakRss),
    r.cpu ? `${num(r.cpu.api)}/${num(r.cpu.db)}/${num(r.cpu.load)}/${num(r.cpu.other)}` : "-",
  ]);
  const loginHeaders = ["scenario", "ops/s", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "SQL/op", "API peak RSS", "CPU % API/DB/load/other"];
  const hashRows = [
    ["argon2id verify (19 MiB, t=2, p=1), one at a time", ms(hash.verify.p50), ms(hash.verify.p95), `${num(ceiling, 1)} logins/s (${cores} cores / ${ms(hash.verify.p50)} ms)`, `${num(hash.parallelPerSec, 1)}/s`, hashRuns.map((h) => ms(h.verify.p50)).join(", ")],
  ];
  const hashHeaders = ["password hash alone", "p50 ms", "p95 ms", "hash-bound ceiling", `${hash.parallel} at once`, "p50 of each measurement"];
  const adminRows = adminResults.map((r) => [r.label, r.latency.n, ms(r.latency.p50), ms(r.latency.p95), ms(r.latency.max), describeCount(r.statements), r.note]);
  const adminHeaders = [`admin operation (${seeded.stats.users} mailboxes)`, "runs", "p50 ms", "p95 ms", "max ms", "SQL statements", "result"];

  const mailboxRuns = adminResults.filter((r) => r.group === "mailboxes");
  const worstMailbox = mailboxRuns.reduce((a, b) => (b.latency.p95 > a.latency.p95 ? b : a));
  const counted = mailboxRuns.every((r) => r.statements);
  const maxStatements = counted ? Math.max(...mailboxRuns.map((r) => r.statements.length)) : NaN;
  const find = (key) => adminResults.find((r) => r.key === key);
  const valid = (r) => r.errors === 0;
  const targets = [
    ...(L.password
      ? [
          [
            "two-step login >= 90 % of what the hash alone reaches at once",
            `${num(L.twoStep.opsPerSec, 1)} / ${num(hash.parallelPerSec, 1)} = ${num((100 * L.twoStep.opsPerSec) / hash.parallelPerSec)} %`,
            valid(L.twoStep) && L.twoStep.opsPerSec >= 0.9 * hash.parallelPerSec,
          ],
          [
            "password step >= 95 % of what the hash alone reaches at once",
            `${num(L.password.opsPerSec, 1)} / ${num(hash.parallelPerSec, 1)} = ${num((100 * L.password.opsPerSec) / hash.parallelPerSec)} % (${num((100 * L.password.opsPerSec) / ceiling)} % of ${cores} cores / hash time)`,
            valid(L.password) && L.password.opsPerSec >= 0.95 * hash.parallelPerSec,
          ],
          ["TOTP step >= 25 % of no-op throughput", `${num(L.totp.opsPerSec, 1)} / ${num(L.noop.opsPerSec, 1)} = ${num((100 * L.totp.opsPerSec) / L.noop.opsPerSec)} %`, valid(L.totp) && valid(L.noop) && L.totp.opsPerSec >= 0.25 * L.noop.opsPerSec],
          ["TOTP step <= 3 round trips", `${hot.totp?.length ?? "?"} round trips`, (hot.totp?.length ?? 99) <= 3],
          ["API peak RSS under login load <= 250 MiB", mib(Math.max(...Object.values(L).map((r) => r.peakRss))), Math.max(...Object.values(L).map((r) => r.peakRss)) <= 250 * 2 ** 20],
        ]
      : []),
    ["mailboxes page p95 <= 25 ms (every filter)", `worst p95 ${ms(worstMailbox.latency.p95)} ms (${worstMailbox.label.replace("mailboxes page of 100, ", "")})`, mailboxRuns.every((r) => r.latency.p95 <= 25)],
    ["mailboxes page <= 3 statements", counted ? `up to ${maxStatements} statements (the session lookup included)` : "not counted (no access to the general log)", counted && maxStatements <= 3],
    ["domains tree with coverage p95 <= 25 ms", `p95 ${ms(find("domains").latency.p95)} ms`, find("domains").latency.p95 <= 25],
    ["policyImpact p95 <= 50 ms", `p95 ${ms(find("impact").latency.p95)} ms`, find("impact").latency.p95 <= 50],
    ["audit log first page p95 <= 25 ms", `p95 ${ms(find("audit").latency.p95)} ms`, find("audit").latency.p95 <= 25],
    ["CSV export of the whole tenant <= 10 s, API memory growth <= 64 MiB", `${num(exported.tenant.seconds, 1)} s, +${mib(exported.tenant.growth)}`, exported.tenant.seconds <= 10 && exported.tenant.growth <= 64 * 2 ** 20],
    ["REQUIRED switch on largest domain <= 1 s", `p95 ${ms(find("switch").latency.p95)} ms`, find("switch").latency.p95 <= 1000],
  ].map(([t, m, ok]) => [t, m, ok ? "met" : "NOT met"]);
  const targetHeaders = ["target", "measured", ""];
  const exportHeaders = ["mailboxes CSV export", "rows", "MiB", "seconds", "rows/s", "API RSS before", "API peak RSS", "growth"];
  const exportRows = [
    [`every domain in turn (the whole tenant)`, exported.tenant],
    [`the largest domain alone`, exported.largest],
  ].map(([label, r]) => [label, r.rows, num(r.bytes / 2 ** 20, 1), num(r.seconds, 2), num(r.rows / r.seconds), mib(r.rssBefore), mib(r.peakRss), mib(r.growth)]);

  const invalid = Object.values(L).filter((r) => r.errors > 0);
  const disturbed = [
    ...Object.values(L).filter((r) => r.cpu && r.cpu.other > 10).map((r) => `${r.key} ${num(r.cpu.other)} %`),
    ...(adminCpu.other > 10 ? [`admin pages ${num(adminCpu.other)} %`] : []),
  ];
  const disturbance = disturbed.length
    ? `WARNING: other processes on this machine used CPU during the measurements (${disturbed.join(", ")} of ${cores} cores): the figures are lower than on an idle machine.`
    : "";
  const header = [
    `MFA service benchmark — ${new Date().toISOString()}`,
    `machine: ${cores} cores (${machine.cpu}), ${machine.memory} RAM, Node ${machine.node}, MariaDB ${machine.mariadb} (${machine.dbConfig}); ${num(machine.busyBefore)} % busy before the run`,
    `data: ${seeded.stats.users} mailboxes in ${seeded.domains.length} domains (+2 of a second tenant), ${((100 * seeded.stats.enrolled) / seeded.stats.users).toFixed(1)} % enrolled, ${seeded.stats.locked} locked, ` +
      `${seeded.stats.sessions} sessions, ${seeded.stats.audit} audit events; largest domain ${seeded.largest.mailboxes} mailboxes; seeded in ${seedSeconds.toFixed(0)} s`,
    `load: ${settings.concurrency} concurrent clients in a separate process, ${settings.warmupMs / 1000} s warm-up + ${settings.durationMs / 1000} s per scenario; API: ${client.instances === 1 ? "one process" : `${client.instances} processes, one on each node, requests sent to each in turn`}, NODE_ENV=production, DB pool 10`,
  ];
  const text = [
    "",
    ...header,
    "",
    table(loginHeaders, loginRows),
    invalid.length ? `\nINVALID: ${invalid.map((r) => `${r.label}: ${r.errors} errors (${r.samples[0]})`).join("; ")}` : "",
    Object.values(L).some((r) => r.exhausted) ? "* input used up before the end of the period (the rate is over the shorter period)" : "",
    `API RSS: ${mib(rssAtStart)} after start, peak ${mib(hwm)} (VmHWM). CPU: share of all ${cores} cores during the measured period (other = processes outside this benchmark${db.serverPid ? "" : ", and the database"}).`,
    "",
    table(hashHeaders, hashRows),
    "",
    table(adminHeaders, adminRows),
    "",
    table(exportHeaders, exportRows),
    `CPU during the admin timings: API ${num(adminCpu.api)} %, DB ${num(adminCpu.db)} %, harness ${num(adminCpu.load)} %, other processes ${num(adminCpu.other)} % of ${cores} cores.`,
    "",
    table(targetHeaders, targets),
    disturbance,
    "",
  ].filter((l) => l !== "").join("\n");
  process.stdout.write(`${text}\n\n`);

  // Full detail for the findings.
  const md = [
    `# Benchmark run ${new Date().toISOString()}`,
    "",
    ...header.map((h) => `- ${h}`),
    "",
    "## Login throughput",
    "",
    markdownTable(loginHeaders, loginRows),
    "",
    `API RSS: ${mib(rssAtStart)} after start, peak ${mib(hwm)} (VmHWM).`,
    "",
    markdownTable(hashHeaders, hashRows),
    "",
    "## Admin pages",
    "",
    markdownTable(adminHeaders, adminRows),
    "",
    markdownTable(exportHeaders, exportRows),
    "",
    `CPU during the admin timings: API ${num(adminCpu.api)} %, DB ${num(adminCpu.db)} %, harness ${num(adminCpu.load)} %, other processes ${num(adminCpu.other)} % of ${cores} cores.`,
    "",
    "## Targets",
    "",
    markdownTable(targetHeaders, targets),
    "",
    disturbance,
    "",
    "## Statements per hot-path request",
    "",
    ...Object.entries(hot).flatMap(([k, s]) => [`### ${k}: ${describeCount(s)}`, "", "```sql", ...(s ?? []).map((x) => x.sql.slice(0, 400)), "```", ""]),
    "## Statements and plans per admin operation",
    "",
    ...adminResults.flatMap((r) => [
      `### ${r.label}: ${describeCount(r.statements)}, p50 ${ms(r.latency.p50)} ms, p95 ${ms(r.latency.p95)} ms`,
      "",
      "```sql",
      ...(r.statements ?? []).map((x) => x.sql.slice(0, 600)),
      "```",
      "",
      ...r.explained.flatMap((e) => [`${e.kind}${e.ms !== null ? ` alone: ${ms(e.ms)} ms` : ""} — \`${e.sql.slice(0, 160)}${e.sql.length > 160 ? " ..." : ""}\``, "", "```", formatExplain(e.explain), "```", ""]),
    ]),
  ].join("\n");
  mkdirSync(outDir, { recursive: true });
  const report = db.galera ? "latest-galera" : "latest";
  writeFileSync(join(outDir, `${report}.md`), md);
  writeFileSync(
    join(outDir, `${report}.json`),
    JSON.stringify(
      {
        machine,
        settings,
        seed: { ...seeded.stats, seconds: seedSeconds, largest: seeded.largest.mailboxes },
        hash: { verify: hash.verify, ceiling, parallelPerSec: hash.parallelPerSec, runs: hashRuns.map((h) => h.verify) },
        profiles,
        login: Object.fromEntries(Object.entries(L).map(([k, r]) => [k, { opsPerSec: r.opsPerSec, reqPerSec: r.reqPerSec, latency: r.latency, errors: r.errors, exhausted: r.exhausted, peakRss: r.peakRss, seconds: r.seconds, cpu: r.cpu }])),
        admin: adminResults.map((r) => ({ key: r.key, latency: r.latency, statements: r.statements?.length ?? null, note: r.note })),
        export: exported,
        rss: { start: rssAtStart, peak: hwm },
        adminCpu,
        targets,
      },
      null,
      2,
    ),
  );
  log(`details: bench/results/${db.galera ? "latest-galera" : "latest"}.md; total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return invalid.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`benchmark failed: ${error.stack ?? error.message}\n`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
