import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { DirectoryContext } from '../context';
import { WebhookDeliveryStatus, WebhookEndpoint } from './webhook.entity';
import {
  CreateWebhookEndpointInput,
  PauseWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointVersionInput,
} from './webhook.inputs';
import { redactUrl } from './webhook.rules';
import { WebhookDeliveryConnection, WebhookEndpointConnection, WebhookEndpointWithSecret } from './webhook.types';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Query(() => WebhookEndpointConnection, {
    description: 'Your district’s webhook endpoints (Webhook 接收地址), oldest first (district admins and auditors).',
  })
  webhookEndpoints(@Args() page: PageArgs, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.list(page);
  }

  @Query(() => WebhookEndpoint, { description: 'One webhook endpoint; NOT_FOUND when it is not your district’s.' })
  webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.get(id);
  }

  @Query(() => WebhookDeliveryConnection, {
    description: 'The deliveries (投递记录) of one endpoint of your district, newest first, optionally of one status.',
  })
  webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'The endpoint whose deliveries to list.' }) endpointId: string,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
    status: WebhookDeliveryStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: DirectoryContext,
  ) {
    return ctx.webhooks.deliveries(endpointId, status ?? null, page);
  }

  @FieldResolver(() => String, { description: 'The URL, with query values and any password shown as *** (a robot’s key is a credential).' })
  url(@Root() endpoint: WebhookEndpoint) {
    return redactUrl(endpoint.url);
  }

  @FieldResolver(() => Boolean, { description: 'Whether a 钉钉 加签 robot secret is set (the secret itself is never shown).' })
  robotSigned(@Root() endpoint: WebhookEndpoint) {
    return Boolean(endpoint.robotSecret);
  }

  @FieldResolver(() => String, { description: 'The last characters of the signing secret, to tell which one a receiver holds.' })
  secretHint(@Root() endpoint: WebhookEndpoint) {
    return `…${endpoint.secret.slice(-4)}`;
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Register a webhook endpoint for your district (district administrators); its signing secret is shown this once.',
  })
  createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.create(input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Change a webhook endpoint; `version` must be the one you read.' })
  updateWebhookEndpoint(@Arg('input') input: UpdateWebhookEndpointInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.update(input);
  }

  @Mutation(() => WebhookEndpoint, {
    description: 'Pause an endpoint (暂停): nothing is sent until it is resumed; events keep queueing and go out on resume.',
  })
  pauseWebhookEndpoint(@Arg('input') input: PauseWebhookEndpointInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.pause(input);
  }

  @Mutation(() => WebhookEndpoint, {
    description: 'Resume a paused endpoint (恢复): its undelivered deliveries are queued again and sent.',
  })
  resumeWebhookEndpoint(@Arg('input') input: WebhookEndpointVersionInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.resume(input);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Replace an endpoint’s signing secret (轮换密钥); the new one is shown this once and the old one stops at once.',
  })
  rotateWebhookSecret(@Arg('input') input: WebhookEndpointVersionInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.rotateSecret(input);
  }

  @Mutation(() => ID, { description: 'Delete an endpoint and its deliveries; returns its id.' })
  deleteWebhookEndpoint(@Arg('input') input: WebhookEndpointVersionInput, @Ctx() ctx: DirectoryContext) {
    return ctx.webhooks.delete(input);
  }
}
