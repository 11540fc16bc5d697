import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents for the console. The schema is the file the API emits and commits;
 * `src/gql/` is generated and committed too (`pnpm run codegen`), and `typecheck` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        gqlTagName: "graphql",
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: "string" },
        skipTypename: false,
        nonOptionalTypename: false,
      },
    },
  },
};

export default config;
