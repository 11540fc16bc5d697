import { IsOptional, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { AuditAction } from "#src/modules/audit/audit-action.js";

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
