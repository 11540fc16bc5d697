import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SeenSecret } from "../../support/ledger.js";
import type { World } from "./world.js";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Bytes(text: string): Buffer {
  let bits = "";
  for (const char of text.toUpperCase().replace(/=+$/, "")) {
    const index = BASE32.indexOf(char);
    if (index < 0) return Buffer.alloc(0);
    bits += index.toString(2).padStart(5, "0");
  }
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

/** The forms a secret could take in a dump if it were stored in clear: as given, and its raw bytes re-encoded. */
function forms(secret: SeenSecret): string[] {
  const out = [secret.value];
  if (secret.kind === "totp-secret") {
    const bytes = base32Bytes(secret.value);
    if (bytes.length >= 10) out.push(bytes.toString("hex"), bytes.toString("base64").replace(/=+$/, ""));
  }
  if (secret.kind === "recovery-code") out.push(secret.value.replace(/-/g, ""));
  if (secret.kind === "seal-key") out.push(Buffer.from(secret.value, "base64").toString("hex"));
  return out;
}

/** Where a secret occurs in `text`: long ones anywhere (any case), short codes only as a whole number. */
function occurs(text: string, lower: string, form: string): boolean {
  if (/^\d{6,8}$/.test(form)) return new RegExp(`(?<![0-9A-Za-z])${form}(?![0-9A-Za-z])`).test(text);
  return lower.includes(form.toLowerCase());
}

/** Property 6: after the whole suite, no secret, code or token it saw is in any database dump, nor in any log line. */
export function secretsAtRestProperty(world: World): void {
  describe("secrets at rest", () => {
    const figure = world.figures.of("6 secrets at rest");

    it("after the whole suite, dumps of the MariaDB databases hold none of the secrets, codes and tokens the tests saw, in clear", async () => {
      const dumps = [{ name: "shared database", dump: await world.db.dump() }, ...world.otherDumps];
      const secrets = world.ledger.all();
      const kinds = new Map<string, number>();
      for (const s of secrets) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
      for (const kind of ["password", "totp-secret", "totp-code", "sms-code", "recovery-code", "session-token", "challenge-id", "seal-key", "provider-token"]) {
        expect(kinds.get(kind) ?? 0, `no ${kind} was seen`).toBeGreaterThan(0);
      }
      // The scan can see: what is meant to be stored (a token's SHA-256, a username) is found in the dump.
      const shared = dumps[0]?.dump ?? "";
      const hashes = secrets.filter((s) => s.kind === "session-token").map((s) => createHash("sha256").update(s.value, "utf8").digest("hex"));
      expect(hashes.filter((hash) => shared.includes(hash)).length).toBeGreaterThan(0);
      expect(shared).toContain("alice@example.com");

      const found: string[] = [];
      for (const { name, dump } of dumps) {
        expect(dump.length, `${name} dump`).toBeGreaterThan(10_000);
        const lower = dump.toLowerCase();
        for (const secret of secrets) {
          for (const form of forms(secret)) if (occurs(dump, lower, form)) found.push(`${secret.kind} ${form.slice(0, 4)}... in the ${name}`);
        }
        figure.checks += secrets.length;
      }
      // The structured log lines of every instance (the start banner's demo sign-ins are meant to be shown).
      const logLines = [world.cluster.output(), ...world.otherLogs]
        .flatMap((out) => out.split("\n"))
        .filter((line) => line.startsWith("{"))
        .join("\n");
      const lowerLog = logLines.toLowerCase();
      for (const secret of secrets) for (const form of forms(secret)) if (occurs(logLines, lowerLog, form)) found.push(`${secret.kind} ${form.slice(0, 4)}... in a log line`);

      const summary = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
      const megabytes = (dumps.reduce((sum, d) => sum + d.dump.length, 0) / 1e6).toFixed(1);
      figure.notes.push(`${secrets.length} values (${summary}) scanned in ${dumps.length} dumps (${megabytes} MB) and ${logLines.split("\n").length} log lines`);
      expect(found).toEqual([]);
    });
  });
}
