import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, startBuiltServer, type RunningServer } from "../support/built-server.js";
import { createMariaDatabase } from "../support/database.js";
import { apiDir, assertBuilt, repoRoot } from "../support/paths.js";

/** An SMS provider and a mail server, configured but never reached here (production refuses the development outboxes). */
const PROVIDERS = {
  SMS_SENDER: "twilio",
  TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
  TWILIO_AUTH_TOKEN: "not-used-by-this-test",
  TWILIO_FROM: "+15005550006",
  TWILIO_BASE_URL: "http://127.0.0.1:9",
  MAIL_TRANSPORT: "smtp",
  SMTP_URL: "smtp://127.0.0.1:9",
  MAIL_FROM: "no-reply@example.com",
  CONSOLE_URL: "https://mfa.example.com",
};

/** Runs the documented production start (`npm run start:prod` at the root) until it exits or 20 s pass. */
function startProd(env: Record<string, string>): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn("npm", ["run", "--silent", "start:prod"], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), PORT: "0", DATA_DIR: mkdtempSync(join(tmpdir(), "mfa-prod-")), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, output });
    });
  });
}

/** The settings a refusal names, in the order it names them. */
const named = (output: string) => [...output.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);

describe("the production start (npm run start:prod)", () => {
  beforeAll(() => assertBuilt());

  it("refuses an empty environment, naming every setting production needs, with a non-zero exit", async () => {
    const run = await startProd({});
    expect({ exitCode: run.exitCode, named: named(run.output), listening: /running at/.test(run.output) }).toEqual({
      exitCode: 2,
      named: ["DATABASE_URL", "MFA_SEAL_KEYS", "SMS_SENDER", "MAIL_TRANSPORT", "TRUST_PROXY"],
      listening: false,
    });
  });

  it("refuses the test clock (CLOCK_OFFSET_FILE): only end-to-end tests move the time", async () => {
    const run = await startProd({
      DATABASE_URL: "mariadb://mfa@127.0.0.1:1/mfa",
      MFA_SEAL_KEYS: `k1:${randomBytes(32).toString("base64")}`,
      TRUST_PROXY: "1",
      ...PROVIDERS,
      CLOCK_OFFSET_FILE: join(mkdtempSync(join(tmpdir(), "mfa-clock-")), "offset"),
    });
    expect({ exitCode: run.exitCode, named: named(run.output), listening: /running at/.test(run.output) }).toEqual({ exitCode: 2, named: ["CLOCK_OFFSET_FILE"], listening: false });
  });

  it("refuses unsafe settings next to good ones: demo data, the SMS provider over plain http, a malformed port", async () => {
    const run = await startProd({
      DATABASE_URL: "mariadb://mfa@127.0.0.1:1/mfa",
      MFA_SEAL_KEYS: `k1:${randomBytes(32).toString("base64")}`,
      TRUST_PROXY: "1",
      ...PROVIDERS,
      TWILIO_BASE_URL: "http://sms.example",
      SEED_DEMO: "true",
      PORT: "eighty",
    });
    expect({ exitCode: run.exitCode, named: named(run.output) }).toEqual({ exitCode: 2, named: ["PORT", "TWILIO_BASE_URL", "SEED_DEMO"] });
  });

  describe("with what production needs, on MariaDB", () => {
    let server: RunningServer;
    let drop: () => Promise<void>;
    let env: Record<string, string>;
    const metricsToken = randomBytes(24).toString("hex");
    beforeAll(async () => {
      const db = await createMariaDatabase();
      drop = db.drop;
      env = { NODE_ENV: "production", DATABASE_URL: db.url, MFA_SEAL_KEYS: `k1:${randomBytes(32).toString("base64")}`, TRUST_PROXY: "0", ...PROVIDERS };
      server = await startBuiltServer({ ...env, METRICS_TOKEN: metricsToken });
    });
    afterAll(async () => {
      await server?.stop();
      await drop?.();
    });

    it("starts, is ready, and has created no demo data", async () => {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      expect(server.output()).not.toMatch(/Demo|Sign in with|playground/);
      const login = await graphql<{ login: { __typename: string } }>(server.url, `mutation { login(input: { username: "admin", password: "x" }) { __typename } }`);
      expect(login.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    });

    it("serves no playground and refuses introspection", async () => {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(404);
      const introspection = await graphql(server.url, "{ __schema { queryType { name } } }");
      expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("serves /metrics to the bearer of METRICS_TOKEN only", async () => {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^mfa_db_pool_size 10$/m);
    });

    it("runs the re-seal command from the build with the API's environment, a new key active: nothing to move on a new database", async () => {
      const keys = `${env.MFA_SEAL_KEYS},k2:${randomBytes(32).toString("base64")}`;
      const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
        execFile(process.execPath, [join(apiDir, "dist/cli/reseal.js")], { env: { PATH: process.env.PATH ?? "", ...env, MFA_SEAL_KEYS: keys } }, (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: stdout + stderr }),
        );
      });
      expect(run.output).toMatch(/Re-sealing under key "k2" \(configured keys: k1, k2\)/);
      expect(run.output).toMatch(/Every sealed value is under key "k2"/);
      expect(run.code).toBe(0);
    });
  });
});
