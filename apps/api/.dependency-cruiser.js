/**
 * Import cycles in the API, checked by `pnpm lint`: between files, and between folders (a feature folder such as
 * modules/auth and modules/mfa may depend on each other in one direction only). Type-only imports vanish at run
 * time and are not counted.
 * @type {import("dependency-cruiser").IConfiguration}
 */
export default {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "Files that import each other load in an order that depends on who came first.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycle",
      scope: "folder",
      severity: "error",
      comment: "Folders form layers: when two folders need each other, move the shared part or add a verb to its owner.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: false,
    enhancedResolveOptions: { conditionNames: ["source", "import", "default"], extensions: [".ts", ".js"] },
    doNotFollow: { path: "node_modules" },
    // The entity registry lists every module's entities for the data source: like services.ts and schema.ts it
    // wires the modules together and is not a dependency of the db folder on them.
    exclude: { path: ["\\.test\\.ts$", "^src/db/entities\\.ts$"] },
    includeOnly: "^src/",
    metrics: true,
  },
};
