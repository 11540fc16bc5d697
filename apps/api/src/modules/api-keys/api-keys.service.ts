import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Config } from "#src/config/config.js";
import type { AdminActor } from "#src/modules/audit/actor.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditService } from "#src/modules/audit/audit.service.js";
import { ApiKeyTokenEntity } from "./api-key-token.entity.js";
import { ApiKeyEntity } from "./api-key.entity.js";
import type { ApiKeyCaller } from "./api-key-caller.js";
import { isKeyToken, keyIdOf, newApiKey, newKeyToken, sameHash, secretHash } from "./api-key-secret.js";
import { apiKeyErrors } from "./api-keys.errors.js";
import {
  accountDomainNames,
  admitUse,
  countRefusedUse,
  findApiKey,
  insertApiKey,
  insertKeyToken,
  keyIdOfToken,
  listApiKeys,
  liveKeyNamed,
  pruneKeyTokens,
  revokeApiKey,
} from "./api-keys.queries.js";
import type { ApiKeyScope } from "./key-rules.js";

export const EXPIRY_DEFAULT_DAYS = 90;
export const EXPIRY_MAX_DAYS = 365;
const MAX_DOMAINS = 100;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CreateApiKey {
  name: string;
  scope: ApiKeyScope;
  /** null: the whole account. */
  domainIds: readonly string[] | null;
  expiresInDays: number;
}

export type ApiKeyStatus = "ACTIVE" | "EXPIRED" | "REVOKED";

export const domainIdsOf = (key: Pick<ApiKeyEntity, "domainIds">): string[] | null => (key.domainIds === null ? null : key.domainIds.split(",").filter(Boolean));

/**
 * API keys: an account admin creates one (shown once, stored as a SHA-256), lists and revokes them; a request that
 * presents one is authenticated and admitted within the key's per-minute budget (a counter in the database, shared by
 * every instance). Keys belong to the account: what happens to the admin who created one does not change it.
 * Owns `api_keys` and `api_key_tokens`.
 */
export class ApiKeyService {
  constructor(private readonly deps: { dataSource: DataSource; config: Config; audit: AuditService; now?: () => number }) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  statusOf(key: ApiKeyEntity): ApiKeyStatus {
    if (key.revokedAt !== null) return "REVOKED";
    return key.expiresAt <= this.now() ? "EXPIRED" : "ACTIVE";
  }

  list(accountId: string): Promise<ApiKeyEntity[]> {
    return listApiKeys(this.deps.dataSource, accountId);
  }

  /** The account's domain names by id (a key's domains are shown by name; a deleted one is left out). */
  domainNames(accountId: string): Promise<Map<string, string>> {
    return accountDomainNames(this.deps.dataSource, accountId);
  }

