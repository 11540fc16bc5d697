import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AccountEntity } from "#src/modules/accounts/account.entity.js";
import { ProvisioningService } from "#src/modules/provisioning/provisioning.service.js";
import type { Services } from "#src/services.js";

export interface DemoCredentials {
  readonly created: boolean;
  readonly admin: { username: string; password: string };
  readonly mailboxes: { username: string; password: string }[];
}

const CREDENTIALS_FILE = "demo-credentials.json";

/** A readable random password: 20 characters from a 57-letter alphabet (~116 bits). */
function randomPassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  const bytes = randomBytes(40);
  let out = "";
  for (const byte of bytes) {
    if (byte >= 228) continue; // 228 = 4 * 57: keeps the draw uniform
    out += alphabet[byte % 57];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : randomPassword();
}

/**
 * On an empty database: one account with an admin, a domain and a child domain, and a few
 * mailboxes. The passwords are random unless DEMO_ADMIN_PASSWORD / DEMO_USER_PASSWORD fix them;
 * they are kept in the data folder (owner-only) so a later start can show them again.
 */
export async function seedDemo(services: Services): Promise<DemoCredentials | null> {
  const { dataSource, config } = services;
  const file = join(config.dataDir, CREDENTIALS_FILE);
  if (await dataSource.manager.exists(AccountEntity)) {
    if (config.database.kind === "sqlite" && existsSync(file)) {
      return { ...(JSON.parse(readFileSync(file, "utf8")) as DemoCredentials), created: false };
    }
    return null;
  }
  const adminPassword = config.demoAdminPassword ?? randomPassword();
  const userPassword = config.demoUserPassword ?? randomPassword();
  const provisioning = new ProvisioningService(dataSource);
  const mailboxes: { username: string; password: string }[] = [];
  let adminUsername = "";
  await dataSource.transaction(async (manager) => {
    const account = await provisioning.createAccount("Example Corp", manager);
    const admin = await provisioning.createAdmin(
      { accountId: account.id, username: "admin", displayName: "Demo Admin", password: adminPassword },
      manager,
    );
    adminUsername = admin.username;
    const main = await provisioning.createDomain({ accountId: account.id, name: "example.com", mfaPolicy: "OPTIONAL" }, manager);
    const child = await provisioning.createDomain({ accountId: account.id, name: "sales.example.com", parentId: main.id }, manager);
    const people: [string, string, string][] = [
      [main.id, "alice", "Alice Archer"],
      [main.id, "bob", "Bob Baker"],
      [main.id, "erin", "Erin Evans"],
      [child.id, "carol", "Carol Chen"],
      [child.id, "dave", "Dave Diaz"],
    ];
    for (const [domainId, localPart, displayName] of people) {
      const user = await provisioning.createMailbox(
        { accountId: account.id, domainId, localPart, displayName, password: userPassword },
        manager,
      );
      mailboxes.push({ username: user.username, password: userPassword });
    }
  });
  const credentials: DemoCredentials = { created: true, admin: { username: adminUsername, password: adminPassword }, mailboxes };
  if (config.database.kind === "sqlite") {
    writeFileSync(file, JSON.stringify({ admin: credentials.admin, mailboxes }, null, 2), { mode: 0o600 });
  }
  return credentials;
}
