import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL } from "../features/admin-audit/audit-actions";
import { WEBHOOK_EVENT_LABEL } from "../features/admin-webhooks/webhook-events";

const here = dirname(fileURLToPath(import.meta.url));
const folder = (language: string) => join(here, "..", "locales", language);
const uiFolder = join(here, "..", "..", "..", "..", "packages", "ui", "src", "locales");

/** Every key of a catalog with its text, nested objects flattened to dotted keys. */
function flatten(catalog: unknown, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(path, value);
    else for (const [k, v] of flatten(value, path)) keys.set(k, v);
  }
  return keys;
}

/** What a text interpolates and which markup it carries: {{name}} and <0>…</0>. */
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|<(\/?\d+|\/?\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as unknown;

const namespaces = readdirSync(folder("en")).filter((file) => file.endsWith(".json"));
/**
 * Labels of API enums (audit actions, webhook events): English in a record over the enum, which the typecheck keeps
 * complete, German in a catalog of its own.
 */
const ENUM_CATALOGS: Record<string, object> = { "audit-actions.json": AUDIT_ACTION_LABEL, "webhook-events.json": WEBHOOK_EVENT_LABEL };
const catalogsOf = (language: string) => [
  ...namespaces.map((file) => [file, read(join(folder(language), file))] as const),
  ["ui (packages/ui)", read(join(uiFolder, `${language}.json`))] as const,
  ...Object.entries(ENUM_CATALOGS).map(([file, english]) => [file, language === "en" ? english : read(join(folder(language), file))] as const),
];

describe("the German catalogs", () => {
  it("has one German catalog for each English one", () => {
    expect(readdirSync(folder("de")).filter((file) => file.endsWith(".json")).sort()).toEqual([...namespaces, ...Object.keys(ENUM_CATALOGS)].sort());
  });

  const german = new Map(catalogsOf("de"));
  for (const [name, english] of catalogsOf("en")) {
    it(`${name}: the same keys, each with the same interpolation variables, and no text left empty`, () => {
      const en = flatten(english);
      const de = flatten(german.get(name));
      expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, text] of en) {
        expect(variables(de.get(key) ?? ""), `${name} ${key}`).toEqual(variables(text));
        expect(de.get(key)?.trim(), `${name} ${key}`).not.toBe("");
      }
    });
  }
});