  /** Creates a key; the secret is in the answer and nowhere else. */
  async create(admin: { actor: AdminActor; username: string }, input: CreateApiKey, ip: string | null): Promise<{ key: ApiKeyEntity; secret: string }> {
    const { accountId } = admin.actor;
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw apiKeyErrors.badName();
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > EXPIRY_MAX_DAYS) throw apiKeyErrors.badExpiry(EXPIRY_MAX_DAYS);
    let domainIds: string[] | null = null;
    if (input.domainIds !== null) {
      domainIds = [...new Set(input.domainIds)];
      const known = await this.domainNames(accountId);
      if (domainIds.length === 0 || domainIds.length > MAX_DOMAINS || domainIds.some((id) => !known.has(id))) throw apiKeyErrors.badDomains();
    }
    const now = this.now();
    if (await liveKeyNamed(this.deps.dataSource, accountId, name, now)) throw apiKeyErrors.nameTaken();
    const id = randomUUID();
    const secret = newApiKey(id);
    const key = Object.assign(new ApiKeyEntity(), {
      id,
      accountId,
      name,
      scope: input.scope,
      domainIds: domainIds === null ? null : domainIds.join(","),
      secretHash: secretHash(secret),
      createdBy: admin.actor.id,
      createdByUsername: admin.username,
      createdAt: now,
      expiresAt: now + input.expiresInDays * DAY_MS,
      revokedAt: null,
      revokedBy: null,
      lastUsedAt: null,
      lastUsedIp: null,
      rateWindow: 0,
      rateCount: 0,
    });
    await insertApiKey(this.deps.dataSource, key);
    await this.audit(admin.actor, AuditAction.API_KEY_CREATED, ip, {
      apiKeyId: id,
      name,
      scope: input.scope,
      domains: domainIds === null ? "ALL" : domainIds.length,
      expiresAt: new Date(key.expiresAt).toISOString(),
    });
    return { key, secret };
  }

  /** Revokes a key of the account at once (its tokens with it); revoking a revoked key changes nothing. */
  async revoke(actor: AdminActor, id: string, ip: string | null): Promise<ApiKeyEntity> {
    const key = await this.keyOf(actor.accountId, id);
    const revoked = await revokeApiKey(this.deps.dataSource, { accountId: actor.accountId, id, by: actor.id, now: this.now() });
    if (revoked === 1) await this.audit(actor, AuditAction.API_KEY_REVOKED, ip, { apiKeyId: id, name: key.name });
    return this.keyOf(actor.accountId, id);
  }

  private async keyOf(accountId: string, id: string): Promise<ApiKeyEntity> {
    const key = UUID.test(id) ? await findApiKey(this.deps.dataSource, id.toLowerCase()) : null;
    if (!key || key.accountId !== accountId) throw apiKeyErrors.notFound();
    return key;
  }

  /**
   * The caller a presented credential stands for: a live key (or a token issued for one), admitted within the key's
   * budget for this minute (RATE_LIMITED beyond it). Null for anything else. A revoked or expired key presented with
   * its right secret is audited (at most the key's budget a minute); a wrong secret is not (nothing tells it from noise).
   */
  async authenticate(credential: string, ip: string | null): Promise<ApiKeyCaller | null> {
    const now = this.now();
    let key: ApiKeyEntity | null = null;
    let via: ApiKeyCaller["via"] = "KEY";
    const keyId = keyIdOf(credential);
    if (keyId) {
      const found = await findApiKey(this.deps.dataSource, keyId);
      key = found && sameHash(found.secretHash, secretHash(credential)) ? found : null;
    } else if (isKeyToken(credential)) {
      const tokenKeyId = await keyIdOfToken(this.deps.dataSource, secretHash(credential), now);
      key = tokenKeyId ? await findApiKey(this.deps.dataSource, tokenKeyId) : null;
      via = "TOKEN";
    }
    if (!key) return null;
    return this.admit(key, via, ip, now);
  }

  private async admit(key: ApiKeyEntity, via: ApiKeyCaller["via"], ip: string | null, now: number): Promise<ApiKeyCaller | null> {
    const window = Math.floor(now / MINUTE_MS);
    const limit = this.deps.config.apiKeys.ratePerMinute;
    if (this.statusOf(key) !== "ACTIVE") {
      if ((await countRefusedUse(this.deps.dataSource, { id: key.id, window, limit })) === 1) {
        await this.audit({ id: key.id, accountId: key.accountId, kind: "API_KEY" }, AuditAction.API_KEY_REJECTED, ip, { reason: this.statusOf(key), via }, "FAILURE");
      }
      return null;
    }
    if ((await admitUse(this.deps.dataSource, { id: key.id, now, window, limit, ip })) === 0) {
      // Over budget, unless it was revoked a moment ago.
      const current = await findApiKey(this.deps.dataSource, key.id);
      if (!current || this.statusOf(current) !== "ACTIVE") return null;
      throw apiKeyErrors.rateLimited(Math.max(1, Math.ceil(((window + 1) * MINUTE_MS - now) / 1000)));
    }
    const domainIds = domainIdsOf(key);
    return { id: key.id, name: key.name, accountId: key.accountId, scope: key.scope as ApiKeyScope, domainIds: domainIds === null ? null : new Set(domainIds), via };
  }

  /**
   * `POST /v2.0/tokens` with `RAX-KSKEY:apiKeyCredentials`: the username is the key's name. Null for a wrong name or
   * key, or a key that does not work (the door answers as to a wrong password). The token works as its key does, for
   * at most a session's lifetime.
   */
  async issueToken(input: { username: string; apiKey: string; ip: string | null }): Promise<{ token: string; expiresAt: number; caller: ApiKeyCaller } | null> {
    const keyId = keyIdOf(input.apiKey);
    const found = keyId ? await findApiKey(this.deps.dataSource, keyId) : null;
    if (!found || !sameHash(found.secretHash, secretHash(input.apiKey)) || found.name !== input.username.trim()) return null;
    const now = this.now();
    const caller = await this.admit(found, "KEY", input.ip, now);
    if (!caller) return null;
    const token = newKeyToken();
    const expiresAt = Math.min(found.expiresAt, now + this.deps.config.session.absoluteMs);
    await pruneKeyTokens(this.deps.dataSource, found.id, now);
    await insertKeyToken(this.deps.dataSource, Object.assign(new ApiKeyTokenEntity(), { id: randomUUID(), tokenHash: secretHash(token), keyId: found.id, createdAt: now, expiresAt }));
    await this.recordUse(caller, "POST /v2.0/tokens", input.ip);
    return { token, expiresAt, caller };
  }

  /** One use of a key: an operation it ran, audited with the key as the actor. */
  recordUse(caller: ApiKeyCaller, operation: string, ip: string | null): Promise<void> {
    return this.audit({ id: caller.id, accountId: caller.accountId, kind: "API_KEY" }, AuditAction.API_KEY_USED, ip, { operation, via: caller.via });
  }

  private audit(actor: AdminActor, action: AuditAction, ip: string | null, detail: Record<string, string | number>, outcome: "SUCCESS" | "FAILURE" = "SUCCESS") {
    return this.deps.audit.record({ accountId: actor.accountId, actorId: actor.id, targetUserId: null, action, outcome, detail, ip });
  }
}
