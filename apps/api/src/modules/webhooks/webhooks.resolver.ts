import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "#src/context.js";
import { requireAdminOrKey } from "#src/modules/api-keys/admin-guard.js";
import { auditingNotFound } from "#src/modules/sessions/guards.js";
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./webhooks.inputs.js";
import { presentDelivery, presentEndpoint } from "./webhooks.presenters.js";
import {
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RotateWebhookSecretPayload,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookDeliveryStatus,
  WebhookEndpointPayload,
  WebhookEndpointType,
} from "./webhooks.types.js";

@Resolver()
export class WebhooksResolver {
  @Query(() => [WebhookEndpointType], { description: "The account's webhook endpoints, oldest first." })
  async webhookEndpoints(@Ctx() ctx: AppContext): Promise<WebhookEndpointType[]> {
    const { actor: admin } = await requireAdminOrKey(ctx, "webhookEndpoints");
    return (await ctx.services.webhooks.list(admin.accountId)).map(presentEndpoint);
  }

  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's deliveries, newest first." })
  async webhookDeliveries(
    @Arg("endpointId", () => ID) endpointId: string,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("status", () => WebhookDeliveryStatus, { nullable: true }) status: WebhookDeliveryStatus | null,
    @Ctx() ctx: AppContext,
  ): Promise<WebhookDeliveryConnection> {
    const { actor: admin } = await requireAdminOrKey(ctx, "webhookDeliveries");
    const page = await auditingNotFound(ctx, "webhookDeliveries", endpointId, () => ctx.services.webhooks.deliveries(admin.accountId, endpointId, { first, after, status }));
    return { nodes: page.rows.map(presentDelivery), totalCount: page.totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Mutation(() => CreateWebhookEndpointPayload, { description: "Registers an endpoint for some events; its signing secret is returned this once." })
  async createWebhookEndpoint(@Arg("input", () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: AppContext): Promise<CreateWebhookEndpointPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "createWebhookEndpoint");
    const created = await ctx.services.webhooks.create(admin, input, ctx.ip);
    return { endpoint: presentEndpoint(created.endpoint), secret: created.secret };
  }

  @Mutation(() => WebhookEndpointPayload, { description: "Enables or disables an endpoint, or changes its events or description." })
  async updateWebhookEndpoint(@Arg("input", () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: AppContext): Promise<WebhookEndpointPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "updateWebhookEndpoint");
    const endpoint = await auditingNotFound(ctx, "updateWebhookEndpoint", input.id, () => ctx.services.webhooks.update(admin, input, ctx.ip));
    return { endpoint: presentEndpoint(endpoint) };
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: "Makes a new signing secret, returned this once; the previous one also signs for a day." })
  async rotateWebhookSecret(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<RotateWebhookSecretPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "rotateWebhookSecret");
    const rotated = await auditingNotFound(ctx, "rotateWebhookSecret", id, () => ctx.services.webhooks.rotateSecret(admin, id, ctx.ip));
    return { endpoint: presentEndpoint(rotated.endpoint), secret: rotated.secret };
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: "Deletes an endpoint and its delivery log; pending deliveries are not sent." })
  async deleteWebhookEndpoint(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext): Promise<DeleteWebhookEndpointPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "deleteWebhookEndpoint");
    await auditingNotFound(ctx, "deleteWebhookEndpoint", id, () => ctx.services.webhooks.delete(admin, id, ctx.ip));
    return { id };
  }

  @Mutation(() => WebhookDeliveryPayload, { description: "Sends a delivery's event again (same message id and body), as a new delivery due now." })
  async redeliverWebhook(@Arg("deliveryId", () => ID) deliveryId: string, @Ctx() ctx: AppContext): Promise<WebhookDeliveryPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "redeliverWebhook");
    const delivery = await auditingNotFound(ctx, "redeliverWebhook", deliveryId, () => ctx.services.webhooks.redeliver(admin, deliveryId, ctx.ip));
    return { delivery: presentDelivery(delivery) };
  }

  @Mutation(() => WebhookDeliveryPayload, { description: "Queues a `webhook.test` delivery to the endpoint." })
  async sendTestWebhook(@Arg("endpointId", () => ID) endpointId: string, @Ctx() ctx: AppContext): Promise<WebhookDeliveryPayload> {
    const { actor: admin } = await requireAdminOrKey(ctx, "sendTestWebhook");
    const delivery = await auditingNotFound(ctx, "sendTestWebhook", endpointId, () => ctx.services.webhooks.sendTest(admin, endpointId, ctx.ip));
    return { delivery: presentDelivery(delivery) };
  }
}
