/** The compiled API as a child process: start, wait until ready, sample its memory, stop. */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { builtEntry } from "./built.mjs";

function readStatus(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

export const BENCH_MAIL_AUTH_KEY = randomBytes(24).toString("base64url");

export async function startApi({ port, databaseUrl, sealKeys, dataDir, log, inspectPort = null, extraEnv = {} }) {
  const main = builtEntry("@mfa/api/main");
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MFA_SEAL_KEYS: sealKeys,
    SEED_DEMO: "false",
    // The load comes straight from this machine: no proxy in front.
    TRUST_PROXY: "0",
    LOG_LEVEL: "warn",
    DATA_DIR: dataDir,
    // Production refuses the outbox sender. The benchmark's users sign in with authenticator apps, so the provider is
    // configured but never called (an unroutable local address: a stray text would fail, not leave the machine).
    SMS_SENDER: "twilio",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "benchmark-never-sends",
    TWILIO_FROM: "+15005550006",
    TWILIO_BASE_URL: "http://127.0.0.1:9",
    // Production refuses the email outbox too: an SMTP server is configured (never reached: nothing listens there).
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: "smtp://127.0.0.1:9",
    MAIL_FROM: "no-reply@example.com",
    CONSOLE_URL: "https://mfa.example.com",
    // The mail servers' key: the mail-auth scenarios ask POST /mail-auth/v1/check with it.
    MAIL_AUTH_KEY: BENCH_MAIL_AUTH_KEY,
    ...(process.env.BENCH_API_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.BENCH_API_POOL_SIZE } : {}),
    // The soak's: a local Twilio that does receive the texts, and SMS budgets for its sign-ins.
    ...extraEnv,
  };
  // The inspector (loopback only) when a scenario is profiled: see lib/profile.mjs.
  const nodeArgs = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, main], { cwd: dataDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = { code, signal };
  });

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the API exited during start-up (${JSON.stringify(exited)}):\n${output}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API did not become ready within 60 s:\n${output}`);
    }
    await sleep(200);
  }
  log(`API ready at ${base} (pid ${child.pid})`);

  let sampler = null;
  let peak = 0;
  return {
    base,
    pid: child.pid,
    output: () => output,
    memory: () => readStatus(child.pid),
    /** Samples the resident set every 100 ms until stopSampling(); returns the peak seen. */
    startSampling() {
      peak = readStatus(child.pid).rss;
      sampler = setInterval(() => {
        const { rss } = readStatus(child.pid);
        if (rss > peak) peak = rss;
      }, 100);
    },
    stopSampling() {
      if (sampler) clearInterval(sampler);
      sampler = null;
      const { rss } = readStatus(child.pid);
      return Math.max(peak, Number.isFinite(rss) ? rss : 0);
    },
    async stop() {
      if (exited) return;
      child.kill("SIGTERM");
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      if (!exited) child.kill("SIGKILL");
    },
  };
}

/**
 * Several instances seen as one by the harness (the Galera mode: one on each node): every base and process id,
 * the largest resident set of any instance, and one stop for all.
 */
export function groupApis(apis) {
  if (apis.length === 1) return apis[0];
  const most = (pick) => Math.max(...apis.map(pick));
  return {
    base: apis.map((a) => a.base),
    pid: apis.map((a) => a.pid),
    output: () => apis.map((a) => a.output()).join("\n"),
    memory: () => ({ rss: most((a) => a.memory().rss), hwm: most((a) => a.memory().hwm) }),
    startSampling: () => apis.forEach((a) => a.startSampling()),
    stopSampling: () => most((a) => a.stopSampling()),
    stop: () => Promise.all(apis.map((a) => a.stop())),
  };
}
