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
    },
  }),
);
