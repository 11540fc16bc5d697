// Adds up the JSON reports every test package wrote and prints one closing line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`  ${file.replace(/\.json$/, "").padEnd(16)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
const expected = ["api", "console", "core", "docs", "e2e", "ui"];
const missing = expected.filter((name) => !files.includes(`${name}.json`));
if (missing.length) console.log(`  missing reports: ${missing.join(", ")} (those suites did not run)`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
