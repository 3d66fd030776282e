import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ERROR_LENGTH, EVENT_TYPE_LENGTH } from '@houqin/events';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';

/** How a delivery's body is written. */
export enum WebhookFormat {
  JSON = 'JSON',
  WECOM = 'WECOM',
  DINGTALK = 'DINGTALK',
}

registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'How deliveries to an endpoint are written (消息格式).',
  valuesConfig: {
    JSON: { description: 'The event envelope as JSON, for the district’s own systems (e.g. the bureau’s OA).' },
    WECOM: { description: 'A 企业微信 (WeCom) group robot message: markdown, in Chinese.' },
    DINGTALK: { description: 'A 钉钉 (DingTalk) custom robot message: markdown, in Chinese; signed (加签) when a robot secret is given.' },
  },
});

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}

registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint is sent to (状态).',
  valuesConfig: {
    ACTIVE: { description: 'Events are queued for it and sent (启用).' },
    PAUSED: {
      description: 'Paused (已暂停) by an admin or after failing too often: nothing new is queued, and what is queued waits for a resume.',
    },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where one delivery stands (投递状态).',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent, or to be retried after a failure (待投递).' },
    DELIVERED: { description: 'The receiver answered 2xx (and, for robots, errcode 0) (已送达).' },
    FAILED: { description: 'Given up after the bounded attempts (投递失败); resuming the endpoint queues it again.' },
  },
});

/** Longest endpoint URL accepted. */
export const URL_LENGTH = 2048;

/**
 * A district webhook endpoint (Webhook 接收地址): where the directory POSTs the district's events of
 * the types it names, signed with its own secret. Registered by district admins; district-level
 * (no school owns it), optionally narrowed to one school's events.
 */
@ObjectType({
  description: 'A district webhook endpoint (Webhook 接收地址): a URL that is sent the district’s events of the types it names.',
})
@Entity('webhook_endpoint')
@Index(['districtId', 'status'])
export class WebhookEndpoint {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The district whose events it receives.' })
  @RefColumn()
  districtId: string;

  @Field({ description: 'A name for people, e.g. “区教育局OA” or “总务群机器人”.' })
  @Column('varchar', { length: LIMITS.name })
  name: string;

  /** Stored whole; the graph shows it with query values hidden (a robot URL's key is a credential). */
  @Column('varchar', { length: URL_LENGTH })
  url: string;

  @Field(() => [String], {
    description: 'Event types it receives (事件类型): catalogue types, `<service>.*` or `<service>.<concept>.*`, or `*` for all.',
  })
  @Column('simple-json', { comment: 'JSON array of event types and wildcards' })
  eventTypes: string[];

  @Field(() => ID, { nullable: true, description: 'Only events of this school (学校筛选); null for every event of the district.' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Field(() => WebhookFormat, { description: 'How deliveries are written (消息格式).' })
  @Column('varchar', { length: 16 })
  format: WebhookFormat;

  /** HMAC-SHA256 key of the X-Houqin-Signature header; never in the graph after it was shown once. */
  @Column('varchar', { length: 80 })
  secret: string;

  /** The DingTalk robot's 加签 secret (SEC…), if the robot has signing on. */
  @Column('varchar', { length: 128, nullable: true })
  robotSecret: string | null;

  @Field(() => WebhookEndpointStatus, { description: 'Whether it is sent to (状态).' })
  @Column('varchar', { length: 16 })
  status: WebhookEndpointStatus;

  @Field(() => String, { nullable: true, description: 'Why it was paused (暂停原因): by whom, or the failures that paused it.' })
  @Column('varchar', { length: LIMITS.reason, nullable: true })
  pausedReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was paused.' })
  @InstantColumn({ nullable: true })
  pausedAt: Date | null;

  @Field(() => Int, { description: 'Failed attempts in a row (连续失败次数); at the limit the endpoint is paused.' })
  @Column('int', { default: 0 })
  consecutiveFailures: number;

  @Field(() => Int, { description: 'Row version; pass it back when changing the endpoint (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field()
  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * One event queued for one endpoint (Webhook 投递记录), with the body to send, written in the
 * transaction that consumes the event: the unique (endpointId, eventId) key means a redelivered
 * event queues nothing twice. The dispatcher leases due rows, sends them, and records the outcome.
 */
@ObjectType({ description: 'One event sent (or to be sent) to one webhook endpoint (投递记录), with its attempts and last error.' })
@Entity('webhook_delivery')
@Index(['endpointId', 'eventId'], { unique: true })
@Index(['status', 'nextAttemptAt'])
@Index(['endpointId', 'id'])
export class WebhookDelivery {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The endpoint it is for.' })
  @RefColumn()
  endpointId: string;

  @RefColumn()
  districtId: string;

  @Field(() => ID, { nullable: true, description: 'The school the event is about; null for district-wide events.' })
  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Field(() => ID, { description: 'The event id (X-Houqin-Event-Id): a receiver deduplicates on it.' })
  @RefColumn()
  eventId: string;

  @Field({ description: 'The event type (事件类型), e.g. finance.purchaseRequest.submitted.' })
  @Column('varchar', { length: EVENT_TYPE_LENGTH })
  eventType: string;

  @Field({ description: 'When the event happened.' })
  @InstantColumn()
  occurredAt: Date;

  @Field({ description: 'The body sent, exactly (JSON).' })
  @Column('text')
  body: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands (投递状态).' })
  @Column('varchar', { length: 16 })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made (since the endpoint was last resumed).' })
  @Column('int', { default: 0 })
  attempts: number;

  @Field(() => Date, {
    nullable: true,
    description: 'The next attempt, while pending; null when not scheduled (delivered, failed, endpoint paused).',
  })
  @InstantColumn({ nullable: true, comment: 'also the lease of the dispatcher sending it' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last tried.' })
  @InstantColumn({ nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when none came (timeout, refused).' })
  @Column('int', { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (最近错误).' })
  @Column('varchar', { length: ERROR_LENGTH, nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the receiver took it (送达时间).' })
  @InstantColumn({ nullable: true })
  deliveredAt: Date | null;

  @Field({ description: 'When it was queued.' })
  @InstantColumn()
  createdAt: Date;
}
