import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { i18n } from "./i18n";

const src = join(dirname(fileURLToPath(import.meta.url)), "..");

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "gql" || name === "playground" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Whether English has the key (or its plural forms) in a namespace. */
const known = (namespace: string, key: string) =>
  i18n.exists(key, { ns: namespace, lng: "en" }) || i18n.exists(`${key}_other`, { ns: namespace, lng: "en" });

describe("the keys the console asks for", () => {
  it("every literal key passed to t(), i18n.t() or <Trans i18nKey> has an English text", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sources(src)) {
      const code = readFileSync(file, "utf8");
      // A component's own namespace; "common" when it names none.
      const own = /useTranslation\("([^"]+)"\)/.exec(code)?.[1] ?? "common";
      for (const match of code.matchAll(/(?:\bi18n\.t|\bt)\("([^"]+)"|i18nKey="([^"]+)"/g)) {
        const literal = match[1] ?? match[2] ?? "";
        const [namespace, key] = literal.includes(":") ? (literal.split(":", 2) as [string, string]) : [own, literal];
        checked += 1;
        if (!known(namespace, key)) missing.push(`${relative(src, file)}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
    // The scan found the console's keys (a broken pattern would find none and pass).
    expect(checked).toBeGreaterThan(800);
  });
});
