import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { MailKind } from "./mail-templates.js";

/** The kinds of email, as GraphQL names them. */
const EmailKind: { readonly [K in MailKind]: K } = {
  MFA_REMINDER: "MFA_REMINDER",
  SECURITY_ALERT: "SECURITY_ALERT",
  ALTERNATE_EMAIL_CODE: "ALTERNATE_EMAIL_CODE",
};

registerEnumType(EmailKind, {
  name: "EmailKind",
  description: "What an email is about.",
  valuesConfig: {
    MFA_REMINDER: { description: "A mailbox without MFA is told that its domain requires it from a date on." },
    SECURITY_ALERT: { description: "A user is told of a change to their sign-in security: what, when, from where." },
    ALTERNATE_EMAIL_CODE: { description: "The 6-digit code that confirms a user's alternate email address, sent to that address." },
  },
});

@ObjectType("EmailMessage", { description: "An email kept by the outbox transport (development): the message as its recipient would get it." })
export class EmailMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => EmailKind)
  kind: MailKind;

  @Field(() => String, { description: "The recipient, masked (e.g. a***@example.com)." })
  to: string;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: "The plain-text part." })
  text: string;

  @Field(() => String, { description: "The HTML part (its data escaped; show it in a sandboxed frame)." })
  html: string;

  @Field(() => String)
  status: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}
