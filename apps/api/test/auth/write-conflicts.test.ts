import { createConnection, type Connection, type ConnectionOptions, type RowDataPacket } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPLETE, codeOf, createMailbox, createTenant, enrolTotp, login, oathtool } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";

const FILLER_IP = "192.0.2.99";

/**
 * The success transaction of a sign-in (spend the code, complete the challenge, reset the counter, then the session
 * and its audit, then COMMIT) made the victim of a real deadlock on MariaDB, as a Galera node makes the loser of a
 * conflict with another node's commit: it holds its rows and waits to insert the session; another transaction holds
 * the sessions table and reaches for the user's row. InnoDB rolls the lighter one back (ours: the other one is made
 * heavy first), and the sign-in runs its transaction again from the start, deciding again on what is committed then.
 */
describe("a sign-in whose success transaction loses a deadlock on mariadb", () => {
  let t: TestServer;
  let db: Connection;
  let options: ConnectionOptions;

  beforeAll(async () => {
    // The sign-in waits on the other transaction's locks by design here: a slow machine must not turn that into a timeout.
    t = await startTestServer("mariadb", { DATABASE_QUERY_TIMEOUT_MS: "30000" });
    const url = new URL(t.database.env.DATABASE_URL as string);
    options = { host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), database: url.pathname.slice(1) };
    db = await createConnection(options);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await db.query<RowDataPacket[]>(sql, params))[0][0] as T);
  const deadlocks = async () => Number((await one<{ Value: string }>("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")).Value);

  /**
   * Opens the other transaction: heavy (a few hundred rows written), holding the sessions table, so that the
   * sign-in's session insert waits. Returns a function that closes the cycle by reaching for the user's row.
   */
  async function blocker(userId: string, accountId: string): Promise<{ closeCycle(sql: string, params: unknown[]): Promise<void> }> {
    const other = await createConnection(options);
    await other.query("START TRANSACTION");
    await other.query(
      "INSERT INTO audit_events (id, account_id, actor_id, target_user_id, action, outcome, detail, ip, created_at) SELECT UUID(), ?, NULL, NULL, 'DOMAIN_CREATED', 'SUCCESS', NULL, ?, 0 FROM information_schema.COLLATIONS LIMIT 300",
      [accountId, FILLER_IP],
    );
    await other.query("SELECT id FROM sessions FOR UPDATE");
    return {
      async closeCycle(sql, params) {
        try {
          await other.query(sql, params);
          await other.query("DELETE FROM audit_events WHERE ip = ?", [FILLER_IP]);
          await other.query("COMMIT");
        } finally {
          await other.end();
        }
      },
    };
  }

  /** Until the sign-in's session insert runs (it can only be waiting: the other transaction holds the table). */
  async function waitForSessionInsert(): Promise<void> {
    for (let i = 0; i < 2000; i++) {
      const n = Number((await one<{ n: number }>("SELECT COUNT(*) AS n FROM information_schema.processlist WHERE id <> CONNECTION_ID() AND info LIKE 'INSERT INTO sessions%'")).n);
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("the sign-in never reached its session insert");
  }

  async function signInUnderDeadlock(prefix: string, closing: (userId: string) => [string, unknown[]]) {
    const tenant = await createTenant(t, "OPTIONAL");
    const username = await createMailbox(t, tenant, prefix);
    const { secret, verifiedAtMs, deviceId } = await enrolTotp(t, username);
    const user = await one<{ id: string }>("SELECT id FROM users WHERE username = ?", [username]);
    const step1 = await login(t, username);
    const count = async (q: string) => Number((await one<{ n: number }>(q, [user.id])).n);
    const mfaSessions = () => count("SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? AND mfa_passed = 1");
    const before = {
      deadlocks: await deadlocks(),
      step: (await one<{ s: number | null }>("SELECT last_time_step AS s FROM devices WHERE id = ?", [deviceId])).s,
      mfaSessions: await mfaSessions(),
    };
    const other = await blocker(user.id, tenant.accountId);
    const answer = t.gql<{ completeLogin: { token: string } }>(COMPLETE, { input: { challengeId: step1.challengeId, passcode: oathtool(secret, verifiedAtMs + 30_000) } });
    const answeredEarly = answer.then((r) => {
      throw new Error(`the sign-in answered before it waited: ${JSON.stringify(r.body)}`);
    });
    try {
      await Promise.race([waitForSessionInsert(), answeredEarly]);
    } catch (error) {
      await other.closeCycle("SELECT 1", []);
      throw error;
    }
    answeredEarly.catch(() => undefined);
    const [sql, params] = closing(user.id);
    await other.closeCycle(sql, params);
    const res = await answer;
    return {
      res,
      deadlocks: (await deadlocks()) - before.deadlocks,
      stepBefore: before.step,
      step: (await one<{ s: number | null }>("SELECT last_time_step AS s FROM devices WHERE id = ?", [deviceId])).s,
      mfaSessions: (await mfaSessions()) - before.mfaSessions,
      successes: await count("SELECT COUNT(*) AS n FROM audit_events WHERE target_user_id = ? AND action = 'LOGIN_SUCCEEDED' AND detail NOT LIKE '%\"factor\":\"PASSWORD\"%'"),
      failures: await count("SELECT mfa_failures AS n FROM users WHERE id = ?"),
    };
  }

  it("runs again from the start and signs in once, when the other transaction changed nothing it decides on", async () => {
    const out = await signInUnderDeadlock("conflict-retry", (userId) => ["UPDATE users SET display_name = display_name WHERE id = ?", [userId]]);
    expect({
      deadlocks: out.deadlocks,
      token: typeof out.res.body.data?.completeLogin?.token,
      mfaSessions: out.mfaSessions,
      successes: out.successes,
      failures: out.failures,
      stepSpent: out.step !== out.stepBefore,
    }).toEqual({ deadlocks: 1, token: "string", mfaSessions: 1, successes: 1, failures: 0, stepSpent: true });
  });

  it("is never reported as passed when the state it decided on changed: locked meanwhile, the retry refuses and spends nothing", async () => {
    const out = await signInUnderDeadlock("conflict-locked", (userId) => ["UPDATE users SET mfa_locked_at = 1 WHERE id = ?", [userId]]);
    expect({
      deadlocks: out.deadlocks,
      code: codeOf(out.res.body.errors),
      mfaSessions: out.mfaSessions,
      successes: out.successes,
      stepSpent: out.step !== out.stepBefore,
    }).toEqual({ deadlocks: 1, code: "ACCOUNT_LOCKED", mfaSessions: 0, successes: 0, stepSpent: false });
  });
});
