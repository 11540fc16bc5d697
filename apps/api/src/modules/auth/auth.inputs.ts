import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** The longest browser answer accepted (a WebAuthn credential's JSON is a few kilobytes at most). */
const WEBAUTHN_RESPONSE_MAX = 16_384;

@InputType()
export class LoginInput {
  @Field(() => String, { description: "An admin's login, or a mailbox address (local@domain)." })
  @Length(1, 320)
  username: string;

  @Field(() => String)
  @Length(1, 128)
  password: string;

  @Field(() => Boolean, { defaultValue: false, description: "Set the session as an HttpOnly cookie (the console) instead of returning the token." })
  cookie: boolean;
}

@InputType()
export class SendLoginPasscodeInput {
  @Field(() => String, { description: "The challengeId of the password step." })
  @MaxLength(64)
  challengeId: string;

  @Field(() => ID, { description: "A phone among the challenge's factors." })
  @MaxLength(36)
  deviceId: string;
}

@InputType()
export class CompleteLoginInput {
  @Field(() => String, { description: "The challengeId of the password step." })
  @MaxLength(64)
  challengeId: string;

  @Field(() => String, { nullable: true, description: "A code from the authenticator app, the code texted to the phone, or a recovery code (or give webauthnResponse)." })
  @IsOptional()
  @Length(1, 64)
  passcode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A passkey's or security key's answer to startWebAuthnLogin's options: the JSON of the browser's credential (e.g. SimpleWebAuthn's startAuthentication).",
  })
  @IsOptional()
  @Length(1, WEBAUTHN_RESPONSE_MAX)
  webauthnResponse?: string | null;

  @Field(() => ID, { nullable: true, description: "The factor the code is from; left out, the code is tried against each of the user's factors." })
  @IsOptional()
  @MaxLength(36)
  deviceId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Set the session as an HttpOnly cookie (the console) instead of returning the token." })
  cookie: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Don't ask again on this browser: with cookie, remembers the browser for the challenge's rememberBrowserDays (a `__Host-` cookie; its next sign-ins need only the password). Ignored without cookie.",
  })
  rememberBrowser: boolean;
}

@InputType({ description: "A step-up: a code from a verified device or a recovery code when the user has a device; the password otherwise." })
export class ReauthenticateInput {
  @Field(() => String, { nullable: true, description: "The password (users without a second factor)." })
  @IsOptional()
  @Length(1, 128)
  password?: string | null;

  @Field(() => String, { nullable: true, description: "A code from the authenticator app, the code texted for challengeId, or a recovery code." })
  @IsOptional()
  @Length(1, 64)
  passcode?: string | null;

  @Field(() => String, { nullable: true, description: "A passkey's answer to startWebAuthnReauthentication's options (with its challengeId)." })
  @IsOptional()
  @Length(1, WEBAUTHN_RESPONSE_MAX)
  webauthnResponse?: string | null;

  @Field(() => String, { nullable: true, description: "The step-up that sendReauthenticationPasscode (a texted code) or startWebAuthnReauthentication (a passkey) opened." })
  @IsOptional()
  @MaxLength(64)
  challengeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  deviceId?: string | null;
}
