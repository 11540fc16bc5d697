import { UserKindEnum } from "#src/graphql/enums.js";
import { Field, ID, ObjectType } from "type-graphql";
import type { UserEntity } from "./user.entity.js";

@ObjectType("User", { description: "A login: an account admin or a mailbox." })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => UserKindEnum)
  kind: "ADMIN" | "MAILBOX";

  @Field(() => ID)
  accountId: string;

  @Field(() => ID, { nullable: true })
  domainId: string | null;
}

export function presentUser(user: UserEntity): UserType {
  return { id: user.id, username: user.username, displayName: user.displayName, kind: user.kind, accountId: user.accountId, domainId: user.domainId };
}
