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

  @Field(() => Int, { description: "Mailboxes with a verified authenticator app." })
  authenticatorApps: number;

  @Field(() => Int, { description: "Mailboxes with a verified phone." })
  phones: number;

  @Field(() => Int, { description: "Mailboxes with a verified passkey or security key: a phishing-resistant factor." })
  passkeys: number;
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

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "With REQUIRED: when Force-On takes full effect (\"Force-On from <date>\"); before it, users without a device may put the setup off once a day. Null: in force now (or not REQUIRED).",
  })
  enforceFrom: Date | null;

  @Field(() => Int, { description: "Days a browser may skip the second factor after \"don't ask again on this browser\" (0: off; at most 90; 30 unless changed)." })
  rememberBrowserDays: number;

  @Field(() => CoverageType)
  coverage: CoverageType;

  @Field(() => [DomainType], { description: "The domains directly below this one (filled in by the domains tree)." })
  children: DomainType[];

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType("ImpactGroup", { description: "Users a policy change would touch in one way." })
export class ImpactGroupType {
  @Field(() => Int, {
    description:
      "How many. Mailboxes signed in without MFA are read from their sessions, which grow with the domain: exact up to 1,000 mailboxes following the policy with a device and 1,000 without, beyond that estimated from the first 1,000 of each (then countIsEstimate).",
  })
  count: number;

  @Field(() => Boolean, { description: "The count is an estimate (see count)." })
  countIsEstimate: boolean;

  @Field(() => [String], { description: "Up to 10 usernames, sorted (for mustEnrol the first alphabetically; for loggedOut the first found)." })
  sample: string[];
}

@ObjectType("PolicyImpact", { description: "What saving a policy would do, before it is saved." })
export class PolicyImpactType {
  @Field(() => Int, { description: "Mailboxes whose requirement would change." })
  affected: number;

  @Field(() => ImpactGroupType, { description: "Signed in without MFA: their sessions end at once." })
  loggedOut: ImpactGroupType;

  @Field(() => ImpactGroupType, { description: "No verified device: they must enrol at their next sign-in (by `enforceFrom` when it is set)." })
  mustEnrol: ImpactGroupType;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "By when they must enrol: the deadline previewed; null: at their next sign-in." })
  enforceFrom: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why saving this policy would be refused to the admin asking: `ADMIN_MFA_NOT_SET_UP` (requiring MFA of others needs a verified device of one's own), the `extensions.reason` setDomainMfaPolicy would answer with FORBIDDEN. Null: nothing stands in the way.",
  })
  saveRefusal: string | null;
}

@ObjectType("Account", { description: "A customer of the service: its domains, admins and mailboxes." })
export class AccountType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => PolicyLevelEnum, { description: "MFA requirement for the account's admins." })
  adminMfaPolicy: PolicyLevel;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "With REQUIRED: when it takes full effect for the admins; null: in force now (or not REQUIRED)." })
  adminEnforceFrom: Date | null;
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
