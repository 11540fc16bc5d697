import type { DeviceKind } from "@mfa/core";
import { DeviceKindEnum } from "#src/graphql/enums.js";
import { DateTimeISOResolver } from "graphql-scalars";
import { createUnionType, Field, ID, Int, ObjectType } from "type-graphql";
import { UserType } from "#src/modules/users/user.types.js";

@ObjectType({ description: "Signed in. `token` is null when the session was set as a cookie." })
export class LoginSuccess {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { nullable: true, description: "The session token: send it as `Authorization: Bearer <token>`. Null when it was set as a cookie." })
  token: string | null;

  @Field(() => DateTimeISOResolver, { description: "When the session ends at the latest (it also ends after 30 idle minutes)." })
  expiresAt: Date;

  @Field(() => [String], { description: "How the user authenticated: PASSWORD, OTPPASSCODE, PASSCODE, WEBAUTHN (a passkey or security key), RECOVERY_CODE, BYPASS_CODE, REMEMBERED_BROWSER (the console's browser was remembered at an earlier passcode step)." })
  authenticatedBy: string[];
}

@ObjectType({ description: "A second factor offered at the passcode step." })
export class ChallengeFactor {
  @Field(() => ID)
  id: string;

  @Field(() => DeviceKindEnum)
  kind: DeviceKind;

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

  @Field(() => Int, {
    description: "Days completeLogin's rememberBrowser would remember this browser (\"don't ask again on this browser for N days\"); 0: not offered (the domain turned it off, or the policy asks for a phishing-resistant factor). Only the console's cookie sign-in remembers browsers.",
  })
  rememberBrowserDays: number;
}

@ObjectType({ description: "MFA is required and nothing is set up: the session may only enrol a device." })
export class MfaSetupRequired {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, { nullable: true, description: "The setup-only session token; null when set as a cookie." })
  token: string | null;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "The Force-On's deadline, when it is still ahead: until then the user may put the setup off once a day (`deferMfaSetup`). Null: set up now.",
  })
  enforceFrom: Date | null;

  @Field(() => [DeviceKindEnum], { description: "The kinds of factor that finish the setup (only WEBAUTHN when the policy is PHISHING_RESISTANT)." })
  acceptedKinds: DeviceKind[];
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

@ObjectType({ description: "What the browser passes to navigator.credentials.get (e.g. SimpleWebAuthn's startAuthentication)." })
export class WebAuthnLoginPayload {
  @Field(() => String, { description: "PublicKeyCredentialRequestOptionsJSON: the challenge, the RP ID and the user's credentials." })
  optionsJson: string;
}

@ObjectType({ description: "A step-up answered by a passkey: pass challengeId and the browser's answer to reauthenticate." })
export class WebAuthnReauthenticationPayload {
  @Field(() => String)
  challengeId: string;

  @Field(() => String, { description: "PublicKeyCredentialRequestOptionsJSON for navigator.credentials.get." })
  optionsJson: string;
}
