import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

const reportDir = process.env.TEST_REPORT_DIR;

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/console.json` }]] : ["default"],
      environment: "jsdom",
      include: ["src/**/*.test.{ts,tsx}"],
      setupFiles: ["src/test/setup.ts"],
      // The full test command runs these beside the API and browser suites on two cores: a page test that takes
      // a second alone can take several then. Timing is measured by the benchmark, not by these tests.
      testTimeout: 30_000,
    },
  }),
);
