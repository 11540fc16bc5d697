import type { PolicyLevel, UserOverride } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { MfaStatusEnum, PolicyLevelEnum, UserOverrideEnum } from "#src/graphql/enums.js";
import { UserType } from "#src/modules/users/user.types.js";
import { DeviceType } from "#src/modules/mfa/mfa.types.js";
import { AuditAction } from "#src/modules/audit/audit-action.js";
import type { MfaStatus } from "./mailbox-directory.service.js";

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

@ObjectType("Mailbox", { description: "A row of the mailboxes table." })
export class MailboxType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => MfaStatusEnum)
  mfaStatus: MfaStatus;

  @Field(() => Int, { description: "Verified devices." })
  devices: number;

  @Field(() => UserOverrideEnum)
  mfaOverride: UserOverride;

  @Field(() => Boolean)
  mfaEnabled: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lockedAt: Date | null;
}

@ObjectType("PageInfo")
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType("MailboxConnection")
export class MailboxConnection {
  @Field(() => [MailboxType])
  nodes: MailboxType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}

@ObjectType("AdminUserView", { description: "A user as their admin sees them: MFA state, devices masked, no secret." })
export class AdminUserType extends UserType {
  @Field(() => UserOverrideEnum)
  mfaOverride: UserOverride;

  @Field(() => PolicyLevelEnum)
  effectivePolicy: PolicyLevel;

  @Field(() => Boolean)
  mfaEnabled: boolean;

  @Field(() => MfaStatusEnum)
  mfaStatus: MfaStatus;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lockedAt: Date | null;

  @Field(() => [DeviceType])
  devices: DeviceType[];

  @Field(() => Int)
  recoveryCodesLeft: number;
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

  @Field(() => ID, { nullable: true })
  targetUserId: string | null;

  @Field(() => String, { nullable: true })
  targetUsername: string | null;
}

@ObjectType("AuditEventConnection")
export class AuditEventConnection {
  @Field(() => [AuditEventType])
  nodes: AuditEventType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
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
export class AdminUserPayload {
  @Field(() => AdminUserType)
  user: AdminUserType;
}

@ObjectType()
export class DeleteMailboxPayload {
  @Field(() => ID)
  deletedUserId: string;
}

@ObjectType()
export class AccountPayload {
  @Field(() => AccountType)
  account: AccountType;
}
