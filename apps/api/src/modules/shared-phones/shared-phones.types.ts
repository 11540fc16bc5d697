import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

const SharedPhoneReasonEnum = { THRESHOLD: "THRESHOLD", OTHER_ACCOUNTS: "OTHER_ACCOUNTS" } as const;
registerEnumType(SharedPhoneReasonEnum, {
  name: "SharedPhoneReason",
  description: "Why a recovery number is flagged.",
  valuesConfig: {
    THRESHOLD: { description: "Verified on more mailboxes of this account than allowed (SHARED_PHONE_THRESHOLD, 3 by default)." },
    OTHER_ACCOUNTS: { description: "Verified on mailboxes of other accounts too." },
  },
});

@ObjectType("SharedPhoneNumber", { description: "A verified phone of the user that other mailboxes share: whoever holds it can pass their second step too." })
export class SharedPhoneNumberType {
  @Field(() => ID, { description: "The user's phone device." })
  deviceId: string;

  @Field(() => String, { description: "The number, masked." })
  maskedPhone: string;

  @Field(() => Int, { description: "Mailboxes of this account with the number verified (this one included)." })
  mailboxesInAccount: number;

  @Field(() => Boolean, { description: "Whether mailboxes of other accounts have it verified too (how many is theirs to know)." })
  inOtherAccounts: boolean;

  @Field(() => [SharedPhoneReasonEnum])
  reasons: string[];
}
