import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../../support/api-client.js";
import { startBuiltServer } from "../../support/built-server.js";
import { LOGIN } from "../../support/mfa-flows.js";
import { cookiesOf, nextAddress, startOutcome } from "./review-kit.js";
import { newPassword, type World } from "./world.js";

const ENGINE_OR_VERSION = /sqlite|mariadb|mysql|\b\d+\.\d+(?:\.\d+)?\b/gi;
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

/**
 * Finding 7 of the security review, deployment footguns: production on the embedded database seeded the demo
 * tenant and printed its password; TRUST_PROXY=true crashed at start and TRUST_PROXY=1 meant the address 0.0.0.1;
 * the data folder and database file were world-readable; the session cookie had no __Host- prefix and there was no
 * HSTS; the unauthenticated health answer named the database engine and version.
 */
export function deploymentProperty(world: World): void {
  describe("finding 7, deployment: safe starts, a validated proxy setting, private files, Secure cookies", () => {
    const figure = world.figures.of("7 deployment");
    let domain: string;

    beforeAll(async () => {
      domain = await world.domain(figure, "OFF");
    });

    afterAll(async () => {
      figure.checks = await world.db.passcodeChecks(figure.users);
    });

    /** The address the audit log recorded for the last failed password of `username`. */
    const auditedAddress = async (username: string) =>
      (
        await world.db.rows<{ ip: string | null }>(
          "SELECT ip FROM audit_events WHERE action = 'LOGIN_PASSWORD_FAILED' AND target_user_id = (SELECT id FROM users WHERE username = ?) ORDER BY created_at DESC LIMIT 1",
          [username],
        )
      )[0]?.ip ?? null;

    /** A failed password from `address` (through the proxy) at `api`, and the address the audit log shows for it. */
    async function failedLoginFrom(api: ApiClient, forwardedFor: string): Promise<string | null> {
      const user = await world.mailbox(figure, domain, "proxied");
      await api.from(forwardedFor).gql(LOGIN, { input: { username: user.username, password: "Not-the-password-7" } });
      return auditedAddress(user.username);
    }

    it("X-Forwarded-For counts only through TRUST_PROXY: `true` stops the start naming it, `1` honours one hop, `loopback` and an address list are accepted", async () => {
      const [a] = world.pair(figure);
      const [spoofed, forwarded] = [nextAddress(), nextAddress()];
      const oneHop = await failedLoginFrom(a, `${spoofed}, ${forwarded}`);

      const refused = await startOutcome({ ...world.instanceEnv(world.databaseUrl), SEED_DEMO: "false", TRUST_PROXY: "true" }, world.otherLogs);
      const accepted: Record<string, string | null> = {};
      const expected: Record<string, string> = {};
      for (const setting of ["loopback", "127.0.0.1,::1"]) {
        const server = await startBuiltServer({ ...world.instanceEnv(world.databaseUrl), SEED_DEMO: "false", TRUST_PROXY: setting });
        try {
          const client = new ApiClient(server.url, `TRUST_PROXY=${setting}`, figure, world.ledger);
          expected[setting] = nextAddress();
          accepted[setting] = await failedLoginFrom(client, expected[setting]);
        } finally {
          world.otherLogs.push(server.output());
          await server.stop();
        }
      }
      figure.notes.push(`TRUST_PROXY=1 with X-Forwarded-For "${spoofed}, ${forwarded}": audited as ${oneHop}`);
      expect({
        "TRUST_PROXY=1": oneHop,
        "TRUST_PROXY=true": { started: refused.started, exitedNonZero: (refused.exitCode ?? 0) !== 0, namesTrustProxy: refused.output.includes("TRUST_PROXY") },
        accepted,
      }).toEqual({
        "TRUST_PROXY=1": forwarded,
        "TRUST_PROXY=true": { started: false, exitedNonZero: true, namesTrustProxy: true },
        accepted: expected,
      });
    });

    it("production on the embedded database asking for demo data refuses to start, naming DATABASE_URL and SEED_DEMO, and prints no password", async () => {
      const { DATABASE_URL: _shared, ...env } = world.instanceEnv(world.databaseUrl);
      const passwords = [newPassword(), newPassword()];
      const run = await startOutcome({ ...env, NODE_ENV: "production", SEED_DEMO: "true", DEMO_ADMIN_PASSWORD: passwords[0] as string, DEMO_USER_PASSWORD: passwords[1] as string });
      expect({
        started: run.started,
        exitedNonZero: (run.exitCode ?? 0) !== 0,
        namesDatabaseUrl: run.output.includes("DATABASE_URL"),
        namesSeedDemo: run.output.includes("SEED_DEMO"),
        printsAPassword: passwords.some((p) => run.output.includes(p)) || /Sign in with:|admin\s+admin \//.test(run.output),
      }).toEqual({ started: false, exitedNonZero: true, namesDatabaseUrl: true, namesSeedDemo: true, printsAPassword: false });
    });

    it("a fresh data folder is created 0700, and the database file and the seal-keys file 0600", async () => {
      const parent = mkdtempSync(join(tmpdir(), "mfa-attack-data-"));
      const dataDir = join(parent, "data");
      const server = await startBuiltServer({ DATA_DIR: dataDir, SEED_DEMO: "false", LOG_LEVEL: "warn" });
      try {
        expect({ folder: mode(dataDir), database: mode(join(dataDir, "mfa.sqlite")), sealKeys: mode(join(dataDir, "seal-keys")) }).toEqual({
          folder: "700",
          database: "600",
          sealKeys: "600",
        });
      } finally {
        await server.stop();
        rmSync(parent, { recursive: true, force: true });
      }
    });

    it("served as Secure (a real host name, or X-Forwarded-Proto https through the proxy): __Host-mfa_session with Secure; Path=/ and no Domain, only __Host- cookies, and HSTS", async () => {
      const [a, b] = world.pair(figure);
      const user = await world.mailbox(figure, domain, "secure");
      const body = JSON.stringify({ query: LOGIN, variables: { input: { username: user.username, password: user.password, cookie: true } } });
      const seen: Record<string, unknown> = {};
      for (const [how, api, headers] of [
        ["Host: mfa.attack.example", a, { host: "mfa.attack.example" }],
        ["X-Forwarded-Proto: https", b, { "x-forwarded-proto": "https" }],
      ] as const) {
        const answer = await api.from(nextAddress()).http("/graphql", body, { "content-type": "application/json", ...headers });
        const cookies = cookiesOf(answer.setCookie);
        const hsts = answer.headers["strict-transport-security"];
        seen[how] = {
          sessionCookie: [...cookies.keys()].find((name) => name.endsWith("mfa_session")) ?? "none",
          // Every cookie set (the session's, a known-browser one): __Host-, Secure, Path=/, no Domain.
          notHostPrefixed: [...cookies]
            .filter(([name, c]) => c.value !== "" && (!name.startsWith("__Host-") || !c.attributes.has("secure") || c.attributes.get("path") !== "/" || c.attributes.has("domain")))
            .map(([name]) => name),
          hsts: typeof hsts === "string" && /max-age=[1-9]\d*/.test(hsts),
        };
      }
      expect(seen).toEqual({
        "Host: mfa.attack.example": { sessionCookie: "__Host-mfa_session", notHostPrefixed: [], hsts: true },
        "X-Forwarded-Proto: https": { sessionCookie: "__Host-mfa_session", notHostPrefixed: [], hsts: true },
      });
    });

    it("unauthenticated, the health query and /readyz name neither the database engine nor a version", async () => {
      const [a, b] = world.pair(figure);
      const full = await a.gql("{ health { status database version } }");
      const status = await b.gql<{ health: { status: string } }>("{ health { status } }");
      const ready = await a.get("/readyz");
      const leaks = [full.text, status.text, ready.text].flatMap((text) => [...text.matchAll(ENGINE_OR_VERSION)].map((m) => m[0]));
      expect({ leaks, status: status.body.data?.health.status, ready: ready.status }).toEqual({ leaks: [], status: "ok", ready: 200 });
    });
  });
}
