import { UserKindEnum } from "#src/graphql/enums.js";
import { Field, ID, ObjectType } from "type-graphql";
import type { UserEntity } from "./user.entity.js";

@ObjectType("User", { description: "A login: an account admin or a mailbox." })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "What the user signs in with: admin logins as created, mailboxes as local@domain." })
  username: string;

  @Field(() => String, { description: "The person's name, as shown on the admin pages." })
  displayName: string;

  @Field(() => UserKindEnum)
  kind: "ADMIN" | "MAILBOX";

  @Field(() => ID, { description: "The account the user belongs to." })
  accountId: string;

  @Field(() => ID, { nullable: true, description: "The mailbox's domain; null for an admin." })
  domainId: string | null;
}

export function presentUser(user: UserEntity): UserType {
  return { id: user.id, username: user.username, displayName: user.displayName, kind: user.kind, accountId: user.accountId, domainId: user.domainId };
}
