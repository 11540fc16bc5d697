import { parseArgs } from "node:util";
import { createSealer } from "@mfa/core";
import { ConfigError, loadConfig } from "#src/config/config.js";
import { createDataSource } from "#src/db/data-source.js";
import { prepareForGalera } from "#src/db/galera.js";
import { Resealer, type ColumnReport, type LeftOver } from "./reseal.service.js";

const USAGE = `usage: reseal [--check] [--batch-size N] [--pause-ms N]
  Re-seals every sealed value (authenticator secrets, kept texts and emails, webhook secrets) under the active key
  (MFA_SEAL_ACTIVE_KEY_ID, or the last key of MFA_SEAL_KEYS), with the API's own environment.
  --check          only count the values still under other keys (exit 0 when there are none)
  --batch-size N   values read per statement (default 500)
  --pause-ms N     pause between batches (default 0)`;

/** Exit codes: 0 every value is under the active key; 1 some are not (yet); 2 a bad setting or argument. */
const DONE = 0;
const LEFT = 1;
const BAD = 2;

function options(args: readonly string[]): { check: boolean; batchSize: number; pauseMs: number } {
  const { values } = parseArgs({
    args: [...args],
    options: { check: { type: "boolean", default: false }, "batch-size": { type: "string", default: "500" }, "pause-ms": { type: "string", default: "0" } },
    strict: true,
    allowPositionals: false,
  });
  const batchSize = Number(values["batch-size"]);
  const pauseMs = Number(values["pause-ms"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new RangeError("--batch-size must be a whole number from 1 to 10000");
  if (!Number.isInteger(pauseMs) || pauseMs < 0 || pauseMs > 60_000) throw new RangeError("--pause-ms must be a whole number from 0 to 60000");
  return { check: values.check ?? false, batchSize, pauseMs };
}

const describeColumn = (r: ColumnReport) =>
  `  ${r.column}: ${r.scanned} under other keys, ${r.resealed} re-sealed, ${r.changed} changed meanwhile, ${r.unreadable} unreadable`;

/** Lines naming what is left under other keys, by column and key id; none when nothing is. */
function leftOverLines(left: Map<string, LeftOver>): string[] {
  const lines: string[] = [];
  for (const [column, byKey] of left) {
    if (byKey.size === 0) continue;
    lines.push(`  ${column}: ${[...byKey].map(([keyId, n]) => `${n} under ${keyId}`).join(", ")}`);
  }
  return lines;
}

/**
 * `reseal` (the `reseal` script of @mfa/api, `node apps/api/dist/cli/reseal.js`): moves every sealed value to the
 * active key, in batches, while the API serves; prints the counts and returns the exit code.
 */
export async function resealCommand(args: readonly string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  let parsed: ReturnType<typeof options>;
  let config: ReturnType<typeof loadConfig>;
  try {
    parsed = options(args);
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RangeError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      print(`${(error as Error).message}\n${USAGE}`);
      return BAD;
    }
    throw error;
  }
  const { activeKeyId, keys } = config.seal;
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    await prepareForGalera(dataSource);
    const resealer = new Resealer({
      dataSource,
      sealer: createSealer({ keys: { ...keys }, activeKeyId }),
      activeKeyId,
      batchSize: parsed.batchSize,
      pauseMs: parsed.pauseMs,
    });
    if (!parsed.check) {
      print(`Re-sealing under key "${activeKeyId}" (configured keys: ${Object.keys(keys).join(", ")}), ${parsed.batchSize} values a batch.`);
      const reports = await resealer.resealAll((report) => print(describeColumn(report)));
      const total = (field: "resealed" | "changed" | "unreadable") => reports.reduce((sum, r) => sum + r[field], 0);
      print(`Re-sealed ${total("resealed")}; ${total("changed")} changed by the API meanwhile; ${total("unreadable")} unreadable.`);
    }
    const left = leftOverLines(await resealer.leftOver());
    if (left.length === 0) {
      print(`Every sealed value is under key "${activeKeyId}": other keys may be removed from MFA_SEAL_KEYS.`);
      return DONE;
    }
    print(`Still under other keys than "${activeKeyId}" (keep those keys configured):`);
    for (const line of left) print(line);
    if (!parsed.check) print("Run the command again for values the API changed meanwhile; an unreadable value needs the key that sealed it.");
    return LEFT;
  } finally {
    await dataSource.destroy();
  }
}
