import { BYPASS_VALIDITY_DEFAULT_MINUTES, BYPASS_VALIDITY_MAX_MINUTES } from "@mfa/core";
import { Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class IssueBypassCodesInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Int, { defaultValue: 1, description: "How many codes: 1 to 10." })
  @Min(1)
  @Max(10)
  count: number;

  @Field(() => Int, { defaultValue: BYPASS_VALIDITY_DEFAULT_MINUTES, description: "How long the codes work, in minutes: at most 3 days." })
  @Min(1)
  @Max(BYPASS_VALIDITY_MAX_MINUTES)
  validityMinutes: number;

  @Field(() => String, { description: "The helpdesk ticket this is for; kept in the audit log." })
  @Length(1, 64)
  ticket: string;

  @Field(() => String, { description: "Why the user needs them; kept in the audit log." })
  @Length(1, 200)
  reason: string;
}
