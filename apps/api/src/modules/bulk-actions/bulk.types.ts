import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A mailbox the bulk action was refused for, with the code a single action would have answered." })
export class BulkRefusal {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { nullable: true, description: "Null when the id names no mailbox of the domain." })
  username: string | null;

  @Field(() => String, { description: "The error code (NOT_FOUND, ...), with its reason after a colon when it has one (CONFLICT:ENROLLED)." })
  code: string;
}

@ObjectType({ description: "What a bulk action did: how many it was done for, and which were refused and why." })
export class BulkMailboxActionPayload {
  @Field(() => Int, { description: "Mailboxes it was asked for (selected, or matching the filter, up to the cap)." })
  requested: number;

  @Field(() => Int)
  succeeded: number;

  @Field(() => [BulkRefusal])
  refused: BulkRefusal[];

  @Field(() => Boolean, { description: "More mailboxes match than one request acts on (10,000): send it again for the rest." })
  moreMatching: boolean;
}
