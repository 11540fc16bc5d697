import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApiKeyScopeEnum } from "./api-keys.types.js";
import { EXPIRY_DEFAULT_DAYS, EXPIRY_MAX_DAYS } from "./api-keys.service.js";
import type { ApiKeyScope } from "./key-rules.js";

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: "What the key is for, e.g. the integration's name (1-100 characters); the username of `POST /v2.0/tokens`." })
  @Length(1, 100)
  name: string;

  @Field(() => ApiKeyScopeEnum)
  scope: ApiKeyScope;

  @Field(() => [ID], { nullable: true, description: "Limit the key to these domains of the account (and their mailboxes); null or absent: the whole account." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @MaxLength(36, { each: true })
  domainIds?: string[] | null;

  @Field(() => Int, { defaultValue: EXPIRY_DEFAULT_DAYS, description: `Days until the key stops working: 1 to ${EXPIRY_MAX_DAYS}.` })
  @Min(1)
  @Max(EXPIRY_MAX_DAYS)
  expiresInDays: number;
}
