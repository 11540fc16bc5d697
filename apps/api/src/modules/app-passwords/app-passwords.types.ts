import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { AppPasswordEntity } from "./app-password.entity.js";

@ObjectType("AppPassword", { description: "A password for one mail client (IMAP, POP3, SMTP); the password itself is shown only when it is made." })
export class AppPasswordType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "The last time a mail server accepted it; null when never used." })
  lastUsedAt: Date | null;

  @Field(() => String, { nullable: true, description: "imap, pop3 or smtp: the protocol of the last use." })
  lastUsedProtocol: string | null;

  @Field(() => String, { nullable: true, description: "The mail client's address at the last use, as the mail server saw it." })
  lastUsedIp: string | null;
}

export const presentAppPassword = (row: AppPasswordEntity): AppPasswordType => ({
  id: row.id,
  name: row.name,
  createdAt: new Date(row.createdAt),
  lastUsedAt: row.lastUsedAt === null ? null : new Date(row.lastUsedAt),
  lastUsedProtocol: row.lastUsedProtocol,
  lastUsedIp: row.lastUsedIp,
});

@ObjectType()
export class CreateAppPasswordPayload {
  @Field(() => AppPasswordType)
  appPassword: AppPasswordType;

  @Field(() => String, { description: "The password, shown this once (16 letters in four groups; the spaces are optional when typed): only its hash is kept." })
  password: string;
}

@ObjectType()
export class RevokeAppPasswordsPayload {
  @Field(() => Int, { description: "How many app passwords were revoked." })
  revoked: number;
}

@ObjectType()
export class DomainAppPasswordsPayload {
  @Field(() => ID)
  domainId: string;

  @Field(() => Boolean)
  appPasswordsAllowed: boolean;
}
