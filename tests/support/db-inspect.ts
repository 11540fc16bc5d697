import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createConnection, createPool, type Pool, type RowDataPacket } from "mysql2/promise";

const run = promisify(execFile);

/** What the tests read of a user's row. */
export interface UserState {
  id: string;
  mfaFailures: number;
  locked: boolean;
  mfaEnabled: boolean;
}

/**
 * A direct look into the API's MariaDB database: the tests read state to prove what the API wrote (or did not),
 * and dump it to scan for secrets. The API itself is only ever driven over HTTP.
 */
export class DbInspector {
  private readonly pool: Pool;
  private readonly target: URL;

  constructor(databaseUrl: string) {
    this.target = new URL(databaseUrl.replace(/^mariadb:/, "mysql:"));
    this.pool = createPool({
      host: this.target.hostname,
      port: Number(this.target.port || 3306),
      user: decodeURIComponent(this.target.username),
      password: decodeURIComponent(this.target.password),
      database: this.target.pathname.slice(1),
      connectionLimit: 4,
      connectTimeout: 5_000,
    });
  }

  get databaseName(): string {
    return this.target.pathname.slice(1);
  }

  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>(sql, params);
    return rows as T[];
  }

  async user(username: string): Promise<UserState> {
    const rows = await this.rows<{ id: string; mfa_failures: number | string; mfa_locked_at: unknown; mfa_enabled: number | boolean }>(
      "SELECT id, mfa_failures, mfa_locked_at, mfa_enabled FROM users WHERE username = ?",
      [username],
    );
    const row = rows[0];
    if (!row) throw new Error(`no user ${username}`);
    return { id: row.id, mfaFailures: Number(row.mfa_failures), locked: row.mfa_locked_at !== null, mfaEnabled: Boolean(Number(row.mfa_enabled)) };
  }

  /** Audit events of one action about a user. */
  async auditCount(username: string, action: string): Promise<number> {
    const rows = await this.rows<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM audit_events WHERE action = ? AND target_user_id = (SELECT id FROM users WHERE username = ?)",
      [action, username],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Sessions ever issued to a user, and how many of them are live (not revoked). */
  async sessions(username: string): Promise<{ total: number; live: number }> {
    const rows = await this.rows<{ total: number | string; live: number | string | null }>(
      "SELECT COUNT(*) AS total, SUM(CASE WHEN revoked_at IS NULL THEN 1 ELSE 0 END) AS live FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)",
      [username],
    );
    return { total: Number(rows[0]?.total ?? 0), live: Number(rows[0]?.live ?? 0) };
  }

  /**
   * Second-factor checks the server made for these users: every failed passcode and every login that passed
   * a second factor, as its audit log records them.
   */
  async passcodeChecks(usernames: Iterable<string>): Promise<number> {
    const names = [...usernames];
    if (names.length === 0) return 0;
    const rows = await this.rows<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM audit_events e JOIN users u ON u.id = e.target_user_id
        WHERE u.username IN (?) AND (e.action = 'LOGIN_PASSCODE_FAILED' OR (e.action = 'LOGIN_SUCCEEDED' AND e.detail NOT LIKE '%"factor":"PASSWORD"%'))`,
      [names],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Holds row locks taken by `sql` (a SELECT ... FOR UPDATE) in an open transaction on a connection of its own, so
   * that the API's next write to those rows waits: the test then knows exactly where a request stands.
   */
  async holdLock(sql: string, params: unknown[]): Promise<{ release(): Promise<void> }> {
    const conn = await createConnection({
      host: this.target.hostname,
      port: Number(this.target.port || 3306),
      user: decodeURIComponent(this.target.username),
      password: decodeURIComponent(this.target.password),
      database: this.databaseName,
    });
    // The server may be killed while the lock is held: the dropped connection is expected.
    conn.on("error", () => undefined);
    await conn.query("START TRANSACTION");
    await conn.query(sql, params);
    return {
      async release() {
        await conn.query("ROLLBACK").catch(() => undefined);
        conn.destroy();
      },
    };
  }

  /**
   * Waits until another connection runs a write to `table` (with the rows held by `holdLock`, it can only be waiting
   * for them): the request under test has reached that write and goes no further.
   */
  async waitForBlockedWrite(table: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const rows = await this.rows<{ n: number | string }>(
        `SELECT COUNT(*) AS n FROM information_schema.processlist
          WHERE id <> CONNECTION_ID() AND info LIKE ? AND (info LIKE 'UPDATE%' OR info LIKE 'INSERT%' OR info LIKE 'DELETE%' OR info LIKE '%FOR UPDATE%')`,
        [`%${table}%`],
      );
      if (Number(rows[0]?.n) > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no write to ${table} started within ${timeoutMs} ms`);
  }

  /** A dump of the whole database with the engine's own dump tool: what a backup would hold. */
  async dump(): Promise<string> {
    const { stdout } = await run(
      "mariadb-dump",
      [
        "--no-defaults",
        "--protocol=tcp",
        `--host=${this.target.hostname}`,
        `--port=${this.target.port || "3306"}`,
        `--user=${decodeURIComponent(this.target.username)}`,
        "--skip-comments",
        "--single-transaction",
        this.databaseName,
      ],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, MYSQL_PWD: decodeURIComponent(this.target.password) }, timeout: 60_000 },
    );
    return stdout;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
