import type { PolicyLevel } from "@mfa/core";
import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { MfaStatusEnum, PolicyLevelEnum } from "#src/graphql/enums.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { MfaStatus } from "./mailbox-directory.service.js";

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
export class CreateMailboxInput {
  @Field(() => ID)
  @MaxLength(36)
  domainId: string;

  @Field(() => String, { description: "The part before @." })
  @Length(1, 64)
  @Matches(/^[A-Za-z0-9._+-]+$/, { message: "localPart may contain letters, digits and . _ + - only" })
  localPart: string;

  @Field(() => String)
  @Length(1, 200)
  displayName: string;

  @Field(() => String, { description: "The initial password: 12 to 128 characters." })
  @Length(12, 128)
  password: string;
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

@InputType()
export class MailboxFilter {
  @Field(() => MfaStatusEnum, { nullable: true })
  @IsOptional()
  mfaStatus?: MfaStatus | null;

  @Field(() => String, { nullable: true, description: "Part of the address or the name." })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "Events by or about this user." })
  @IsOptional()
  @MaxLength(36)
  userId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  action?: AuditAction | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @IsOptional()
  since?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  @IsOptional()
  until?: Date | null;
}
