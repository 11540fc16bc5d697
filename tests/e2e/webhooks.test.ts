import { randomBytes } from "node:crypto";
import { startWebhookReceiver, type WebhookReceiver } from "@mfa/testing";
import { createConnection } from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltServer, type RunningServer } from "../support/built-server.js";
import { createMariaDatabase } from "../support/database.js";
import { assertBuilt } from "../support/paths.js";

const ADMIN_PASSWORD = "webhooks-admin-password";

type Gql<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Gql<T>;
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = async (url: string) =>
  (await gql<{ login: { token: string } }>(url, `mutation L($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { ... on LoginSuccess { token } } }`, { u: "admin", p: ADMIN_PASSWORD })).login.token;

const UNLOCK = `mutation U($id: ID!) { unlockUser(userId: $id) { user { id } } }`;
const OVERRIDE = `mutation O($id: ID!, $level: UserOverride!) { setUserMfaOverride(userId: $id, level: $level) { user { id } } }`;

describe("signed webhooks from the compiled server, on MariaDB", () => {
  let db: { url: string; drop(): Promise<void> };
  let receiver: WebhookReceiver;
  const servers: RunningServer[] = [];
  let first: RunningServer;
  let token = "";
  const users: Record<string, string> = {};
  const sealKeys = `e2e:${randomBytes(32).toString("base64")}`;

  /** An API instance on the shared database (same seal key), looking for due deliveries every 200 ms. */
  async function instance(): Promise<RunningServer> {
    const server = await startBuiltServer({
      DATABASE_URL: db.url,
      MFA_SEAL_KEYS: sealKeys,
      SEED_DEMO: "true",
      DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DEMO_USER_PASSWORD: "webhooks-user-password",
      WEBHOOK_POLL_INTERVAL_MS: "200",
    });
    servers.push(server);
    return server;
  }

  beforeAll(async () => {
    assertBuilt();
    db = await createMariaDatabase();
    receiver = await startWebhookReceiver();
    first = await instance();
    token = await signIn(first.url);
    const { domains } = await gql<{ domains: { id: string; children: { id: string }[] }[] }>(first.url, "{ domains { id children { id } } }", {}, token);
    for (const d of domains.flatMap((root) => [root, ...root.children])) {
      const page = await gql<{ mailboxes: { nodes: { id: string; username: string }[] } }>(first.url, `query M($id: ID!) { mailboxes(domainId: $id, first: 50) { nodes { id username } } }`, { id: d.id }, token);
      for (const m of page.mailboxes.nodes) users[m.username.split("@")[0] as string] = m.id;
    }
    const created = await gql<{ createWebhookEndpoint: { secret: string } }>(
      first.url,
      `mutation C($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
      { input: { url: receiver.url, eventTypes: ["USER_UNLOCKED", "USER_OVERRIDE_CHANGED", "MAILBOX_CREATED"] } },
      token,
    );
    receiver.trust(created.createWebhookEndpoint.secret);
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await receiver?.close();
    await db?.drop();
  });

  /** Every request carried a signature the standardwebhooks library verified. */
  const allVerified = () => expect(receiver.requests.filter((r) => r.verifiedBy.length !== 1).map((r) => r.payload.type)).toEqual([]);

  it("a receiver that fails and then recovers gets every event exactly in order, signed", async () => {
    let failures = 2;
    receiver.answerWith(() => (failures-- > 0 ? { status: 500, body: "not yet" } : { status: 204 }));
    const alice = users.alice as string;
    const steps: [string, Record<string, unknown>][] = [
      // The demo admin has no second factor, so it may lower a user's requirement but not raise it to REQUIRED.
      [OVERRIDE, { id: alice, level: "OPTIONAL" }],
      [UNLOCK, { id: alice }],
      [OVERRIDE, { id: alice, level: "DEFAULT" }],
      [UNLOCK, { id: alice }],
      [OVERRIDE, { id: alice, level: "OPTIONAL" }],
    ];
    for (const [query, variables] of steps) await gql(first.url, query, variables, token);
    const aliceDelivered = () => receiver.delivered().filter((r) => r.payload.data.userId === alice);
    await receiver.waitFor(() => aliceDelivered().length >= 5, 60_000);
    expect(aliceDelivered().map((r) => `${r.payload.type}${r.payload.data.to ? `:${String(r.payload.data.to)}` : ""}`)).toEqual([
      "user.override_changed:OPTIONAL",
      "user.unlocked",
      "user.override_changed:DEFAULT",
      "user.unlocked",
      "user.override_changed:OPTIONAL",
    ]);
    // The two failed attempts were the first event's, with the same message id; nothing was delivered twice.
    const attempts = receiver.requests.filter((r) => r.payload.data.userId === alice);
    expect(attempts.slice(0, 3).map((r) => r.status)).toEqual([500, 500, 204]);
    expect(new Set(attempts.slice(0, 3).map((r) => r.id)).size).toBe(1);
    expect(new Set(aliceDelivered().map((r) => r.id)).size).toBe(5);
    expect(aliceDelivered()[0]?.payload.data).toMatchObject({ username: "alice@example.com", userId: alice, from: "DEFAULT", to: "OPTIONAL" });
    allVerified();
  });

  it("a restart of the API in the middle of a backoff loses nothing", async () => {
    receiver.answerWith(() => ({ status: 503 }));
    const bob = users.bob as string;
    await gql(first.url, UNLOCK, { id: bob }, token);
    await receiver.waitFor((rs) => rs.some((r) => r.payload.data.userId === bob), 15_000);
    // The first attempt failed; the next one is seconds away. The instance stops (its lease is released).
    await first.stop();
    receiver.answerWith(() => ({ status: 204 }));
    expect(first.process.exitCode).toBe(0);
    const second = await instance();
    // Sooner than the lease's 30 s: the stopped instance released it.
    await receiver.waitFor(() => receiver.delivered().some((r) => r.payload.data.userId === bob), 20_000);
    const bobs = receiver.requests.filter((r) => r.payload.data.userId === bob);
    expect(bobs.map((r) => r.status)).toEqual([503, 204]);
    expect(bobs[1]?.id).toBe(bobs[0]?.id);
    expect(bobs[1]?.body).toBe(bobs[0]?.body);
    expect(second.url).not.toBe(first.url);
    allVerified();
  });

  it("two instances over one MariaDB deliver each event once", async () => {
    const [second] = servers.slice(-1) as [RunningServer];
    const third = await instance();
    const tokens = [await signIn(second.url), await signIn(third.url)];
    receiver.answerWith(() => ({ status: 200, delayMs: 10 }));
    const before = receiver.requests.length;
    const targets = ["alice", "bob", "carol", "dave", "erin"].map((name) => users[name] as string);
    const urls = [second.url, third.url];
    // 20 events, made on both instances in turn.
    for (let i = 0; i < 20; i++) await gql(urls[i % 2] as string, UNLOCK, { id: targets[i % targets.length] }, tokens[i % 2]);
    await receiver.waitFor((rs) => rs.length - before >= 20, 60_000);
    // Time for any second sending to show up.
    await new Promise((r) => setTimeout(r, 1_500));
    const ids = receiver.requests.slice(before).map((r) => r.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    allVerified();
    // One lease row for the webhook deliveries, held by one instance (other jobs hold leases of their own).
    const url = new URL(db.url);
    const conn = await createConnection({ host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), database: url.pathname.slice(1) });
    const [rows] = await conn.query("SELECT name, holder FROM job_leases WHERE name = 'webhooks'");
    await conn.end();
    expect(rows).toEqual([{ name: "webhooks", holder: expect.any(String) }]);
  });
});
