import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdmin } from "#src/modules/sessions/guards.js";
import type { ApiKeyEntity } from "./api-key.entity.js";
import { visiblePrefix } from "./api-key-secret.js";
import { CreateApiKeyInput } from "./api-keys.inputs.js";
import { domainIdsOf, type ApiKeyStatus } from "./api-keys.service.js";
import { ApiKeyType, CreateApiKeyPayload, RevokeApiKeyPayload } from "./api-keys.types.js";

function presentKey(key: ApiKeyEntity, status: ApiKeyStatus, domainNames: Map<string, string>): ApiKeyType {
  const ids = domainIdsOf(key);
  return {
    id: key.id,
    name: key.name,
    prefix: visiblePrefix(key.id),
    scope: key.scope,
    domains: ids === null ? null : ids.flatMap((id) => (domainNames.has(id) ? [{ id, name: domainNames.get(id) as string }] : [])),
    status,
    createdAt: new Date(key.createdAt),
    createdById: key.createdBy,
    createdByUsername: key.createdByUsername,
    lastUsedAt: key.lastUsedAt === null ? null : new Date(key.lastUsedAt),
    lastUsedIp: key.lastUsedIp,
    expiresAt: new Date(key.expiresAt),
    revokedAt: key.revokedAt === null ? null : new Date(key.revokedAt),
  };
}

/** Keys are managed by account admins in person (a key cannot list, create or revoke keys). */
@Resolver()
export class ApiKeysResolver {
  @Query(() => [ApiKeyType], { description: "The account's API keys, newest first, revoked and expired ones included." })
  async apiKeys(@Ctx() ctx: AppContext): Promise<ApiKeyType[]> {
    const { user } = await requireAdmin(ctx, "apiKeys");
    const [keys, names] = await Promise.all([ctx.services.apiKeys.list(user.accountId), ctx.services.apiKeys.domainNames(user.accountId)]);
    return keys.map((key) => presentKey(key, ctx.services.apiKeys.statusOf(key), names));
  }

  @Mutation(() => CreateApiKeyPayload, {
    description:
      "Creates an API key (needs a recent step-up). The key acts as the account's admin within its scope and domains until it expires (default 90 days, at most 365) or is revoked; the secret is in this answer only.",
  })
  async createApiKey(@Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: AppContext): Promise<CreateApiKeyPayload> {
    const { user } = await requireAdmin(ctx, "createApiKey", { weakening: true });
    const { apiKeys } = ctx.services;
    const created = await apiKeys.create(
      { actor: { id: user.id, accountId: user.accountId, kind: "ADMIN" }, username: user.username },
      { name: input.name, scope: input.scope, domainIds: input.domainIds ?? null, expiresInDays: input.expiresInDays },
      ctx.ip,
    );
    return { apiKey: presentKey(created.key, apiKeys.statusOf(created.key), await apiKeys.domainNames(user.accountId)), secret: created.secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: "Revokes an API key at once, with every token issued for it; audited." })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<RevokeApiKeyPayload> {
    const { user } = await requireAdmin(ctx, "revokeApiKey");
    const { apiKeys } = ctx.services;
    const key = await apiKeys.revoke({ id: user.id, accountId: user.accountId, kind: "ADMIN" }, id, ctx.ip);
    return { apiKey: presentKey(key, apiKeys.statusOf(key), await apiKeys.domainNames(user.accountId)) };
  }
}
