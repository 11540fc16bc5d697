import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { referenceFiles, repoRoot } from "./reference-files.js";

const REGENERATE = "run `pnpm run docs` (it builds the API, which writes apps/api/schema.graphql, then regenerates docs/reference) and commit docs/reference";

/** The file as the git index holds it (what the next commit gets); null outside a git checkout or for a new file. */
function staged(path: string): string | null {
  try {
    return execFileSync("git", ["show", `:${path}`], { cwd: fileURLToPath(repoRoot), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 16 * 1024 * 1024 });
  } catch {
    return null;
  }
}

// The build regenerates these files, so the copy on disk follows the schema; what the commit holds may not, and
// that is what a reader of the repository sees.
describe("the generated references follow the schema and the error codes", () => {
  it.each(referenceFiles().map((file) => [file.path, file] as const))("%s", (path, file) => {
    const onDisk = readFileSync(new URL(path, repoRoot), "utf8");
    expect(onDisk === file.content, `${path} is out of date: ${REGENERATE}`).toBe(true);
    const committed = staged(path);
    expect(committed === null || committed === file.content, `${path} in git is out of date: ${REGENERATE}`).toBe(true);
  });
});
