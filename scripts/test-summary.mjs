// Adds up the JSON reports every test package wrote and prints one closing line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function shortName(path) {
  return String(path ?? "").replace(`${process.cwd()}/`, "");
}

function failuresOf(report, suite) {
  const lines = [];
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) {
      const first = String(test.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300);
      lines.push(`  FAILED ${suite} ${shortName(file.name)}: ${test.fullName ?? test.title}\n         ${first}`);
    }
    if (failedTests.length === 0 && file.status === "failed") {
      lines.push(`  FAILED ${suite}: ${file.name} (${String(file.message ?? "").split("\n")[0].slice(0, 300)})`);
    }
  }
  return lines;
}
for (const file of files.sort()) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`  ${file.replace(/\.json$/, "").padEnd(16)} ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  failures.push(...failuresOf(report, file.replace(/\.json$/, "")));
}
// The failed tests by name, with the first line of each message, so the closing lines of a run say what broke.
for (const line of failures) console.log(line);
const expected = ["api", "console", "core", "docs", "e2e", "ui"];
const missing = expected.filter((name) => !files.includes(`${name}.json`));
if (missing.length) console.log(`  missing reports: ${missing.join(", ")} (those suites did not run)`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0);
