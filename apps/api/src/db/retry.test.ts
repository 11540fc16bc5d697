import { randomBytes } from "node:crypto";
import { createConnection, type Connection } from "mysql2/promise";
import type { DataSource, EntityManager } from "typeorm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "#src/errors/app-error.js";
import { isWriteConflict } from "#src/errors/write-conflict.js";
import { createDataSource } from "./data-source.js";
import { retryOnConflict } from "./retry.js";
import { runBatch } from "./batch.js";
import { execute, statement } from "./sql.js";

/** Resolves once `n` parties have arrived: two transactions hold one row each before they reach for the other's. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived === n) open();
    await opened;
  };
}

const server = (): URL => {
  const url = process.env.TEST_MYSQL_URL;
  if (!url) throw new Error("TEST_MYSQL_URL is not set: the API suite runs on MariaDB and SQLite. Run the test command from the README.");
  return new URL(url);
};

// A real deadlock on one MariaDB server: two transactions lock two rows in opposite orders, and InnoDB rolls one
// back (ER_LOCK_DEADLOCK, what a Galera node also answers for a conflict with another node's commit).
describe("write conflicts on MariaDB: the whole transaction runs again, or fails closed", () => {
  const name = `mfa_retry_${randomBytes(5).toString("hex")}`;
  let ds: DataSource;
  let admin: Connection;
  let other: Connection;

  beforeAll(async () => {
    const root = server();
    const connect = (database?: string) =>
      createConnection({ host: root.hostname, port: Number(root.port || 3306), user: decodeURIComponent(root.username), password: decodeURIComponent(root.password), ...(database ? { database } : {}) });
    admin = await connect();
    await admin.query(`CREATE DATABASE \`${name}\``);
    await admin.query(`CREATE TABLE \`${name}\`.probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB`);
    other = await connect(name);
    const url = new URL(root.toString());
    url.pathname = `/${name}`;
    ds = createDataSource({ kind: "mysql", url: url.toString(), poolSize: 4, queryTimeoutMs: 10_000 });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await other?.end();
    await admin?.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin?.end();
  });
  beforeEach(async () => {
    // A test that failed half-way may have left the other side's transaction open.
    await other.query("ROLLBACK");
    await ds.query("DELETE FROM probe");
    await ds.query("INSERT INTO probe (id, n) VALUES (1, 0), (2, 0), (3, 0)");
  });

  /**
   * Waits until the row `id` is locked by a transaction of this test (the statement just sent has taken it), asked of
   * the row itself: a locking read that does not wait (NOWAIT) is refused while another transaction holds it. Then the
   * other side's reach for that row closes the cycle whatever the order of the two last requests. The shared server's
   * process and transaction lists are not asked: on a loaded CI run they did not show this test's wait.
   */
  const heldElsewhere = async (id: number) => {
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const locked = await admin.query(`SELECT id FROM \`${name}\`.probe WHERE id = ? FOR UPDATE NOWAIT`, [id]).then(
        () => false,
        (error: { errno?: number }) => {
          if (error.errno === 1205) return true;
          throw error;
        },
      );
      if (locked) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`row ${id} was not taken by the statement under test within 15 s`);
  };

  const values = async () => ((await ds.query("SELECT id, n FROM probe ORDER BY id")) as { id: number; n: number }[]).map((r) => Number(r.n));

  /** Raises row `first`, waits for the other transaction to hold its row, then raises row `second`. */
  const crossing = (first: number, second: number, meet: () => Promise<void>, runs: { n: number }) => async (tx: EntityManager) => {
    runs.n++;
    await tx.query("UPDATE probe SET n = n + 1 WHERE id = ?", [first]);
    if (runs.n === 1) await meet();
    await tx.query("UPDATE probe SET n = n + 1 WHERE id = ?", [second]);
    return runs.n;
  };

  it("two transactions of the data source that deadlock both end committed exactly once: the victim is rolled back whole and runs again", async () => {
    const meet = barrier(2);
    const a = { n: 0 };
    const b = { n: 0 };
    const [runsA, runsB] = await Promise.all([ds.transaction(crossing(1, 2, meet, a)), ds.transaction(crossing(2, 1, meet, b))]);
    // One of them lost the first time (and ran twice); neither write was lost or applied twice.
    expect([runsA, runsB].sort()).toEqual([1, 2]);
    expect(await values()).toEqual([2, 2, 0]);
  });

  it("a transaction that loses every time fails closed with WRITE_CONFLICT after five runs, and nothing of it is committed", async () => {
    const runs = { n: 0 };
    const attempt = async (tx: EntityManager) => {
      runs.n++;
      // The other side locks row 2 and raises two more rows, so InnoDB picks this lighter transaction as the victim.
      await other.query("START TRANSACTION");
      await other.query("UPDATE probe SET n = n + 1 WHERE id IN (2, 3)");
      await tx.query("UPDATE probe SET n = n + 100 WHERE id = 1");
      const blocked = tx.query("UPDATE probe SET n = n + 100 WHERE id = 2");
      // This transaction holds row 1 and reaches for row 2: the other side closes the cycle by reaching for row 1.
      await heldElsewhere(1);
      const closing = other.query("UPDATE probe SET n = n + 1 WHERE id = 1");
      try {
        await blocked;
      } finally {
        await closing;
        await other.query("COMMIT");
      }
    };
    const error = await ds.transaction(attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("WRITE_CONFLICT");
    expect(runs.n).toBe(5);
    // Row 1 got only the other side's five raises: none of the +100 of the five rolled-back runs.
    expect(await values()).toEqual([5, 5, 5]);
  });

  it("an error that is no conflict is not run again", async () => {
    let runs = 0;
    const failing = ds.transaction(async (tx) => {
      runs++;
      await tx.query("UPDATE probe SET n = n + 1 WHERE id = 1");
      await tx.query("SELECT * FROM no_such_table");
    });
    await expect(failing).rejects.toThrow(/no_such_table/);
    expect(runs).toBe(1);
    expect(await values()).toEqual([0, 0, 0]);
  });

  it("a statement that commits on its own and loses a deadlock is sent again, and counts once", async () => {
    await other.query("START TRANSACTION");
    await other.query("UPDATE probe SET n = n + 1 WHERE id IN (2, 3)");
    // Locks row 1, then waits for row 2; the other side then reaches for row 1: this lighter statement is the victim.
    const statement = execute(ds, "UPDATE probe SET n = n + 10 WHERE id IN (1, 2) ORDER BY id");
    await heldElsewhere(1);
    await other.query("UPDATE probe SET n = n + 1 WHERE id = 1");
    await other.query("COMMIT");
    expect((await statement).affected).toBe(2);
    expect(await values()).toEqual([11, 11, 1]);
  });

  it("several statements sent together outside a transaction lose a deadlock together and are sent again once: none half applied, none twice", async () => {
    const deadlocks = async () => Number(((await admin.query("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'"))[0] as { Value: string }[])[0]?.Value);
    const before = await deadlocks();
    await other.query("START TRANSACTION");
    await other.query("UPDATE probe SET n = n + 1 WHERE id IN (2, 3)");
    // The batch raises row 1 (committed on its own, were it not one transaction), then waits for row 2.
    const batch = runBatch(ds, [statement("UPDATE probe SET n = n + 10 WHERE id = 1"), statement("UPDATE probe SET n = n + 10 WHERE id = 2")]);
    await heldElsewhere(1);
    await other.query("UPDATE probe SET n = n + 1 WHERE id = 1");
    await other.query("COMMIT");
    expect((await batch).map((r) => r.affected)).toEqual([1, 1]);
    // The server's deadlock counter is shared with the other test files: at least this one.
    expect((await deadlocks()) - before).toBeGreaterThanOrEqual(1);
    expect(await values()).toEqual([11, 11, 1]);
  });

  it("a retry with its own options fails closed after its attempts", async () => {
    let runs = 0;
    const deadlock = Object.assign(new Error("Deadlock found when trying to get lock; try restarting transaction"), { errno: 1213 });
    const error = await retryOnConflict(
      async () => {
        runs++;
        throw deadlock;
      },
      { attempts: 3, baseDelayMs: 1 },
    ).catch((e: unknown) => e);
    expect({ code: (error as AppError).code, runs }).toEqual({ code: "WRITE_CONFLICT", runs: 3 });
  });

  it("recognises the conflict of a Galera node by its number and by its words", () => {
    expect(isWriteConflict({ driverError: { errno: 1213, message: "Deadlock found when trying to get lock; try restarting transaction" } })).toBe(true);
    expect(isWriteConflict(new Error("WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction"))).toBe(true);
    expect(isWriteConflict({ driverError: { errno: 1205, message: "Lock wait timeout exceeded; try restarting transaction" } })).toBe(false);
    expect(isWriteConflict(new Error("WSREP has not yet prepared node for application use"))).toBe(false);
  });
});
