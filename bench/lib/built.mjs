/** The built entry points the benchmark uses, found through the packages' exports (never by a path into them). */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const HINT = "build first: pnpm exec turbo run build --filter=@mfa/bench...";

/** The file a package export points at; a clear error when the package is not built. */
export function builtEntry(specifier) {
  let file;
  try {
    file = fileURLToPath(import.meta.resolve(specifier));
  } catch {
    throw new Error(`${specifier} is not built: ${HINT}`);
  }
  if (!existsSync(file)) throw new Error(`${specifier} is not built (${file} is missing): ${HINT}`);
  return file;
}
