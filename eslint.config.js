import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const upwardImports = { group: ["../../../*"], message: "Use the package's #src/* subpath imports instead." };

// SQL lives in `*.queries.ts` (named functions with typed rows) and in apps/api/src/db (the data source, the
// migrations, the statement helper); a service reads like the rules it applies. Statements are recognised by
// their uppercase verb at the start of a string or template.
const SQL_VERB = "/^\\s*(SELECT|UPDATE|INSERT|DELETE)\\s/";
const sqlOutsideQueries = "SQL belongs in a *.queries.ts file of the module (or in src/db): call a named query function.";

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
      "no-restricted-imports": ["error", { patterns: [upwardImports] }],
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
  },
  {
    files: ["apps/api/src/**/*.ts"],
    ignores: ["apps/api/src/**/*.queries.ts", "apps/api/src/db/**", "apps/api/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            upwardImports,
            { regex: "(^|/)db/sql(\\.js)?$", message: sqlOutsideQueries },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='query']", message: sqlOutsideQueries },
        { selector: `Literal[value=${SQL_VERB}]`, message: sqlOutsideQueries },
        { selector: `TemplateLiteral[quasis.0.value.raw=${SQL_VERB}]`, message: sqlOutsideQueries },
      ],
    },
  },
);
