import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("SmsBudgets", { description: "How many texts may go out: per user, per domain and per account (an hour, a UTC day), per number (a day)." })
export class SmsBudgetsType {
  @Field(() => Int, { description: "Texts one user may get in an hour." })
  userHourly: number;

  @Field(() => Int, { description: "Texts one user may get in a day." })
  userDaily: number;

  @Field(() => Int, { description: "Texts the users of one domain may get in an hour, together." })
  domainHourly: number;

  @Field(() => Int, { description: "Texts the users of one domain may get in a day, together." })
  domainDaily: number;

  @Field(() => Int, { description: "Texts the whole account may send in an hour." })
  accountHourly: number;

  @Field(() => Int, { description: "Texts the whole account may send in a day." })
  accountDaily: number;

  @Field(() => Int, { description: "Texts one phone number may get from the account in a day." })
  destinationDaily: number;
}

@ObjectType("SmsUse", { description: "Texts sent in the current clock hour and UTC day, against the budgets of those windows." })
export class SmsUseType {
  @Field(() => Int)
  thisHour: number;

  @Field(() => Int)
  today: number;

  @Field(() => Int)
  hourlyBudget: number;

  @Field(() => Int)
  dailyBudget: number;
}

@ObjectType("SmsDomainUse", { description: "One domain's texts against the per-domain budget." })
export class SmsDomainUseType {
  @Field(() => ID)
  domainId: string;

  @Field(() => String)
  name: string;

  @Field(() => SmsUseType)
  use: SmsUseType;
}

@ObjectType("SmsSettings", { description: "Where the account's texts may go, how many may go out, and how many did." })
export class SmsSettingsType {
  @Field(() => [String], { description: "ISO 3166 codes of the countries texts may go to, sorted. A number's country comes from its digits." })
  allowedCountries: string[];

  @Field(() => Boolean, { description: "Whether the list is still the service's default (the admin never chose one)." })
  usesDefaultCountries: boolean;

  @Field(() => [String], { description: "The service's default list, which new accounts start with." })
  defaultCountries: string[];

  @Field(() => SmsBudgetsType, { description: "The budgets in force for this account." })
  budgets: SmsBudgetsType;

  @Field(() => SmsBudgetsType, { description: "The service's defaults, which new accounts start with." })
  defaultBudgets: SmsBudgetsType;

  @Field(() => SmsBudgetsType, { description: "The most each budget may be raised to." })
  maxBudgets: SmsBudgetsType;

  @Field(() => SmsUseType, { description: "The account's texts this hour and today." })
  account: SmsUseType;

  @Field(() => [SmsDomainUseType], { description: "Each domain's texts this hour and today, by name." })
  domains: SmsDomainUseType[];

  @Field(() => DateTimeISOResolver, { description: "When the hourly budgets start again." })
  hourEndsAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When the daily budgets start again (midnight UTC)." })
  dayEndsAt: Date;
}

@ObjectType()
export class SmsSettingsPayload {
  @Field(() => SmsSettingsType)
  settings: SmsSettingsType;
}
