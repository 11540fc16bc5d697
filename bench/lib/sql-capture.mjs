/**
 * Counting the SQL statements a request runs: MariaDB's general query log, written to the
 * mysql.general_log table, is switched on around one request on an otherwise idle server; the
 * statements kept are those of the API's connections to the benchmark database (found in the
 * process list), so the harness's own statements and other databases' traffic never count.
 * Every statement the server received counts: SELECT, INSERT, UPDATE, START TRANSACTION, COMMIT.
 */

export async function createCapture(conn, database) {
  const [[prev]] = await conn.query("SELECT @@GLOBAL.general_log AS on_, @@GLOBAL.log_output AS output");
  const [[{ id: ownId }]] = await conn.query("SELECT CONNECTION_ID() AS id");
  let usable = true;
  try {
    await conn.query("SET GLOBAL log_output = 'TABLE'");
  } catch {
    usable = false;
  }
  const restore = async () => {
    await conn.query("SET GLOBAL general_log = ?", [prev.on_]).catch(() => {});
    await conn.query("SET GLOBAL log_output = ?", [prev.output]).catch(() => {});
  };

  return {
    usable,
    restore,
    /** Runs `fn` with the log on; returns the API's statements ({ sql, thread }) in order. */
    async capture(fn) {
      if (!usable) return null;
      const [[{ t }]] = await conn.query("SELECT NOW(6) AS t");
      await conn.query("SET GLOBAL general_log = 1");
      try {
        await fn();
      } finally {
        await conn.query("SET GLOBAL general_log = 0");
      }
      const [threads] = await conn.query("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> ?", [database, ownId]);
      const ids = new Set(threads.map((r) => Number(r.id)));
      const [rows] = await conn.query(
        "SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) AS stmt FROM mysql.general_log WHERE event_time >= ? AND command_type IN ('Query', 'Execute') ORDER BY event_time",
        [t],
      );
      return rows.filter((r) => ids.has(Number(r.thread_id))).map((r) => ({ sql: String(r.stmt).replace(/\s+/g, " ").trim(), thread: Number(r.thread_id) }));
    },
  };
}

const kindOf = (sql) => (/^\s*(\w+)/.exec(sql)?.[1] ?? "?").toUpperCase();

/** "7 (4 SELECT, 2 UPDATE, 1 INSERT)" */
export function describeCount(statements) {
  if (!statements) return "n/a";
  const kinds = new Map();
  for (const s of statements) {
    const k = kindOf(s.sql);
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  return `${statements.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")})`;
}

/**
 * For the slow-query findings: EXPLAIN of each SELECT/UPDATE/DELETE, and the time of each SELECT
 * run alone from the harness (median of three).
 */
export async function explainStatements(conn, statements) {
  const out = [];
  const seen = new Set();
  for (const { sql } of statements ?? []) {
    const kind = kindOf(sql);
    if (!["SELECT", "UPDATE", "DELETE"].includes(kind) || seen.has(sql)) continue;
    seen.add(sql);
    const entry = { sql, kind, explain: null, ms: null };
    try {
      const [rows] = await conn.query(`EXPLAIN ${sql}`);
      entry.explain = rows;
    } catch (error) {
      entry.explain = [{ error: error.message }];
    }
    if (kind === "SELECT") {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await conn.query(sql);
        times.push(performance.now() - t0);
      }
      entry.ms = times.sort((a, b) => a - b)[1];
    }
    out.push(entry);
  }
  return out;
}

export function formatExplain(rows) {
  if (!rows?.length) return "";
  const cols = ["id", "select_type", "table", "type", "possible_keys", "key", "key_len", "ref", "rows", "Extra"].filter((c) => c in rows[0]);
  if (!cols.length) return JSON.stringify(rows);
  const cells = [cols, ...rows.map((r) => cols.map((c) => (r[c] === null || r[c] === undefined ? "NULL" : String(r[c]))))];
  const widths = cols.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(" | ").trimEnd()).join("\n");
}
