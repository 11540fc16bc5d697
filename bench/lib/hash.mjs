/** The password hash alone: the API's own argon2id hashing and checking, timed one at a time. */
import { builtEntry } from "./built.mjs";
import { summarize } from "./stats.mjs";

export async function measureHash(password, { runs = 20 } = {}) {
  builtEntry("@mfa/api");
  const { hashPassword, verifyPassword } = await import("@mfa/api");
  const phc = await hashPassword(password);
  for (let i = 0; i < 3; i++) await verifyPassword(phc, password);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const ok = await verifyPassword(phc, password);
    times.push(performance.now() - t0);
    if (!ok) throw new Error("the password hash does not verify");
  }
  // The same check from several callers at once, as the server runs it: what the cores deliver together.
  const parallel = Math.max(2, (await import("node:os")).availableParallelism() * 2);
  const total = Math.max(parallel, runs * 2);
  let left = total;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (left-- > 0) await verifyPassword(phc, password);
    }),
  );
  const parallelPerSec = total / ((performance.now() - t0) / 1000);
  return { phc, verify: summarize(times), parallelPerSec, parallel };
}
