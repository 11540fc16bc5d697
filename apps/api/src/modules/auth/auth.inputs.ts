import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class LoginInput {
  @Field(() => String)
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
  @Field(() => String)
  @MaxLength(64)
  challengeId: string;

  @Field(() => ID)
  @MaxLength(36)
  deviceId: string;
}

@InputType()
export class CompleteLoginInput {
  @Field(() => String)
  @MaxLength(64)
  challengeId: string;

  @Field(() => String, { description: "A code from the authenticator app, the code texted to the phone, or a recovery code." })
  @Length(1, 64)
  passcode: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(36)
  deviceId?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  cookie: boolean;
}

@InputType()
export class ReauthenticateInput {
  @Field(() => String)
  @Length(1, 128)
  password: string;
}
