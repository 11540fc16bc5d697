import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "Budgets to set; a field left out stays as it is, null goes back to the service's default." })
export class SmsBudgetsInput {
  @Field(() => Int, { nullable: true })
  userHourly?: number | null;

  @Field(() => Int, { nullable: true })
  userDaily?: number | null;

  @Field(() => Int, { nullable: true })
  domainHourly?: number | null;

  @Field(() => Int, { nullable: true })
  domainDaily?: number | null;

  @Field(() => Int, { nullable: true })
  accountHourly?: number | null;

  @Field(() => Int, { nullable: true })
  accountDaily?: number | null;

  @Field(() => Int, { nullable: true })
  destinationDaily?: number | null;
}

@InputType()
export class SetSmsSettingsInput {
  @Field(() => [String], {
    nullable: true,
    description: "ISO 3166 codes of the countries texts may go to (an empty list stops every text); null: the service's default list; left out: unchanged.",
  })
  @IsOptional()
  @ArrayMaxSize(300)
  @MaxLength(8, { each: true })
  allowedCountries?: string[] | null;

  @Field(() => SmsBudgetsInput, { nullable: true, description: "Each within the service's maxima (maxBudgets)." })
  @IsOptional()
  budgets?: SmsBudgetsInput | null;
}
