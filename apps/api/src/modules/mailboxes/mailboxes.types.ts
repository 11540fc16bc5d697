import type { UserOverride } from "@mfa/core";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { MfaStatusEnum, UserOverrideEnum } from "#src/graphql/enums.js";
import { PageInfoType } from "#src/graphql/page-info.js";
import { UserType } from "#src/modules/users/user.types.js";
import type { UserEntity } from "#src/modules/users/user.entity.js";
import type { MfaStatus } from "./directory.service.js";

@ObjectType("Mailbox", { description: "A row of the mailboxes table." })
export class MailboxType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The address: local@domain." })
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => MfaStatusEnum)
  mfaStatus: MfaStatus;

  @Field(() => Int, { description: "Verified devices." })
  devices: number;

  @Field(() => UserOverrideEnum, { description: "The admin's override of the policy for this user." })
  mfaOverride: UserOverride;

  @Field(() => Boolean, { description: "Whether the user turned MFA on (decides the sign-in under OPTIONAL)." })
  mfaEnabled: boolean;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When too many wrong codes locked the user; null when not locked." })
  lockedAt: Date | null;

  @Field(() => ID, { description: "The mailbox's domain." })
  domainId: string;

  @Field(() => String, { description: "The name of the mailbox's domain." })
  domainName: string;
}

@ObjectType("MailboxConnection", { description: "A page of mailboxes." })
export class MailboxConnection {
  @Field(() => [MailboxType], { description: "The page, in the order asked (by address unless sorted otherwise)." })
  nodes: MailboxType[];

  @Field(() => Int, {
    description: "Mailboxes matching the filter: exact without a search (from the domain's counters); with a search, counted up to 1,000 (then totalCountIsLowerBound).",
  })
  totalCount: number;

  @Field(() => Boolean, { description: "The count stopped at its cap: at least totalCount mailboxes match." })
  totalCountIsLowerBound: boolean;

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}

@ObjectType("AdminUserView", { description: "A user as their admin sees them: MFA state, devices masked, no secret." })
export class AdminUserType extends UserType {
  @Field(() => UserOverrideEnum)
  mfaOverride: UserOverride;

  @Field(() => Boolean)
  mfaEnabled: boolean;

  @Field(() => MfaStatusEnum)
  mfaStatus: MfaStatus;

  @Field(() => DateTimeISOResolver, { nullable: true })
  lockedAt: Date | null;

  /** What the field resolvers (effective policy, devices, recovery codes) read. */
  source: Pick<UserEntity, "id" | "kind" | "mfaOverride" | "domainId" | "accountId">;
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
