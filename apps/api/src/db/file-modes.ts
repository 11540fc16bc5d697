import { chmodSync, existsSync } from "node:fs";
import { dirname } from "node:path";

/** The embedded database holds hashes and sealed secrets: its folder is the owner's only (0700), its files 0600. */
export function restrictEmbeddedFiles(file: string): void {
  chmodSync(dirname(file), 0o700);
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}
