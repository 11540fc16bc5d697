import { nextWebhookAttempt, WEBHOOK_RETRY_WINDOW_MS } from "@mfa/core";
import { startWebhookReceiver, type Answer, type WebhookReceiver } from "@mfa/testing";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import { ENGINES } from "../support/engines.js";
import { bearer, createTenant, login, type Tenant } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { createEndpoint, DELETE, LIST, REDELIVER, ROTATE, type Delivery } from "./webhook-fixtures.js";
import { drain, storedDeliveries, workerOf, type Clock } from "./worker-fixtures.js";

describe.each(ENGINES)("webhook delivery on %s", (engine) => {
  let t: TestServer;
  let receiver: WebhookReceiver;
  let tenant: Tenant;
  let admin = "";

  beforeAll(async () => {
    t = await startTestServer(engine);
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });
  beforeEach(async () => {
    tenant = await createTenant(t, "OPTIONAL");
    admin = (await login(t, tenant.adminUsername)).token as string;
    receiver.answerWith(() => ({ status: 204 }));
  });
  // Each test's endpoints go with it, so what it left pending is not sent during the next one.
  afterEach(async () => {
    const listed = await t.gql<{ webhookEndpoints: { id: string }[] }>(LIST, {}, bearer(admin));
    for (const e of listed.body.data?.webhookEndpoints ?? []) await t.gql(DELETE, { id: e.id }, bearer(admin));
  });

  /** An audited change about `userId` (as the services record them), queued for the tenant's endpoints. */
  const event = (userId: string, action: AuditAction = AuditAction.ACCOUNT_UNLOCKED, detail: Record<string, string | number | boolean | null> = {}) =>
    t.server.services.audit.record({ accountId: tenant.accountId, actorId: null, targetUserId: userId, action, outcome: "SUCCESS", detail: { username: `${userId}@x`, ...detail }, ip: null });

  it("retries a failing receiver on the backoff schedule with an injected clock, and gives up after 24 hours", async () => {
    const { endpoint } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    receiver.answerWith(() => ({ status: 503, body: "down for maintenance" }));
    const from = receiver.requests.length;
    await event("u-backoff");
    const [queued] = await storedDeliveries(t, endpoint.id);
    const createdAt = queued?.created_at as number;
    const clock: Clock = { now: createdAt };
    const worker = workerOf(t, clock);
    const expected: number[] = [];
    let at = createdAt;
    for (let failures = 1; ; failures++) {
      expected.push(at);
      const next = nextWebhookAttempt({ failures, createdAt, now: at, random: 0.5 });
      if (next.giveUp) break;
      at = next.at;
    }
    const attemptTimes: number[] = [];
    for (const due of expected) {
      // Just before it is due, nothing is sent.
      clock.now = due - 1;
      expect(await worker.round()).toBe(0);
      clock.now = due;
      expect(await worker.round()).toBe(1);
      attemptTimes.push(clock.now);
      const [row] = await storedDeliveries(t, endpoint.id);
      expect(row?.attempts).toBe(attemptTimes.length);
    }
    expect(attemptTimes).toEqual(expected);
    expect(attemptTimes.at(-1)).toBe(createdAt + WEBHOOK_RETRY_WINDOW_MS);
    expect(attemptTimes.slice(0, 4).map((x, i) => (i === 0 ? 0 : x - (attemptTimes[i - 1] as number)))).toEqual([0, 3_750, 7_500, 15_000]);
    const [given] = await storedDeliveries(t, endpoint.id);
    expect(given).toMatchObject({ status: "FAILED", attempts: expected.length, last_status_code: 503, last_response: "down for maintenance" });
    clock.now += 7 * 24 * 3_600_000;
    expect(await worker.round()).toBe(0);
    expect(receiver.requests.length - from).toBe(expected.length);
  });

  it("delivers each user's events in order: the next waits until the one before succeeded or was given up", async () => {
    const { endpoint } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED", "USER_LOCKED"] });
    const from = receiver.requests.length;
    // x's first event fails twice; y's events are not held up by it.
    let xFailures = 2;
    receiver.answerWith(({ body }) => {
      const data = JSON.parse(body).data as { userId: string; n: number };
      if (data.userId === "x" && xFailures > 0) {
        xFailures--;
        return { status: 500 };
      }
      return { status: 200 };
    });
    for (let n = 1; n <= 3; n++) await event("x", AuditAction.ACCOUNT_LOCKED, { failures: n });
    for (let n = 1; n <= 2; n++) await event("y", AuditAction.ACCOUNT_LOCKED, { failures: n });
    const clock: Clock = { now: Date.now() };
    const worker = workerOf(t, clock);
    await drain(worker);
    // Each user's events as the receiver saw them, in arrival order (users are sent in parallel).
    const seenOf = (user: string) =>
      receiver.requests
        .slice(from)
        .filter((r) => r.payload.data.userId === user)
        .map((r) => `${r.payload.data.failures}:${r.status}`);
    expect(seenOf("x")).toEqual(["1:500"]);
    expect(seenOf("y")).toEqual(["1:200", "2:200"]);
    // x2 and x3 wait behind x1, and are not even due until it is.
    const stored = await storedDeliveries(t, endpoint.id);
    const x1 = stored[0];
    expect(stored.slice(1, 3).every((d) => d.next_attempt_at === x1?.next_attempt_at)).toBe(true);
    clock.now = x1?.next_attempt_at as number;
    await drain(worker);
    expect(seenOf("x")).toEqual(["1:500", "1:500"]);
    clock.now = (await storedDeliveries(t, endpoint.id))[0]?.next_attempt_at as number;
    await drain(worker);
    expect(seenOf("x")).toEqual(["1:500", "1:500", "1:200", "2:200", "3:200"]);
    expect(seenOf("y")).toHaveLength(2);

    // A given-up event lets the next one go.
    receiver.answerWith(({ body }) => ((JSON.parse(body).data as { failures: number }).failures === 10 ? { status: 410 } : { status: 200 }));
    await event("z", AuditAction.ACCOUNT_LOCKED, { failures: 10 });
    await event("z", AuditAction.ACCOUNT_LOCKED, { failures: 11 });
    const [z10] = (await storedDeliveries(t, endpoint.id)).slice(-2);
    clock.now = Date.now();
    await drain(worker);
    clock.now = (z10?.created_at as number) + WEBHOOK_RETRY_WINDOW_MS;
    await drain(worker);
    expect(seenOf("z")).toEqual(["10:410", "10:410", "11:200"]);
    expect((await storedDeliveries(t, endpoint.id)).slice(-2).map((d) => d.status)).toEqual(["FAILED", "SUCCEEDED"]);
  });

  it("does not wait past its timeout, does not follow redirects, and keeps only the start of an answer", async () => {
    const { endpoint } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    const from = receiver.requests.length;
    const answers: Record<string, Answer> = {
      slow: { status: 200, delayMs: 3_000 },
      moved: { status: 302, headers: { location: `${receiver.url}/elsewhere` } },
      chatty: { status: 500, body: "e".repeat(5_000) },
    };
    receiver.answerWith(({ body }) => answers[(JSON.parse(body) as { data: { userId: string } }).data.userId] ?? { status: 200 });
    await event("slow");
    await event("moved");
    await event("chatty");
    const clock: Clock = { now: Date.now() };
    const started = Date.now();
    await drain(workerOf(t, clock, { timeoutMs: 500 }));
    expect(Date.now() - started).toBeLessThan(2_500);
    const stored = await storedDeliveries(t, endpoint.id);
    expect(stored.map((d) => [d.status, d.last_status_code])).toEqual([
      ["PENDING", null],
      ["PENDING", 302],
      ["PENDING", 500],
    ]);
    expect(stored[0]?.last_response).toBe("no answer within 500 ms");
    expect(stored[2]?.last_response).toBe("e".repeat(200));
    // The redirect's target was never asked.
    expect(receiver.requests.slice(from)).toHaveLength(3);
  });

  it("sends an event again on request with the same id and body, and a test to its own queue", async () => {
    const { endpoint, secret } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    receiver.trust(secret);
    const from = receiver.requests.length;
    await event("again");
    const clock: Clock = { now: Date.now() };
    const worker = workerOf(t, clock);
    await drain(worker);
    const [first] = await storedDeliveries(t, endpoint.id);
    const res = await t.gql<{ redeliverWebhook: { delivery: Delivery } }>(REDELIVER, { id: first?.id }, bearer(admin));
    const again = res.body.data?.redeliverWebhook.delivery;
    expect(again).toMatchObject({ status: "PENDING", attempts: 0, messageId: first?.message_id, eventType: "user.unlocked" });
    expect(again?.id).not.toBe(first?.id);
    const test = await t.gql<{ sendTestWebhook: { delivery: Delivery } }>(`mutation T($id: ID!) { sendTestWebhook(endpointId: $id) { delivery { id eventType } } }`, { id: endpoint.id }, bearer(admin));
    expect(test.body.data?.sendTestWebhook.delivery.eventType).toBe("webhook.test");
    clock.now = Date.now();
    await drain(worker);
    const got = receiver.requests.slice(from);
    expect(got.map((r) => r.payload.type).sort()).toEqual(["user.unlocked", "user.unlocked", "webhook.test"]);
    const [original, resent] = got.filter((r) => r.payload.type === "user.unlocked");
    expect(resent?.id).toBe(original?.id);
    expect(resent?.body).toBe(original?.body);
    expect(got.every((r) => r.verifiedBy.length === 1)).toBe(true);
    const audits: { action: string }[] = await t.server.dataSource.query("SELECT action FROM audit_events WHERE account_id = ? AND action IN ('WEBHOOK_REDELIVERY_REQUESTED', 'WEBHOOK_TEST_SENT') ORDER BY created_at", [tenant.accountId]);
    expect(audits.map((a) => a.action)).toEqual(["WEBHOOK_REDELIVERY_REQUESTED", "WEBHOOK_TEST_SENT"]);
  });

  it("signs with the new and the previous secret for a day after a rotation, then with the new one only", async () => {
    const { endpoint, secret: before } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    const rotated = await t.gql<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { id: endpoint.id }, bearer(admin));
    const after = rotated.body.data?.rotateWebhookSecret.secret as string;
    receiver.trust(before);
    receiver.trust(after);
    const from = receiver.requests.length;
    await event("rotating");
    const clock: Clock = { now: Date.now() };
    const worker = workerOf(t, clock);
    await drain(worker);
    const [during] = receiver.requests.slice(from);
    expect(during?.verifiedBy.sort()).toEqual([before, after].sort());
    expect(during?.signature.split(" ")).toHaveLength(2);

    await event("rotated");
    clock.now = Date.now() + 24 * 3_600_000 + 1_000;
    await drain(worker);
    const late = receiver.requests.at(-1);
    expect(late?.payload.data.userId).toBe("rotated");
    const signatures = late?.signature.split(" ") ?? [];
    expect(signatures).toHaveLength(1);
    // The library's own signing of the same message with the new secret gives exactly that signature.
    expect(new Webhook(after).sign(late?.id as string, new Date(Number(late?.timestamp) * 1000), late?.body as string)).toBe(signatures[0]);
    expect(new Webhook(before).sign(late?.id as string, new Date(Number(late?.timestamp) * 1000), late?.body as string)).not.toBe(signatures[0]);
    expect(Number(late?.timestamp)).toBe(Math.floor(clock.now / 1000));
  });

  it("two workers sending at once deliver each event exactly once", async () => {
    const { endpoint } = await createEndpoint(t, admin, { url: receiver.url, eventTypes: ["USER_UNLOCKED"] });
    const from = receiver.requests.length;
    receiver.answerWith(() => ({ status: 200, delayMs: 20 }));
    for (let i = 0; i < 30; i++) await event(`par-${i}`);
    const clock: Clock = { now: Date.now() };
    const a = workerOf(t, clock);
    const b = workerOf(t, clock);
    for (let i = 0; i < 20; i++) await Promise.all([a.round(), b.round()]);
    const ids = receiver.requests.slice(from).map((r) => r.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect((await storedDeliveries(t, endpoint.id)).every((d) => d.status === "SUCCEEDED" && d.attempts === 1)).toBe(true);
  });
});
