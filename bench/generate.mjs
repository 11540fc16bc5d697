/**
 * The data generator on its own: seeds the large tenant into an existing database, e.g. to work
 * on the admin queries by hand.
 *
 *   DATABASE_URL=mariadb://root@127.0.0.1:3306/mfa MFA_SEAL_KEYS=k1:<base64 32 bytes> node bench/generate.mjs [mailboxes]
 *
 * Applies the API's migrations first (the API must be built), then inserts the tenant and prints
 * the admin's sign-in and the largest domain. Use the same MFA_SEAL_KEYS for the API.
 */
import { execFileSync } from "node:child_process";
import mysql from "mysql2/promise";
import { createSealer, parseSealKeys } from "@mfa/core";
import { builtEntry } from "./lib/built.mjs";
import { seedLargeTenant, BENCH_PASSWORD } from "./lib/seed.mjs";
import { measureHash } from "./lib/hash.mjs";

const url = process.env.DATABASE_URL;
const sealSpec = process.env.MFA_SEAL_KEYS;
if (!url || !/^(mysql|mariadb):\/\//.test(url) || !sealSpec) {
  process.stderr.write("usage: DATABASE_URL=mariadb://user@host:port/db MFA_SEAL_KEYS=kid:base64key node bench/generate.mjs [mailboxes]\n");
  process.exit(2);
}
const mailboxes = Number(process.argv[2] ?? 100_000);
const keys = parseSealKeys(sealSpec);
const activeKeyId = process.env.MFA_SEAL_ACTIVE_KEY_ID ?? Object.keys(keys).at(-1);

execFileSync(process.execPath, [builtEntry("@mfa/api/migrate")], {
  env: { ...process.env, DATABASE_URL: url, MFA_SEAL_KEYS: sealSpec },
  stdio: "inherit",
});

const u = new URL(url.replace(/^mariadb:/, "mysql:"));
const conn = await mysql.createConnection({
  host: u.hostname,
  port: Number(u.port || 3306),
  user: decodeURIComponent(u.username || "root"),
  password: decodeURIComponent(u.password || ""),
  database: u.pathname.slice(1),
});
try {
  const { phc } = await measureHash(BENCH_PASSWORD, { runs: 1 });
  const started = Date.now();
  const seeded = await seedLargeTenant(conn, {
    sealer: createSealer({ keys, activeKeyId }),
    passwordHash: phc,
    mailboxes,
    log: (m) => process.stdout.write(`${m}\n`),
  });
  const s = seeded.stats;
  process.stdout.write(
    [
      `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${s.users} mailboxes (${s.enrolled} enrolled, ${s.locked} locked), ${s.devices} devices, ${s.sessions} sessions, ${s.audit} audit events.`,
      `Admin: ${seeded.admin.username} / ${seeded.admin.password}  (every mailbox has the same password)`,
      `Largest domain: ${seeded.largest.name} (${seeded.largest.id}, ${seeded.largest.mailboxes} mailboxes)`,
      "",
    ].join("\n"),
  );
} finally {
  await conn.end();
}
