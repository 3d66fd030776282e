import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity';

@ObjectType({ description: 'A page of webhook endpoints.' })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint, 'WebhookEndpoint') {}

@ObjectType({ description: 'A page of webhook deliveries (投递记录), newest first.' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@ObjectType({ description: 'An endpoint with its signing secret (签名密钥), shown this once: store it in the receiver now.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint as it now is.' })
  endpoint: WebhookEndpoint;

  @Field({ description: 'The HMAC-SHA256 key of X-Houqin-Signature (docs/webhooks.md); not shown again, rotate it if lost.' })
  secret: string;
}
