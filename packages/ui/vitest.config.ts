import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;

export default defineConfig({
  test: {
    reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/ui.json` }]] : ["default"],
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
  },
});
