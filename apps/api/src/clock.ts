import { existsSync, readFileSync } from "node:fs";

/**
 * The test clock (`CLOCK_OFFSET_FILE`, refused in production): the real time plus the whole number of milliseconds
 * the file holds, read at every call, so an end-to-end test moves the built server's time by writing the file (a
 * missing or empty file: no offset). It is what the rules that read the time get as `now` (deadlines, deferrals,
 * reminders, snapshots); sessions, codes and leases keep the real time.
 */
export function offsetClock(file: string): () => number {
  return () => {
    const text = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
    if (text === "") return Date.now();
    if (!/^-?\d{1,15}$/.test(text)) throw new Error(`CLOCK_OFFSET_FILE holds no whole number of milliseconds: ${JSON.stringify(text.slice(0, 40))}`);
    return Date.now() + Number(text);
  };
}
