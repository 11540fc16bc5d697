import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { promisify } from "node:util";
import { repoRoot } from "./paths.js";

const run = promisify(execFile);

export interface RunningDovecot {
  readonly port: number;
  log(): string;
  stop(): Promise<void>;
}

/**
 * A throw-away Dovecot (scripts/dovecot.sh) on 127.0.0.1:`port` whose every login asks `checkUrl` with `key`.
 * Dovecot must be installed (scripts/test.sh does it: ensure_dovecot in scripts/lib/common.sh); a machine
 * without it fails here, it does not skip.
 */
export async function startDovecot(checkUrl: string, key: string, port: number): Promise<RunningDovecot> {
  if (!existsSync("/usr/sbin/dovecot")) throw new Error("Dovecot is not installed: run scripts/test.sh, or source scripts/lib/common.sh and run ensure_dovecot");
  // Short and under /tmp: Dovecot's socket paths are limited, and its users must reach the directory.
  const dir = mkdtempSync("/tmp/mfa-dovecot-");
  const script = `${repoRoot}scripts/dovecot.sh`;
  await run("bash", [script, "start", dir, checkUrl], {
    env: { ...process.env, IMAP_PORT: String(port), CHECK_HEADER: `X-Mail-Auth-Key: ${key}`, AUTH_FAILURE_DELAY: "0" },
  });
  return {
    port,
    log: () => (existsSync(`${dir}/dovecot.log`) ? readFileSync(`${dir}/dovecot.log`, "utf8") : ""),
    async stop() {
      await run("bash", [script, "stop", dir]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
