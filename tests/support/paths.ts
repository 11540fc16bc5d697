import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const apiDir = fileURLToPath(new URL("../../apps/api/", import.meta.url));
export const apiMain = fileURLToPath(new URL("../../apps/api/dist/main.js", import.meta.url));
export const migrateCli = fileURLToPath(new URL("../../apps/api/dist/cli/migrate.js", import.meta.url));
export const consoleDist = fileURLToPath(new URL("../../apps/console/dist/", import.meta.url));
const artifactsDir = fileURLToPath(new URL("../artifacts/", import.meta.url));

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}

/** The build is part of the test command; a missing build is an error, not a skip. */
export function assertBuilt(): void {
  for (const file of [apiMain, `${consoleDist}index.html`, `${consoleDist}playground.html`]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build before running the end-to-end suite`);
  }
}
