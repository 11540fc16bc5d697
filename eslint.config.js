import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/coverage/**", "**/node_modules/**", "**/*.generated.ts", "**/src/gql/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: ["../../../*"] }],
    },
  },
  {
    // The console's lib/ (router, session, notices, Apollo client, formatting) serves the shell and every
    // feature, so it imports neither; features import lib/, never the shell. Repeats the base pattern, which
    // this block replaces for these files.
    files: ["apps/console/src/lib/**/*.{ts,tsx}", "apps/console/src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../../../*"] },
            { regex: "^((\\.\\./)+|#src/)app(/|$)", message: "app/ is the console's shell: import from lib/ instead" },
            { regex: "^((\\.\\./)+|#src/)features(/|$)", message: "lib/ must not depend on a feature" }
          ]
        }
      ]
    }
  },
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@mfa/api", "@mfa/ui", "@mfa/console", "**/apps/**"], message: "core depends on nothing of ours" },
            { group: ["node:fs", "node:fs/*", "node:net", "node:http", "node:https", "node:child_process", "node:dgram", "node:dns", "fs", "net", "http", "https", "child_process"], message: "core does no I/O" }
          ]
        }
      ]
    }
  }
);
