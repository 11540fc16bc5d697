/** Catalogs are JSON files named after their namespace: `locales/en/security.json` is namespace "security". */
export function catalogs(modules: Record<string, unknown>): Record<string, object> {
  return Object.fromEntries(
    Object.entries(modules).map(([path, catalog]) => [path.replace(/^.*\/([^/]+)\.json$/, "$1"), catalog as object]),
  );
}
