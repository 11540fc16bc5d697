import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;

// The security properties on a three-node MariaDB Galera cluster (scripts/galera.sh), one API instance on each node.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["**/*.test.ts"],
    globalSetup: ["./global-setup.ts"],
    reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/galera.json` }]] : ["default"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
