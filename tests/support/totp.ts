import { execFileSync } from "node:child_process";

const STEP_MS = 30_000;

/** A TOTP code computed by oathtool, an authenticator independent of the API's own. */
export function oathtool(secret: string, atMs = Date.now()): string {
  const bin = process.env.OATHTOOL_PATH ?? "oathtool";
  return execFileSync(bin, ["--totp", "-b", "-N", `@${Math.floor(atMs / 1000)}`, secret], { encoding: "utf8" }).trim();
}

/**
 * `count` six-digit codes that are certainly wrong for `secret` right now: none of them is the code of the
 * previous, current or next two time steps (the API accepts one step of drift either way).
 */
export function wrongCodes(secret: string, count: number, seed = 0): string[] {
  const now = Date.now();
  const valid = new Set([-1, 0, 1, 2].map((k) => oathtool(secret, now + k * STEP_MS)));
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const code = String(100_000 + ((seed * 7_919 + i * 104_729) % 900_000));
    if (!valid.has(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

/** The time step the API uses for a code computed at `ms`. */
export const timeStep = (ms: number) => Math.floor(ms / STEP_MS);

/** How long a handed-out code must stay valid at least: the trip from the test through the browser to the API. */
const MIN_VALIDITY_MS = 10_000;

/**
 * An authenticator app in a browser test: hands out codes, each for a time step not used before on that
 * secret (the API refuses a step already spent). A code for step s is accepted while the API's step is s-1 to
 * s+1, so the previous step's code lapses at the end of the current step: it is handed out only while at least
 * MIN_VALIDITY_MS of it remain (a loaded machine can take seconds to deliver it). When the steps within the
 * drift window are spent it waits for the clock, at most one step.
 */
export class Authenticator {
  private lastStep = 0;
  constructor(readonly secret: string) {}

  async code(): Promise<string> {
    for (;;) {
      const now = Date.now();
      let step = Math.max(this.lastStep + 1, timeStep(now) - 1);
      if ((step + 2) * STEP_MS - now < MIN_VALIDITY_MS) step += 1;
      if (step <= timeStep(now) + 1) {
        this.lastStep = step;
        return oathtool(this.secret, step * STEP_MS + 1_000);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
