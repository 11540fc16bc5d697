import type { PolicyLevel } from "@mfa/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { PolicyLevelEnum } from "#src/graphql/enums.js";

@InputType()
export class CreateDomainInput {
  @Field(() => String)
  @Length(3, 253)
  name: string;

  @Field(() => ID, { nullable: true, description: "Create it as a child of this domain." })
  @IsOptional()
  @MaxLength(36)
  parentId?: string | null;
}

@InputType()
export class SetDomainMfaPolicyInput {
  @Field(() => ID)
  @MaxLength(36)
  domainId: string;

  @Field(() => PolicyLevelEnum)
  policy: PolicyLevel;

  @Field(() => Boolean, { defaultValue: false, description: "Also set it on every domain below this one." })
  includeChildren: boolean;
}
