/** The mail-server check (POST /mail-auth/v1/check): an app password accepted, a mailbox password refused under MFA. */
import { randomUUID } from "node:crypto";
import { appPasswordSelector } from "@mfa/core";
import { failure } from "./load.mjs";

/** One app password for the benchmark's users (16 letters, as the service makes them), sent grouped by four. */
export const BENCH_APP_PASSWORD = "benc hmai lapp word";
const CANONICAL = BENCH_APP_PASSWORD.replace(/ /g, "");

/** Gives each user one app password (hashed once by the API's own argon2id: the same PHC string in each row). */
export async function insertAppPasswords(admin, users, phc) {
  const now = Date.now();
  const selector = appPasswordSelector(CANONICAL);
  for (let i = 0; i < users.length; i += 500) {
    const rows = users.slice(i, i + 500).map((u) => [randomUUID(), u.userId, "Benchmark mail app", phc, selector, now]);
    await admin.query("INSERT INTO app_passwords (id, user_id, name, password_hash, selector, created_at) VALUES ?", [rows]);
  }
}

/** A client address per check: the limiter's keys start fresh, so every refused check is judged (none throttled). */
const randomAddress = () => `10.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}.${1 + ((Math.random() * 254) | 0)}`;

export function mailAuthScenarios({ client, key, password, users }) {
  let i = 0;
  let j = 0;
  const check = async (username, pw, expected) => {
    const res = await client.post("/mail-auth/v1/check", { username, password: pw, protocol: "imap", remoteIp: randomAddress() }, { "x-mail-auth-key": key });
    if (res.status !== 200 || res.body?.result !== expected) throw failure(`mail-auth: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    return { requests: 1 };
  };
  return [
    {
      key: "mailApp",
      label: "mail-auth check: app password accepted (users with MFA)",
      unit: "req",
      operation: () => check(users[i++ % users.length].username, BENCH_APP_PASSWORD, "allow"),
    },
    {
      key: "mailRefused",
      label: "mail-auth check: mailbox password refused under MFA (audited)",
      unit: "req",
      operation: () => check(users[j++ % users.length].username, password, "deny"),
    },
  ];
}
