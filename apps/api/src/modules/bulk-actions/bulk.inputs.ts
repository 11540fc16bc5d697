import type { UserOverride } from "@mfa/core";
import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { UserOverrideEnum } from "#src/graphql/enums.js";
import { MailboxFilter } from "#src/modules/mailboxes/mailboxes.inputs.js";

export const BulkMailboxAction = { RESET_MFA: "RESET_MFA", UNLOCK: "UNLOCK", SET_OVERRIDE: "SET_OVERRIDE", SEND_REMINDER: "SEND_REMINDER" } as const;
export type BulkMailboxAction = (typeof BulkMailboxAction)[keyof typeof BulkMailboxAction];
registerEnumType(BulkMailboxAction, {
  name: "BulkMailboxAction",
  description:
    "What a bulk action does to each mailbox: the same as resetUserMfa, unlockUser or setUserMfaOverride, or SEND_REMINDER (emails a mailbox without a device about the domain's Force-On deadline), audited per user.",
});

/** The most mailboxes one bulk request acts on; beyond it `moreMatching` says to send it again. */
export const BULK_MAX = 10_000;

@InputType()
export class BulkMailboxActionInput {
  @Field(() => ID, { description: "The domain whose mailboxes are acted on." })
  @MaxLength(36)
  domainId: string;

  @Field(() => BulkMailboxAction)
  action: BulkMailboxAction;

  @Field(() => UserOverrideEnum, { nullable: true, description: "With SET_OVERRIDE: the level to set." })
  @IsOptional()
  level?: UserOverride | null;

  @Field(() => [ID], { nullable: true, description: "The selected mailboxes (at most 1,000). Leave out to act on every mailbox matching `filter`." })
  @IsOptional()
  @ArrayMaxSize(1000)
  @MaxLength(36, { each: true })
  userIds?: string[] | null;

  @Field(() => MailboxFilter, { nullable: true, description: "Without userIds: act on all mailboxes of the domain matching it (all of them when left out), up to 10,000 a request." })
  @IsOptional()
  filter?: MailboxFilter | null;
}
