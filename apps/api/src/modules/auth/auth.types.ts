import { DeviceKindEnum } from "#src/graphql/enums.js";
import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, ID, ObjectType } from "type-graphql";
import { UserType } from "#src/modules/users/user.types.js";

@ObjectType({ description: "Signed in. `token` is null when the session was set as a cookie." })
export class LoginSuccess {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { nullable: true, description: "The session token: send it as `Authorization: Bearer <token>`. Null when it was set as a cookie." })
  token: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the session ends at the latest (it also ends after 30 idle minutes)." })
  expiresAt: Date;

  @Field(() => [String], { description: "How the user authenticated: PASSWORD, OTPPASSCODE, PASSCODE, RECOVERY_CODE, BYPASS_CODE." })
  authenticatedBy: string[];
}

@ObjectType({ description: "A second factor offered at the passcode step." })
export class ChallengeFactor {
  @Field(() => ID)
  id: string;

  @Field(() => DeviceKindEnum)
  kind: "TOTP" | "SMS";

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  maskedPhone: string | null;

  @Field(() => Boolean)
  isDefault: boolean;

  @Field(() => Boolean)
  isBackup: boolean;
}

@ObjectType({ description: "The password was right; a passcode is needed (completeLogin)." })
export class MfaChallenge {
  @Field(() => String, { description: "Pass it to completeLogin (or sendLoginPasscode); it works once." })
  challengeId: string;

  @Field(() => DateTimeISOResolver, { description: "When the challenge expires (10 minutes after the password step)." })
  expiresAt: Date;

  @Field(() => [ChallengeFactor], { description: "Verified factors, the default first." })
  factors: ChallengeFactor[];

  @Field(() => String, { nullable: true, description: "Masked number a sign-in code was just texted to (default factor is a phone)." })
  smsSentTo: string | null;
}

@ObjectType({ description: "MFA is required and nothing is set up: the session may only enrol a device." })
export class MfaSetupRequired {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { nullable: true, description: "The setup-only session token; null when set as a cookie." })
  token: string | null;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;
}

export const LoginResult = createUnionType({
  name: "LoginResult",
  types: () => [LoginSuccess, MfaChallenge, MfaSetupRequired] as const,
});

@ObjectType()
export class SendLoginPasscodePayload {
  @Field(() => String)
  sentTo: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean)
  ok: boolean;
}

@ObjectType()
export class ReauthenticatePayload {
  @Field(() => DateTimeISOResolver, { description: "Until when sensitive changes are allowed without asking again." })
  validUntil: Date;
}

@ObjectType()
export class ReauthenticationPasscodePayload {
  @Field(() => String, { description: "Pass it to reauthenticate with the texted code." })
  challengeId: string;

  @Field(() => String, { description: "The phone the code went to, masked." })
  sentTo: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;
}
