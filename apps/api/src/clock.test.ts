import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { offsetClock } from "./clock.js";

describe("the test clock", () => {
  const file = join(mkdtempSync(join(tmpdir(), "mfa-clock-")), "offset");
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1_000);

  it("is the real time until the file says otherwise, then moves by its milliseconds at the next call", () => {
    const now = offsetClock(file);
    near(now(), Date.now());
    writeFileSync(file, "86400000\n");
    near(now(), Date.now() + 86_400_000);
    writeFileSync(file, "-3600000");
    near(now(), Date.now() - 3_600_000);
    writeFileSync(file, "");
    near(now(), Date.now());
  });

  it("refuses a file that holds anything but a whole number", () => {
    writeFileSync(file, "tomorrow");
    expect(() => offsetClock(file)()).toThrow(/CLOCK_OFFSET_FILE/);
  });
});
