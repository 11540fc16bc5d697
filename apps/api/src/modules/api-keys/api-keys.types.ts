import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export const ApiKeyScopeEnum = { READ: "READ", ADMIN: "ADMIN" } as const;
registerEnumType(ApiKeyScopeEnum, {
  name: "ApiKeyScope",
  description: "READ: the admin queries. ADMIN: the admin queries and mutations. Never a person's own operations, secrets or key management.",
});

const ApiKeyStatusEnum = { ACTIVE: "ACTIVE", EXPIRED: "EXPIRED", REVOKED: "REVOKED" } as const;
registerEnumType(ApiKeyStatusEnum, { name: "ApiKeyStatus" });

@ObjectType("ApiKeyDomain")
export class ApiKeyDomainType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType("ApiKey", {
  description:
    "A key an integrator uses to act as the account's admin within its scope (`Authorization: Bearer` or `X-Auth-Token`). It belongs to the account: it keeps working when the admin who created it is deleted or loses admin rights, and the admin MFA policy does not apply to it (a key is not a person). Revoke it to stop it.",
})
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "The start of the key (`mfak_` and the start of its id), to recognise it; never the secret." })
  prefix: string;

  @Field(() => ApiKeyScopeEnum)
  scope: string;

  @Field(() => [ApiKeyDomainType], { nullable: true, description: "The domains the key is limited to; null: the whole account." })
  domains: ApiKeyDomainType[] | null;

  @Field(() => ApiKeyStatusEnum)
  status: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  createdById: string | null;

  @Field(() => String, { description: "The admin who created it (their username then)." })
  createdByUsername: string;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The address the key was last used from." })
  lastUsedIp: string | null;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;

  @Field(() => String, { description: "The key, shown this once: only its SHA-256 is kept. Starts with `mfak_`." })
  secret: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType)
  apiKey: ApiKeyType;
}
