import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("SmsMessage", { description: "A text kept by the outbox sender (demo and development)." })
export class SmsMessageType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "The number, masked (e.g. +1 *** *** 1000)." })
  to: string;

  @Field(() => String)
  body: string;

  @Field(() => String)
  status: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}
