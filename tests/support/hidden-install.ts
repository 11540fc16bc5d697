import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiDir, consoleDist } from "./paths.js";

export interface HiddenInstall {
  /** The install folder: its real path has a dot-segment (`.cache`). */
  readonly root: string;
  /** The copied server entry point, as the start command would run it from there. */
  readonly apiMain: string;
  /** The copied console build the server serves by default. */
  readonly consoleDist: string;
  remove(): void;
}

/**
 * Lays out the built API and console as a clone inside a hidden folder would (`~/.cache/x/apps/...`): the
 * builds are copied, not linked, so the server's own files have that path; only the API's installed
 * dependencies are linked.
 */
export function installUnderHiddenFolder(): HiddenInstall {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "mfa-install-")));
  const root = join(base, ".cache", "mfa-service");
  const api = join(root, "apps", "api");
  mkdirSync(api, { recursive: true });
  cpSync(join(apiDir, "dist"), join(api, "dist"), { recursive: true });
  cpSync(join(apiDir, "package.json"), join(api, "package.json"));
  symlinkSync(join(apiDir, "node_modules"), join(api, "node_modules"), "dir");
  const consoleCopy = join(root, "apps", "console", "dist");
  cpSync(consoleDist, consoleCopy, { recursive: true });
  return {
    root,
    apiMain: join(api, "dist", "main.js"),
    consoleDist: consoleCopy,
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
