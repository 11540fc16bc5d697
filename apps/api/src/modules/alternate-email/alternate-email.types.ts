import { DateTimeISOResolver } from "graphql-scalars";
import { Field, InputType, ObjectType } from "type-graphql";
import type { AlternateEmailView } from "./alternate-email.service.js";

@ObjectType("AlternateEmail", { description: "Your alternate email address: security alerts go to it (never only to the mailbox they protect)." })
export class AlternateEmailType {
  @Field(() => String, { nullable: true, description: "The verified address; null until one is verified." })
  address: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: "An address a code was sent to, waiting for it (the verified one stays until then)." })
  pendingAddress: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the pending code stops working." })
  codeExpiresAt: Date | null;
}

export const presentAlternateEmail = (view: AlternateEmailView): AlternateEmailType => ({
  address: view.address,
  verifiedAt: view.verifiedAt === null ? null : new Date(view.verifiedAt),
  pendingAddress: view.pendingAddress,
  codeExpiresAt: view.codeExpiresAt === null ? null : new Date(view.codeExpiresAt),
});

@InputType()
export class SetAlternateEmailInput {
  @Field(() => String, { description: "An address other than this mailbox; a 6-digit code is emailed to it." })
  address: string;
}

@InputType()
export class VerifyAlternateEmailInput {
  @Field(() => String, { description: "The 6-digit code emailed to the pending address." })
  code: string;
}

@ObjectType()
export class AlternateEmailPayload {
  @Field(() => AlternateEmailType)
  alternateEmail: AlternateEmailType;
}
