import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;
const CONDITIONS = ["source", "node", "development|production"];

// The API's error codes are read from its TypeScript source ("source" condition), so a code added there without
// regenerating the reference fails here even before the API is built again.
export default defineConfig({
  resolve: { conditions: CONDITIONS },
  ssr: { resolve: { conditions: CONDITIONS } },
  test: {
    reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/docs.json` }]] : ["default"],
    include: ["src/**/*.test.ts"],
  },
});
