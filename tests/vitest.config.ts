import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;

// End-to-end: the compiled server over HTTP and the built console in Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/e2e.json` }]] : ["default"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
