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
