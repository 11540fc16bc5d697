import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MailboxSortFieldEnum, MfaStatusEnum, SortDirectionEnum } from "#src/graphql/enums.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#src/modules/users/password.js";
import type { MailboxSortField, MfaStatus } from "./directory.service.js";

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
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType()
export class MailboxFilter {
  @Field(() => MfaStatusEnum, { nullable: true })
  @IsOptional()
  mfaStatus?: MfaStatus | null;

  @Field(() => String, {
    nullable: true,
    description: "The start of the address, of the name, or of a word in them: 'smi' finds john.smith@... and 'John Smith'.",
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType({ description: "The order of the mailboxes table." })
export class MailboxSortInput {
  @Field(() => MailboxSortFieldEnum)
  field: MailboxSortField;

  @Field(() => SortDirectionEnum, { defaultValue: "ASC" })
  direction: "ASC" | "DESC";
}
