import { IsOptional, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { SortDirectionEnum } from "#src/graphql/enums.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { AuditSortField } from "./audit-log.service.js";

const AuditOutcomeEnum = { SUCCESS: "SUCCESS", FAILURE: "FAILURE" } as const;
registerEnumType(AuditOutcomeEnum, { name: "AuditOutcome", description: "How an audited event ended." });

const AuditSortFieldEnum = { TIME: "TIME", ACTION: "ACTION", OUTCOME: "OUTCOME" } as const;
registerEnumType(AuditSortFieldEnum, {
  name: "AuditSortField",
  description: "What the audit log is sorted by; events with the same value follow by time (then id), so paging is stable.",
});

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: "Events by or about this user." })
  @IsOptional()
  @MaxLength(36)
  userId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  action?: AuditAction | null;

  @Field(() => ID, { nullable: true, description: "Events about a mailbox of this domain, by one, or naming the domain (its policy, an export)." })
  @IsOptional()
  @MaxLength(36)
  domainId?: string | null;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  @IsOptional()
  outcome?: "SUCCESS" | "FAILURE" | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "From this instant on (included)." })
  @IsOptional()
  since?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Before this instant (excluded)." })
  @IsOptional()
  until?: Date | null;
}

@InputType({ description: "The order of the audit log." })
export class AuditSortInput {
  @Field(() => AuditSortFieldEnum)
  field: AuditSortField;

  @Field(() => SortDirectionEnum, { defaultValue: "DESC" })
  direction: "ASC" | "DESC";
}
