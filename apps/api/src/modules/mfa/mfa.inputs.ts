import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class EnrollTotpInput {
  @Field(() => String, { description: "A nickname, e.g. 'Work phone'." })
  @Length(1, 64)
  name: string;
}

@InputType()
export class AddPhoneInput {
  @Field(() => String, { description: "ISO 3166 country code (US, GB) or calling code (+44)." })
  @Length(1, 8)
  country: string;

  @Field(() => String, { description: "The national number." })
  @Length(1, 32)
  @Matches(/^[0-9 ()+.-]+$/, { message: "number may contain digits, spaces and ( ) + . - only" })
  number: string;

  @Field(() => String)
  @Length(1, 64)
  name: string;
}

@InputType()
export class VerifyDeviceInput {
  @Field(() => ID)
  @MaxLength(36)
  deviceId: string;

  @Field(() => String)
  @Length(1, 16)
  code: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "Make this device the default method. Left out: yes for an authenticator app, no for a phone (a first device is the default either way).",
  })
  @IsOptional()
  makeDefault?: boolean | null;
}

@InputType()
export class StartWebAuthnRegistrationInput {
  @Field(() => String, { description: "A nickname, e.g. 'Laptop passkey' or 'Blue security key'." })
  @Length(1, 64)
  name: string;
}

@InputType()
export class FinishWebAuthnRegistrationInput {
  @Field(() => ID, { description: "The pending device startWebAuthnRegistration returned." })
  @MaxLength(36)
  deviceId: string;

  @Field(() => String, { description: "The browser's answer to the options: the JSON of navigator.credentials.create's credential (e.g. SimpleWebAuthn's startRegistration)." })
  @Length(1, 16_384)
  webauthnResponse: string;

  @Field(() => Boolean, { nullable: true, description: "Make it the default factor (default: yes)." })
  @IsOptional()
  makeDefault?: boolean | null;
}

@InputType()
export class RenameDeviceInput {
  @Field(() => ID)
  @MaxLength(36)
  deviceId: string;

  @Field(() => String, { description: "The new nickname." })
  @Length(1, 64)
  name: string;
}
