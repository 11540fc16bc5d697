import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { UserType } from "#src/modules/users/user.types.js";

@ObjectType({ description: "The setup was put off: a session without MFA, until the wizard is offered again." })
export class DeferMfaSetupPayload {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { nullable: true, description: "The new session's token; null when set as a cookie (the setup session came as one)." })
  token: string | null;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => DateTimeISOResolver, { description: "The Force-On's deadline: from then on, setup cannot be put off." })
  enforceFrom: Date;

  @Field(() => DateTimeISOResolver, { description: "From when a sign-in offers the setup wizard again (a day later)." })
  remindAfter: Date;
}
