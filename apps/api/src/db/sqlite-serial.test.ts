import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource } from "./data-source.js";

// The embedded database has one connection. A transaction that awaits between its statements must not take in
// the statements of other requests, and two transactions must not nest into each other.
describe("embedded SQLite: one transaction at a time", () => {
  let dir: string;
  let db: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sqlite-serial-"));
    db = createDataSource({ kind: "sqlite", file: join(dir, "t.sqlite") });
    await db.initialize();
    await db.query("CREATE TABLE probe (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const rows = async () => (await db.query("SELECT note FROM probe ORDER BY id")) as { note: string }[];

  it("a statement outside a transaction neither sees its uncommitted rows nor is lost with its rollback", async () => {
    await db.query("DELETE FROM probe");
    let seenOutside: { note: string }[] | undefined;
    const failing = db.transaction(async (tx) => {
      await tx.query("INSERT INTO probe (note) VALUES ('inside')");
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw new Error("roll back");
    });
    const outside = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seenOutside = await rows();
      await db.query("INSERT INTO probe (note) VALUES ('outside')");
    })();
    await expect(failing).rejects.toThrow("roll back");
    await outside;
    expect(seenOutside).toEqual([]);
    expect(await rows()).toEqual([{ note: "outside" }]);
  });

  it("two transactions run one after the other: the rollback of one never takes the other's commit", async () => {
    await db.query("DELETE FROM probe");
    const slowFailing = db.transaction(async (tx) => {
      await tx.query("INSERT INTO probe (note) VALUES ('first')");
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw new Error("roll back");
    });
    const committing = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await db.transaction(async (tx) => {
        await tx.query("INSERT INTO probe (note) VALUES ('second')");
      });
    })();
    await expect(slowFailing).rejects.toThrow("roll back");
    await committing;
    expect(await rows()).toEqual([{ note: "second" }]);
  });

  it("a transaction inside a transaction of the same request still nests (no deadlock)", async () => {
    await db.query("DELETE FROM probe");
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO probe (note) VALUES ('outer')");
      await db.transaction(async (inner) => inner.query("INSERT INTO probe (note) VALUES ('inner')"));
    });
    expect(await rows()).toEqual([{ note: "outer" }, { note: "inner" }]);
  });
});
