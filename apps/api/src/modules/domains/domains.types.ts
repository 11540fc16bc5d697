import type { PolicyLevel } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PolicyLevelEnum } from "#src/graphql/enums.js";

@ObjectType("DomainCoverage", { description: "How many mailboxes of the domain have MFA set up." })
export class CoverageType {
  @Field(() => Int, { description: "Mailboxes of the domain (not of its children)." })
  mailboxes: number;

  @Field(() => Int, { description: "Of those, how many have a verified device." })
  enrolled: number;

  @Field(() => Int, { description: "Of those, how many are locked after too many wrong codes." })
  locked: number;
}

@ObjectType("Domain", { description: "A mail domain of the account, with its MFA policy and coverage." })
export class DomainType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The domain name, e.g. example.com." })
  name: string;

  @Field(() => ID, { nullable: true, description: "The parent domain; null for a root domain." })
  parentId: string | null;

  @Field(() => PolicyLevelEnum, { description: "Never inherited from the parent domain." })
  policy: PolicyLevel;

  @Field(() => CoverageType)
  coverage: CoverageType;

  @Field(() => [DomainType], { description: "The domains directly below this one (filled in by the domains tree)." })
  children: DomainType[];

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType("ImpactGroup", { description: "Users a policy change would touch in one way." })
export class ImpactGroupType {
  @Field(() => Int, { description: "How many users." })
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

@ObjectType("Account", { description: "A customer of the service: its domains, admins and mailboxes." })
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
