import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PasswordThrottle } from "#src/modules/throttle/throttle.service.js";
import { ENGINES } from "../support/engines.js";
import { startTestServer, type TestServer } from "../support/server.js";

const rule = { burst: 2, baseMs: 1_000, capMs: 60_000, staleMs: 10_000 };

describe.each(ENGINES)("the limiter's keys on %s", (engine) => {
  let t: TestServer;
  let clock = 1_000_000;
  let throttle: PasswordThrottle;
  beforeAll(async () => {
    t = await startTestServer(engine);
    throttle = new PasswordThrottle(t.server.dataSource, { user: rule, address: { ...rule, burst: 100 }, knownBrowserMs: 60_000 }, () => clock);
  });
  afterAll(async () => t?.close());

  const keysOf = (name: string) => throttle.keys({ username: name, address: "192.0.2.1", knownBrowser: false, browserToken: null });

  it("a key seen the first time is created with the attempt's slot; an existing key takes it with one write", async () => {
    const keys = keysOf("first");
    const a = await throttle.attempt(keys);
    expect(a.allowed).toBe(true);
    const b = await throttle.attempt(keys);
    expect(b.allowed).toBe(true);
    // Two in flight fill the burst of two.
    expect((await throttle.attempt(keys)).allowed).toBe(false);
    if (a.allowed) await a.settle("WRONG");
    if (b.allowed) await b.settle("WRONG");
    const refused = await throttle.attempt(keys);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBe(1_000);
  });

  it("a waiting key left alone past its stale time starts again within the take, and so does a slot never settled", async () => {
    const keys = keysOf("stale");
    for (let i = 0; i < 2; i++) {
      const a = await throttle.attempt(keys);
      if (a.allowed) await a.settle("WRONG");
    }
    expect((await throttle.attempt(keys)).allowed).toBe(false);
    clock += 2_000; // the wait is over, but the failures still count: one attempt at a time
    const one = await throttle.attempt(keys);
    expect(one.allowed).toBe(true);
    expect((await throttle.attempt(keys)).allowed).toBe(false);
    // That attempt never settles (a crash); long after, the key starts again with a whole burst.
    clock += rule.staleMs + 1;
    expect((await throttle.attempt(keys)).allowed).toBe(true);
    expect((await throttle.attempt(keys)).allowed).toBe(true);
    expect((await throttle.attempt(keys)).allowed).toBe(false);
  });
});
