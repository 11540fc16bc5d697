import { DateTimeISOResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { AdminUserType } from "#src/modules/mailboxes/mailboxes.types.js";

@ObjectType("BypassCodes", { description: "A user's bypass codes that still work: N codes, expiring at ..." })
export class BypassCodesType {
  @Field(() => Int)
  count: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the last of them expires; null when there are none." })
  expiresAt: Date | null;
}

@ObjectType()
export class IssueBypassCodesPayload {
  @Field(() => [String], { description: "The codes, shown this once: only their hashes are kept." })
  codes: string[];

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => AdminUserType)
  user: AdminUserType;
}
