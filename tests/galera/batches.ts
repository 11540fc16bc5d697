import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createConnection, type Connection, type RowDataPacket } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, serverUrl } from "../support/galera.js";
import { apiDir } from "../support/paths.js";

/** The parts of the API's build this property drives: its data source and the batch layer the services send transactions through. */
interface Statement {
  sql: string;
  params: unknown[];
}
interface DataSourceLike {
  initialize(): Promise<unknown>;
  destroy(): Promise<void>;
}
interface HeldConnection {
  batch(statements: readonly Statement[]): Promise<{ affected: number }[]>;
}
interface ApiDb {
  createDataSource(database: { kind: "mysql"; url: string; poolSize: number; queryTimeoutMs: number }): DataSourceLike;
  prepareForGalera(dataSource: DataSourceLike): Promise<void>;
  withConnection<T>(dataSource: DataSourceLike, work: (held: HeldConnection) => Promise<T>): Promise<T>;
  runBatch(dataSource: DataSourceLike, statements: readonly Statement[]): Promise<{ affected: number }[]>;
  BEGIN: Statement;
  COMMIT: Statement;
}

async function apiDb(): Promise<ApiDb> {
  const load = (file: string) => import(pathToFileURL(join(apiDir, "dist", "db", file)).href) as Promise<Partial<ApiDb>>;
  return { ...(await load("data-source.js")), ...(await load("galera.js")), ...(await load("batch.js")) } as ApiDb;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const statement = (sql: string, params: unknown[] = []): Statement => ({ sql, params });

/** Rows each run writes besides the contended one: enough round trips for another node's commit to land between two of them. */
const ROWS = 30;
/** Runs of each property; at least ABORTS_WANTED of them must have been aborted by the other node's commit, or nothing was shown. */
const RUNS = 150;
const ABORTS_WANTED = 10;

/**
 * A Galera node rolls a transaction back when another node's commit touches its rows, also between two statements of
 * one multi-statement query; MariaDB then ran the rest of that query's statements on their own (each committed) and
 * its COMMIT answered OK. The services send their transactions in batches, so this is the property they rely on:
 * through the API's own batch layer, a transaction aborted mid-way by another node is refused whole, never half saved.
 */
export function batchesProperty(): void {
  describe("transactions sent in batches on a Galera node", () => {
    const name = `mfa_batches_${randomBytes(4).toString("hex")}`;
    let api: ApiDb;
    let ds: DataSourceLike;
    let admin: Connection;
    let other: Connection;

    beforeAll(async () => {
      const connect = async (n: 1 | 2, database?: string) => {
        const url = new URL(serverUrl(n));
        return createConnection({ host: url.hostname, port: Number(url.port), user: "root", ...(database ? { database } : {}) });
      };
      admin = await connect(1);
      await admin.query(`CREATE DATABASE \`${name}\``);
      await admin.query(`CREATE TABLE \`${name}\`.contended (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB`);
      await admin.query(`CREATE TABLE \`${name}\`.written (id INT AUTO_INCREMENT PRIMARY KEY, run INT NOT NULL, step INT NOT NULL) ENGINE=InnoDB`);
      await admin.query(`INSERT INTO \`${name}\`.contended VALUES (1, 0)`);
      other = await connect(2, name);
      api = await apiDb();
      ds = api.createDataSource({ kind: "mysql", url: databaseUrl(1, name), poolSize: 2, queryTimeoutMs: 15_000 });
      await ds.initialize();
      // What the server does at start-up on a Galera node.
      await api.prepareForGalera(ds);
    });
    afterAll(async () => {
      await ds?.destroy();
      await other?.end();
      await admin?.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin?.end();
    });

    /** The rows run `run` left, by step: the contended row's write is step 0, the others 1..ROWS. */
    async function written(run: number): Promise<number> {
      const [rows] = await admin.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${name}\`.written WHERE run = ?`, [run]);
      return Number(rows[0]?.n);
    }

    /**
     * Another node's commit on the contended row, a random moment into the run. It may lose the conflict itself (to a
     * run that committed first): it is sent again until it commits. Returns how many times it committed (1).
     */
    async function interfere(windowMs: number): Promise<number> {
      await sleep(Math.random() * windowMs);
      for (let attempt = 1; ; attempt++) {
        try {
          await other.query("UPDATE contended SET n = n + 100 WHERE id = 1");
          return 1;
        } catch (error) {
          if ((error as { errno?: number }).errno !== 1213 || attempt >= 20) throw error;
        }
      }
    }

    const inserts = (run: number) => Array.from({ length: ROWS }, (_, i) => statement(`INSERT INTO \`${name}\`.written (run, step) VALUES (?, ?)`, [run, i + 1]));
    const contended = statement(`UPDATE \`${name}\`.contended SET n = n + 1 WHERE id = 1`);

    it("a transaction held across round trips that another node's commit aborts mid-batch is refused whole: every run saved all its rows or none, and said which", async () => {
      const outcomes: string[] = [];
      let aborted = 0;
      for (let run = 1; run <= RUNS; run++) {
        const work = api.withConnection(ds, async (conn) => {
          await conn.batch([api.BEGIN, contended]);
          await conn.batch([...inserts(run), api.COMMIT]);
        });
        const [result] = await Promise.all([work.then(() => "saved", (e: Error) => (/deadlock|conflict/i.test(e.message) ? "aborted" : e.message)), interfere(25)]);
        if (result === "aborted") aborted++;
        const rows = await written(run);
        if (!((result === "saved" && rows === ROWS) || (result === "aborted" && rows === 0))) outcomes.push(`run ${run}: ${result} with ${rows} of ${ROWS} rows`);
      }
      expect({ aborted: aborted >= ABORTS_WANTED ? `at least ${ABORTS_WANTED}` : aborted, halfSaved: outcomes }).toEqual({ aborted: `at least ${ABORTS_WANTED}`, halfSaved: [] });
    });

    it("several statements sent together outside a transaction that another node's commit aborts are sent again whole: every run saved all its rows exactly once", async () => {
      const outcomes: string[] = [];
      let conflicts = 0;
      const before = Number((await admin.query<RowDataPacket[]>(`SELECT n FROM \`${name}\`.contended WHERE id = 1`))[0][0]?.n);
      let saved = 0;
      let others = 0;
      for (let run = 100_001; run <= 100_000 + RUNS; run++) {
        const [result] = await Promise.all([
          api.runBatch(ds, [contended, ...inserts(run)]).then(
            () => "saved",
            (e: Error) => (/conflict|Another change/i.test(e.message) ? "conflict" : e.message),
          ),
          interfere(25).then((n) => (others += n)),
        ]);
        if (result === "saved") saved++;
        else if (result === "conflict") conflicts++;
        const rows = await written(run);
        if (!((result === "saved" && rows === ROWS) || (result === "conflict" && rows === 0))) outcomes.push(`run ${run}: ${result} with ${rows} of ${ROWS} rows`);
      }
      const after = Number((await admin.query<RowDataPacket[]>(`SELECT n FROM \`${name}\`.contended WHERE id = 1`))[0][0]?.n);
      // The contended row counts every saved run once and every other-node write once: nothing applied twice, nothing lost.
      expect({ halfSaved: outcomes, counted: after - before, answered: saved + conflicts }).toEqual({ halfSaved: [], counted: saved + 100 * others, answered: RUNS });
    });
  });
}
