/**
 * The data generator: a large tenant (by default 100,000 mailboxes over 20 domains, about 60 % of
 * them with a verified authenticator, some locked), its sessions and audit history, a small second
 * tenant, and the tenant's admin. Inserted directly, in multi-row INSERTs with one transaction per
 * batch, following the schema of the API's migrations.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { generateTotpSecret, searchTerms, totpTimeStep } from "@mfa/core";

export const BENCH_PASSWORD = "bench password 0123456789";
const ADMIN_USERNAME = "admin@large-tenant.example";
const BATCH = 2000;
const DAY = 86_400_000;

/** A small deterministic PRNG, so two runs generate the same shape of data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david", "elizabeth", "william", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen", "christopher", "lisa", "daniel", "nancy", "matthew", "betty", "anthony", "sandra", "mark", "margaret", "donald", "ashley", "steven", "kimberly", "andrew", "emily", "paul", "donna", "joshua", "michelle", "kenneth", "carol", "kevin", "amanda", "brian", "melissa", "george", "deborah", "timothy", "stephanie"];
const LAST = ["smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts"];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const AUDIT_ACTIONS = [
  ["LOGIN_SUCCEEDED", "SUCCESS", 40],
  ["LOGIN_MFA_CHALLENGED", "SUCCESS", 30],
  ["LOGIN_PASSWORD_FAILED", "FAILURE", 8],
  ["LOGIN_PASSCODE_FAILED", "FAILURE", 5],
  ["LOGOUT", "SUCCESS", 8],
  ["DEVICE_VERIFIED", "SUCCESS", 3],
  ["DEVICE_ENROLLMENT_STARTED", "SUCCESS", 3],
  ["RECOVERY_CODES_GENERATED", "SUCCESS", 2],
  ["ACCOUNT_LOCKED", "SUCCESS", 1],
];

async function insertRows(conn, table, columns, rows) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    await conn.query("START TRANSACTION");
    await conn.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(", ")}) VALUES ?`, [chunk]);
    await conn.query("COMMIT");
  }
}

/** Domain sizes: a geometric spread whose largest domain holds about a fifth of the mailboxes. */
function domainSizes(total, count) {
  const weights = Array.from({ length: count }, (_, i) => 0.8 ** i);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / sum) * total));
  sizes[0] += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

/**
 * Seeds the tenant. `conn` is a mysql2/promise connection to the API's database (migrated);
 * `sealer` seals TOTP secrets with the server's key. Returns what the benchmarks need: the tenant's
 * ids, its domains, the admin, and the enrolled users that can sign in with a TOTP code.
 */
