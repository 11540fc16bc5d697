import { randomBytes, randomInt } from "node:crypto";

/** Source of randomness, injectable so tests can be deterministic. */
export interface RandomSource {
  /** `n` uniformly random bytes. */
  bytes(n: number): Uint8Array;
  /** A uniformly random integer in `[0, maxExclusive)`. */
  int(maxExclusive: number): number;
}

/** Cryptographically secure randomness from the operating system. */
export const cryptoRandom: RandomSource = {
  bytes: (n) => new Uint8Array(randomBytes(n)),
  int: (maxExclusive) => randomInt(maxExclusive),
};
