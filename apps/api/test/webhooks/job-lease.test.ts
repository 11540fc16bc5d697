import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "#src/logger.js";
import { JobLease } from "#src/modules/jobs/job-lease.js";
import { JobRunner } from "#src/modules/jobs/job-runner.js";
import { ENGINES } from "../support/engines.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe.each(ENGINES)("job leases on %s", (engine) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(engine);
  });
  afterAll(async () => t?.close());

  it("one holder at a time: renewed while held, taken over once it expires, free at once when released", async () => {
    const clock = { now: 1_000_000 };
    const lease = (holder: string) => new JobLease(t.server.dataSource, "lease-test", { ttlMs: 30_000, now: () => clock.now, holder });
    const a = lease("instance-a");
    const b = lease("instance-b");
    expect(await a.hold()).toBe(true);
    expect(await b.hold()).toBe(false);
    clock.now += 20_000;
    expect(await a.hold()).toBe(true); // renewed until +50 s
    clock.now += 20_000;
    expect(await b.hold()).toBe(false);
    // a stops renewing (it died): 30 s after its last renewal b takes over, and a has lost it.
    clock.now += 10_000;
    expect(await b.hold()).toBe(true);
    expect(await a.heldFor(1_000)).toBe(false);
    expect(await a.hold()).toBe(false);
    await b.release();
    expect(await a.hold()).toBe(true);
    // heldFor renews once less than half is left, and says no when what is left is too short.
    clock.now += 20_000;
    expect(await a.heldFor(5_000)).toBe(true);
    const [row] = (await t.server.dataSource.query("SELECT holder, expires_at FROM job_leases WHERE name = 'lease-test'")) as { holder: string; expires_at: number | string }[];
    expect([row?.holder, Number(row?.expires_at)]).toEqual(["instance-a", clock.now + 30_000]);
    expect(await a.heldFor(31_000)).toBe(false);
  });

  it("many instances asking at once: exactly one gets it", async () => {
    const clock = { now: 5_000_000 };
    const leases = Array.from({ length: 12 }, (_, i) => new JobLease(t.server.dataSource, "lease-race", { ttlMs: 30_000, now: () => clock.now, holder: `i-${i}` }));
    const held = await Promise.all(leases.map((l) => l.hold()));
    expect(held.filter(Boolean)).toHaveLength(1);
  });

  it("runs a job's rounds only on the instance holding the lease, and lets another take over when it stops", async () => {
    const rounds: string[] = [];
    const runner = (name: string) =>
      new JobRunner(new JobLease(t.server.dataSource, "runner-test", { ttlMs: 60_000, holder: name }), async () => {
        rounds.push(name);
        return 0;
      }, { intervalMs: 20, logger: createLogger("silent") });
    const first = runner("first");
    const second = runner("second");
    first.start();
    await new Promise((r) => setTimeout(r, 100));
    second.start();
    await new Promise((r) => setTimeout(r, 200));
    expect(rounds.length).toBeGreaterThan(3);
    expect(new Set(rounds)).toEqual(new Set(["first"]));
    await first.stop();
    const before = rounds.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(rounds.slice(before).length).toBeGreaterThan(0);
    expect(new Set(rounds.slice(before))).toEqual(new Set(["second"]));
    await second.stop();
  });
});