export async function seedLargeTenant(conn, { sealer, passwordHash, mailboxes = 100_000, domainCount = 20, seed = 42, log = () => {} }) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const oldStep = totpTimeStep(now - DAY);
  const stats = { otherTenantMailboxes: 0, users: 0, enrolled: 0, locked: 0, devices: 0, sessions: 0, audit: 0 };
  await conn.query("SET SESSION foreign_key_checks = 0, unique_checks = 1");

  // Accounts: the large tenant and a small neighbour (so every query has to filter by account).
  const accountId = randomUUID();
  const otherAccountId = randomUUID();
  await insertRows(conn, "accounts", ["id", "name", "admin_mfa_policy", "created_at"], [
    [accountId, "Large Tenant Inc.", "OPTIONAL", now - 400 * DAY],
    [otherAccountId, "Small Neighbour Ltd.", "OPTIONAL", now - 300 * DAY],
  ]);

  // Domains: four roots, the rest children (and a few grandchildren). The largest is a root, OPTIONAL.
  const sizes = domainSizes(mailboxes, domainCount);
  const cycle = ["REQUIRED", "OPTIONAL", "OPTIONAL", "OFF"];
  const domains = sizes.map((size, i) => ({
    id: randomUUID(),
    name: `d${String(i).padStart(2, "0")}.large-tenant.example`,
    size,
    policy: i === 0 ? "OPTIONAL" : cycle[i % cycle.length],
    parentId: null,
    index: i,
  }));
  for (const d of domains) {
    if (d.index >= 4 && d.index < 16) d.parentId = domains[d.index % 4].id;
    if (d.index >= 16) d.parentId = domains[d.index - 12].id;
  }
  const others = [0, 1].map((i) => ({ id: randomUUID(), name: `n${i}.small-neighbour.example`, size: 500, policy: "OPTIONAL", parentId: null, index: i }));
  // Parents first (the foreign key on parent_id).
  const ordered = [...domains.filter((d) => !d.parentId), ...domains.filter((d) => d.parentId && d.index < 16), ...domains.filter((d) => d.index >= 16)];
  await insertRows(
    conn,
    "domains",
    ["id", "account_id", "parent_id", "name", "mfa_policy", "created_at"],
    [...ordered.map((d) => [d.id, accountId, d.parentId, d.name, d.policy, now - 380 * DAY]), ...others.map((d) => [d.id, otherAccountId, null, d.name, d.policy, now - 290 * DAY])],
  );

  const userCols = ["id", "account_id", "domain_id", "kind", "username", "display_name", "password_hash", "mfa_override", "mfa_enabled", "mfa_failures", "mfa_locked_at", "password_failures", "password_last_failure_at", "created_at"];
  // Columns added by later migrations that the generator knows how to fill.
  const [present] = await conn.query("SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users'");
  const hasVerifiedDevices = present.some((r) => r.c === "verified_devices");
  if (hasVerifiedDevices) userCols.push("verified_devices");
  const userRow = (row, verifiedDevices) => (hasVerifiedDevices ? [...row, verifiedDevices] : row);
  // Derived tables of later migrations: the mailbox search terms (written with each mailbox) and the
  // per-domain counters (recounted from the rows once everything is in).
  const [tables] = await conn.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
  const hasSearchTerms = tables.some((r) => r.t === "mailbox_search_terms");
  const hasCounters = tables.some((r) => r.t === "domain_counters");
  const deviceCols = ["id", "user_id", "kind", "name", "secret_sealed", "last_time_step", "phone_e164", "verified_at", "is_default", "is_backup", "verify_send_count", "verify_attempts", "last_used_at", "created_at"];
  const sessionCols = ["id", "token_hash", "user_id", "mfa_passed", "restricted", "auth_methods", "created_at", "last_seen_at", "expires_at", "proof_at", "revoked_at", "revoked_reason", "ip", "user_agent"];
  const auditCols = ["id", "account_id", "actor_id", "target_user_id", "action", "outcome", "detail", "ip", "created_at"];

  // The admin: MFA on with a verified authenticator (an admin with a device manages the account from an
  // MFA-passed session only, and it may switch a domain to REQUIRED); the benchmark signs in with its codes.
  const adminId = randomUUID();
  const adminDeviceId = randomUUID();
  const adminSecret = generateTotpSecret();
  await insertRows(conn, "users", userCols, [userRow([adminId, accountId, null, "ADMIN", ADMIN_USERNAME, "Tenant Admin", passwordHash, "DEFAULT", 1, 0, null, 0, null, now - 400 * DAY], 1)]);
  await insertRows(conn, "devices", deviceCols, [
    [adminDeviceId, adminId, "TOTP", "Admin phone", sealer.seal(adminSecret, `device:${adminDeviceId}`), oldStep, null, now - 390 * DAY, 1, 0, 0, 0, now - DAY, now - 390 * DAY],
  ]);

  const loginUsers = [];
  const sampleUserIds = [];
  const enrolPct = { REQUIRED: 0.8, OPTIONAL: 0.66, OFF: 0.08 };
  const ipOf = () => `10.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 256)}`;
  const ua = "Mozilla/5.0 (X11; Linux x86_64) bench";
  const perDomain = [];
  let serial = 0;
  const tenantDomains = [...domains.map((d) => ({ ...d, accountId })), ...others.map((d) => ({ ...d, accountId: otherAccountId }))];

  for (const d of tenantDomains) {
    let users = [];
    let devices = [];
    let sessions = [];
    let terms = [];
    const flush = async () => {
      await insertRows(conn, "users", userCols, users);
      await insertRows(conn, "devices", deviceCols, devices);
      await insertRows(conn, "sessions", sessionCols, sessions);
      if (hasSearchTerms) await insertRows(conn, "mailbox_search_terms", ["domain_id", "term", "user_id"], terms);
      users = [];
      devices = [];
      sessions = [];
      terms = [];
    };
    const ds = { mailboxes: 0, enrolled: 0, locked: 0, enrolledActive: 0, notEnrolledActive: 0, liveNonMfaSessions: 0, followers: 0, followersNotEnrolled: 0, smith: 0 };
    for (let i = 0; i < d.size; i++) {
      const first = pick(FIRST);
      const last = pick(LAST);
      const id = randomUUID();
      const username = `${first}.${last}.${(serial++).toString(36)}@${d.name}`;
      const created = now - Math.floor(rnd() * 360 * DAY);
      const enrolled = rnd() < enrolPct[d.policy];
      const locked = rnd() < 0.015;
      const override = rnd() < 0.01 ? (rnd() < 0.5 ? "OPTIONAL" : "REQUIRED") : "DEFAULT";
      const mfaEnabled = enrolled && rnd() < 0.97 ? 1 : 0;
      const userIndex = users.length;
      users.push([id, d.accountId, d.id, "MAILBOX", username, `${cap(first)} ${cap(last)}`, passwordHash, override, mfaEnabled, locked ? 7 : 0, locked ? now - Math.floor(rnd() * 30 * DAY) : null, 0, null, created]);
      if (hasSearchTerms) for (const term of searchTerms(username.slice(0, username.indexOf("@")), `${cap(first)} ${cap(last)}`)) terms.push([d.id, term, id]);
      ds.mailboxes++;
      if (last === "smith" || first.startsWith("smith")) ds.smith++;
      if (override === "DEFAULT") ds.followers++;
      if (!enrolled && override === "DEFAULT") ds.followersNotEnrolled++;
      if (locked) ds.locked++;
      else if (enrolled) ds.enrolledActive++;
      else ds.notEnrolledActive++;
      let deviceCount = 0;
      if (enrolled) {
        ds.enrolled++;
        const deviceId = randomUUID();
        const secret = generateTotpSecret();
        devices.push([deviceId, id, "TOTP", "Authenticator", sealer.seal(secret, `device:${deviceId}`), oldStep, null, created + DAY, 1, 0, 0, 0, now - Math.floor(rnd() * 30 * DAY), created + DAY]);
        deviceCount++;
        if (rnd() < 0.08) {
          devices.push([randomUUID(), id, "SMS", "Backup phone", null, null, `+1202555${String(Math.floor(rnd() * 10000)).padStart(4, "0")}`, created + 2 * DAY, 0, 1, 1, 0, null, created + 2 * DAY]);
          deviceCount++;
        }
        if (d.accountId === accountId && !locked && mfaEnabled && override === "DEFAULT" && deviceCount === 1 && d.policy !== "OFF") {
          loginUsers.push({ userId: id, username, deviceId, secret, domainIndex: d.index });
        }
      } else if (rnd() < 0.05) {
        const deviceId = randomUUID();
        devices.push([deviceId, id, "TOTP", "Authenticator", sealer.seal(generateTotpSecret(), `device:${deviceId}`), null, null, null, 0, 0, 0, 0, null, created + DAY]);
      }
      users[userIndex] = userRow(users[userIndex], deviceCount);
      // Sessions: a quarter of the users are signed in; some older sessions are revoked or expired.
      if (rnd() < 0.25) {
        const passed = enrolled && mfaEnabled && d.policy !== "OFF" ? 1 : 0;
        const seen = now - Math.floor(rnd() * 20 * 60_000);
        sessions.push([randomUUID(), randomBytes(32).toString("hex"), id, passed, 0, passed ? "PASSWORD,OTPPASSCODE" : "PASSWORD", seen - 3_600_000, seen, seen + 11 * 3_600_000, seen - 3_600_000, null, null, ipOf(), ua]);
        if (!passed && override === "DEFAULT") ds.liveNonMfaSessions++;
      }
      if (rnd() < 0.2) {
        const at = now - Math.floor(2 * DAY + rnd() * 60 * DAY);
        const revoked = rnd() < 0.5;
        sessions.push([randomUUID(), randomBytes(32).toString("hex"), id, 0, 0, "PASSWORD", at, at + 600_000, at + 12 * 3_600_000, at, revoked ? at + 600_000 : null, revoked ? "LOGOUT" : null, ipOf(), ua]);
      }
      if (d.accountId === accountId) sampleUserIds.push(id);
      if (users.length >= BATCH * 5) {
        stats.devices += devices.length;
        stats.sessions += sessions.length;
        await flush();
      }
    }
    stats.devices += devices.length;
    stats.sessions += sessions.length;
    await flush();
    if (d.accountId === accountId) {
      stats.users += ds.mailboxes;
      stats.enrolled += ds.enrolled;
      stats.locked += ds.locked;
      perDomain.push({ ...d, ...ds });
    } else {
      stats.otherTenantMailboxes += ds.mailboxes;
    }
    log(`  ${d.name}: ${ds.mailboxes} mailboxes (${d.policy})`);
  }

  // Audit history of the large tenant: three events per mailbox over the last 90 days.
  const auditTotal = mailboxes * 3;
  let audit = [];
  const weights = AUDIT_ACTIONS.reduce((a, [, , w]) => a + w, 0);
  const action = () => {
    let r = rnd() * weights;
    for (const entry of AUDIT_ACTIONS) {
      r -= entry[2];
      if (r <= 0) return entry;
    }
    return AUDIT_ACTIONS[0];
  };
  for (let i = 0; i < auditTotal; i++) {
    const userId = sampleUserIds[Math.floor(rnd() * sampleUserIds.length)];
    const [name, outcome] = action();
    audit.push([randomUUID(), accountId, userId, userId, name, outcome, '{"channel":"GRAPHQL"}', ipOf(), now - Math.floor(rnd() * 90 * DAY)]);
    if (audit.length >= BATCH * 5) {
      await insertRows(conn, "audit_events", auditCols, audit);
      stats.audit += audit.length;
      audit = [];
    }
  }
  await insertRows(conn, "audit_events", auditCols, audit);
  stats.audit += audit.length;
  if (hasCounters) {
    // The same recount as the migration that created the table (and as the API's counters property test).
    const verified = (kind) => `EXISTS (SELECT 1 FROM devices d WHERE d.user_id = u.id AND d.kind = '${kind}' AND d.verified_at IS NOT NULL)`;
    await conn.query(`INSERT INTO domain_counters (domain_id, account_id, mailboxes, enrolled, locked, locked_enrolled, followers, followers_enrolled, totp, sms)
      SELECT dm.id, dm.account_id, COUNT(u.id),
             COALESCE(SUM(CASE WHEN u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN u.mfa_locked_at IS NOT NULL THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN u.mfa_locked_at IS NOT NULL AND u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN u.mfa_override = 'DEFAULT' THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN u.mfa_override = 'DEFAULT' AND u.verified_devices > 0 THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN ${verified("TOTP")} THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN ${verified("SMS")} THEN 1 ELSE 0 END), 0)
        FROM domains dm LEFT JOIN users u ON u.domain_id = dm.id AND u.kind = 'MAILBOX'
       WHERE dm.account_id IN (?, ?)
       GROUP BY dm.id, dm.account_id`, [accountId, otherAccountId]);
  }
  await conn.query("SET SESSION foreign_key_checks = 1");
  for (const t of ["accounts", "domains", "users", "devices", "sessions", "audit_events", ...(hasSearchTerms ? ["mailbox_search_terms"] : [])]) await conn.query(`ANALYZE TABLE \`${t}\``);

  const largest = perDomain.reduce((a, b) => (b.mailboxes > a.mailboxes ? b : a));
  return { accountId, otherAccountId, domains: perDomain, largest, admin: { id: adminId, username: ADMIN_USERNAME, password: BENCH_PASSWORD, secret: adminSecret }, loginUsers, stats };
}

/** Login challenges for the passcode step, inserted directly: the id the client holds and its hash. */
export async function insertChallenges(conn, users, { ttlMs = 10 * 60_000 } = {}) {
  const now = Date.now();
  const rows = [];
  const out = [];
  for (const u of users) {
    const challengeId = randomBytes(32).toString("base64url");
    rows.push([createHash("sha256").update(challengeId, "utf8").digest("hex"), u.userId, "GRAPHQL", now, now + ttlMs, null, null, null, null, null, 0, "127.0.0.1"]);
    out.push({ ...u, challengeId });
  }
  await insertRows(conn, "login_challenges", ["id_hash", "user_id", "channel", "created_at", "expires_at", "consumed_at", "sms_device_id", "sms_code_hash", "sms_code_expires_at", "sms_last_sent_at", "sms_send_count", "ip"], rows);
  return out;
}
