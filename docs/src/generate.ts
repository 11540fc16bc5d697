// Writes the generated references of docs/ (`pnpm run docs`; the build runs it after the API's, which writes the schema).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { referenceFiles, repoRoot } from "./reference-files.js";

for (const file of referenceFiles()) {
  const target = fileURLToPath(new URL(file.path, repoRoot));
  if (existsSync(target) && readFileSync(target, "utf8") === file.content) {
    console.log(`${file.path} is up to date`);
    continue;
  }
  // Written beside and renamed: a reader (the docs' own test, running at the same time) never sees half a file.
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, file.content);
  renameSync(`${target}.tmp`, target);
  console.log(`${file.path} written`);
}
