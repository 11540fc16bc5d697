import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const reportDir = process.env.TEST_REPORT_DIR;
const CONDITIONS = ["source", "node", "development|production"];
// graphql-js ships CommonJS (main) and ES module (module) builds; Node loads the CommonJS one for type-graphql and
// for our imports alike, the test runner would pick the ES one for our source: one copy for both, as in production.
const GRAPHQL = createRequire(import.meta.url).resolve("graphql");

// swc emits decorator metadata (esbuild does not), so type-graphql and TypeORM behave as in the build.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: "es2022",
      },
    }),
  ],
  resolve: { conditions: CONDITIONS, alias: [{ find: /^graphql$/, replacement: GRAPHQL }] },
  ssr: { resolve: { conditions: CONDITIONS } },
  test: {
    reporters: reportDir ? ["default", ["json", { outputFile: `${reportDir}/api.json` }]] : ["default"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
  },
});
