import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";

/**
 * An exclusive lock between processes sharing one file system: the lock file is created with
 * O_EXCL, so exactly one holder exists; a lock older than `staleMs` is taken over (its holder died).
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options = { waitMs: 120_000, staleMs: 300_000 }): Promise<T> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(path).mtimeMs > options.staleMs) rmSync(path, { force: true });
      } catch {
        // the holder released it between our two looks: try again
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${path}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
