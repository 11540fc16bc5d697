import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfoType } from "#src/graphql/page-info.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";

@ObjectType("AuditEvent", { description: "Who did what to whom, when, from where. Never a code, secret, password or token." })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => String, { description: "SUCCESS or FAILURE" })
  outcome: string;

  @Field(() => String, { nullable: true, description: "JSON object with the facts of the event." })
  detail: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorUsername: string | null;

  @Field(() => String, { nullable: true, description: "When an API key acted: its name (actorId is then the key's id)." })
  actorApiKeyName: string | null;

  @Field(() => ID, { nullable: true })
  targetUserId: string | null;

  @Field(() => String, { nullable: true })
  targetUsername: string | null;
}

@ObjectType("AuditEventConnection")
export class AuditEventConnection {
  @Field(() => [AuditEventType])
  nodes: AuditEventType[];

  @Field(() => Int, { description: "Events matching the filter, counted up to 10,000 (then totalCountIsLowerBound): the log only grows." })
  totalCount: number;

  @Field(() => Boolean, { description: "The count stopped at its cap: at least totalCount events match." })
  totalCountIsLowerBound: boolean;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
