import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { WebhookEventType } from "./webhook-events.js";

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: "Where deliveries go: https (in production, to a public address)." })
  @Length(1, 2048)
  url: string;

  @Field(() => String, { defaultValue: "" })
  @MaxLength(200)
  description: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  eventTypes: WebhookEventType[];

  @Field(() => Boolean, { defaultValue: true })
  enabled: boolean;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  enabled?: boolean | null;

  @Field(() => [WebhookEventType], { nullable: true, description: "Replaces the endpoint's events." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  description?: string | null;
}
