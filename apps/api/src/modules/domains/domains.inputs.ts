import type { PolicyLevel } from "@mfa/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
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

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      "With REQUIRED only: when Force-On takes full effect. Until then, users without a device meet the setup wizard at sign-in and may put it off once a day. Leave it out to require MFA now.",
  })
  @IsOptional()
  enforceFrom?: Date | null;
}
