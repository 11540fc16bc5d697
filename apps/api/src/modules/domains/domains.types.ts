import type { PolicyLevel } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PolicyLevelEnum } from "#src/graphql/enums.js";

@ObjectType("DomainCoverage", { description: "How many mailboxes of the domain have MFA set up." })
export class CoverageType {
  @Field(() => Int)
  mailboxes: number;

  @Field(() => Int)
  enrolled: number;

  @Field(() => Int)
  locked: number;
}

@ObjectType("Domain")
export class DomainType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => PolicyLevelEnum, { description: "Never inherited from the parent domain." })
  policy: PolicyLevel;

  @Field(() => CoverageType)
  coverage: CoverageType;

  @Field(() => [DomainType])
  children: DomainType[];

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType("ImpactGroup")
export class ImpactGroupType {
  @Field(() => Int)
  count: number;

  @Field(() => [String], { description: "The first usernames, alphabetically." })
  sample: string[];
}

@ObjectType("PolicyImpact", { description: "What saving a policy would do, before it is saved." })
export class PolicyImpactType {
  @Field(() => Int, { description: "Mailboxes whose requirement would change." })
  affected: number;

  @Field(() => ImpactGroupType, { description: "Signed in without MFA: their sessions end at once." })
  loggedOut: ImpactGroupType;

  @Field(() => ImpactGroupType, { description: "No verified device: they must enrol at their next sign-in." })
  mustEnrol: ImpactGroupType;
}

@ObjectType("Account")
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => PolicyLevelEnum, { description: "MFA requirement for the account's admins." })
  adminMfaPolicy: PolicyLevel;
}

@ObjectType()
export class DomainPayload {
  @Field(() => DomainType)
  domain: DomainType;
}

@ObjectType()
export class SetDomainMfaPolicyPayload {
  @Field(() => [DomainType], { description: "The domains whose policy was set." })
  domains: DomainType[];

  @Field(() => Int, { description: "Sessions without MFA that were ended." })
  revokedSessions: number;
}

@ObjectType()
export class AccountPayload {
  @Field(() => AccountType)
  account: AccountType;
}

@ObjectType()
export class DeleteDomainPayload {
  @Field(() => ID)
  deletedDomainId: string;
}
