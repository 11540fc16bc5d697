import { randomBytes } from "node:crypto";
import { startFakeTwilio, type FakeTwilio } from "@mfa/testing";
import type { ApiClient } from "../../support/api-client.js";
import { Cluster, newSealKeys } from "../../support/cluster.js";
import { createMariaDatabase } from "../../support/database.js";
import { DbInspector } from "../../support/db-inspect.js";
import { Figures, SecretLedger, type Figure } from "../../support/ledger.js";
import { CREATE_DOMAIN, CREATE_MAILBOX, RECOVERY_CODES, SET_POLICY, enrolTotp, mfaLogin, sessionOf, unwrap, type TestUser, type TotpDevice } from "../../support/mfa-flows.js";

export type Policy = "OFF" | "OPTIONAL" | "REQUIRED";

export const ADMIN_PASSWORD = `adm-${randomBytes(12).toString("base64url")}`;
export const DEMO_USER_PASSWORD = `usr-${randomBytes(12).toString("base64url")}`;

/** A readable random password of 24 characters. */
export const newPassword = () => `pw-${randomBytes(15).toString("base64url")}`;

let serial = 0;
const tag = () => `${(serial++).toString(36)}${randomBytes(3).toString("hex")}`;

/**
 * What the whole attack suite shares: two API instances over one MariaDB database, a fake SMS provider behind
 * them, the demo admin (with an authenticator, so it may force MFA on), the ledger of secrets seen and the
 * figures of each property.
 */
export class World {
  readonly ledger = new SecretLedger();
  readonly figures = new Figures();
  readonly seal = newSealKeys();
  twilio!: FakeTwilio;
  cluster!: Cluster;
  db!: DbInspector;
  admin!: { token: string; user: TestUser; device: TotpDevice; recoveryCodes: string[] };
  /** The URL of the shared database (for instances a property starts beside the two). */
  databaseUrl = "";
  private dropDatabase: (() => Promise<void>) | null = null;
  /** Dumps and logs of the databases and instances other properties ran on, scanned at the end. */
  readonly otherDumps: { name: string; dump: string }[] = [];
  readonly otherLogs: string[] = [];

  async start(): Promise<void> {
    const database = await createMariaDatabase();
    this.dropDatabase = database.drop;
    await this.startOn(database.url, [database.url, database.url]);
  }

  /**
   * Starts one instance per URL of `instanceUrls` (the same database, perhaps through different servers of one
   * cluster), all at the same moment; the first creates the demo data. `extraEnv` goes to every instance.
   */
  async startOn(databaseUrl: string, instanceUrls: string[], extraEnv: Record<string, string> = {}): Promise<void> {
    this.ledger.add("seal-key", this.seal.key);
    this.ledger.add("password", ADMIN_PASSWORD);
    this.ledger.add("password", DEMO_USER_PASSWORD);
    this.twilio = await startFakeTwilio();
    this.ledger.add("provider-token", this.twilio.authToken);
    this.databaseUrl = databaseUrl;
    this.db = new DbInspector(databaseUrl);
    const envs = instanceUrls.map((url, i) => ({ ...this.instanceEnv(url), SEED_DEMO: i === 0 ? "true" : "false", ...extraEnv }));
    this.cluster = await Cluster.start(envs, this.ledger);
    await this.setUpAdmin();
  }

  /** The settings every instance of the shared database runs with. */
  instanceEnv(databaseUrl: string): Record<string, string> {
    return {
      DATABASE_URL: databaseUrl,
      MFA_SEAL_KEYS: this.seal.spec,
      DEMO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      DEMO_USER_PASSWORD: DEMO_USER_PASSWORD,
      LOG_LEVEL: "info",
      // Behind one proxy hop: the tests choose their client address with X-Forwarded-For (loopback addresses).
      TRUST_PROXY: "1",
      // A long first wait once a burst of failures is spent: what a parallel burst gets through then does not
      // depend on how fast this machine answers it.
      LOGIN_USER_BACKOFF_MS: "60000",
      SMS_SENDER: "twilio",
      TWILIO_ACCOUNT_SID: this.twilio.accountSid,
      TWILIO_AUTH_TOKEN: this.twilio.authToken,
      TWILIO_FROM: "+15005550006",
      TWILIO_BASE_URL: this.twilio.url,
      TWILIO_TIMEOUT_MS: "1000",
    };
  }

  private async setUpAdmin(): Promise<void> {
    const figure = this.figures.of("0 shared setup");
    const api = this.api(0, figure);
    const rows = await this.db.rows<{ id: string }>("SELECT id FROM users WHERE username = 'admin'");
    const user: TestUser = { id: rows[0]?.id ?? "", username: "admin", password: ADMIN_PASSWORD };
    const { device } = await enrolTotp(api, await sessionOf(api, user), this.ledger, "Admin phone");
    // The admin works on a session that passed the second factor, as an admin with a device must.
    const token = await mfaLogin(api, api, user, device);
    const codes = unwrap(await api.gql<{ generateRecoveryCodes: { codes: string[] } }>(RECOVERY_CODES, { quantity: 10 }, { token }), "generateRecoveryCodes");
    this.admin = { token, user, device, recoveryCodes: codes.generateRecoveryCodes.codes };
  }

  api(index: number, figure: Figure): ApiClient {
    return this.cluster.client(index, figure);
  }

  /** Both instances, counted for `figure`: [A, B]. */
  pair(figure: Figure): [ApiClient, ApiClient] {
    const [a, b] = this.cluster.clients(figure);
    if (!a || !b) throw new Error("the cluster needs two instances");
    return [a, b];
  }

  /** A new domain of the demo account under `policy`. */
  async domain(figure: Figure, policy: Policy): Promise<string> {
    const api = this.api(0, figure);
    const created = unwrap(
      await api.gql<{ createDomain: { domain: { id: string } } }>(CREATE_DOMAIN, { input: { name: `d${tag()}.attack.example` } }, { token: this.admin.token }),
      "createDomain",
    );
    const id = created.createDomain.domain.id;
    if (policy !== "OFF") await this.setPolicy(api, id, policy);
    return id;
  }

  async setPolicy(api: ApiClient, domainId: string, policy: Policy): Promise<number> {
    const set = unwrap(
      await api.gql<{ setDomainMfaPolicy: { revokedSessions: number } }>(SET_POLICY, { input: { domainId, policy, includeChildren: false } }, { token: this.admin.token }),
      "setDomainMfaPolicy",
    );
    return set.setDomainMfaPolicy.revokedSessions;
  }

  /** A new mailbox in `domainId` with a random password, counted as a user of `figure`. */
  async mailbox(figure: Figure, domainId: string, prefix = "user"): Promise<TestUser> {
    const password = newPassword();
    this.ledger.add("password", password);
    const created = unwrap(
      await this.api(0, figure).gql<{ createMailbox: { user: { id: string; username: string } } }>(
        CREATE_MAILBOX,
        { input: { domainId, localPart: `${prefix}-${tag()}`, displayName: prefix, password } },
        { token: this.admin.token },
      ),
      "createMailbox",
    );
    figure.users.add(created.createMailbox.user.username);
    return { id: created.createMailbox.user.id, username: created.createMailbox.user.username, password };
  }

  async stop(): Promise<void> {
    await this.cluster?.stop();
    await this.twilio?.close();
    await this.db?.close();
    await this.dropDatabase?.();
  }
}
