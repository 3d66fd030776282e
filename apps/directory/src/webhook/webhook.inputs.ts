import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';
import { VersionedEditInput } from '../versioned-edit';
import { URL_LENGTH, WebhookFormat } from './webhook.entity';
import { MAX_EVENT_TYPES } from './webhook.rules';

/** Longest DingTalk robot secret accepted (they are `SEC` and 64 hex digits). */
const ROBOT_SECRET_LENGTH = 128;
const EVENT_TYPES_HELP =
  'Event types to receive (事件类型): catalogue types such as finance.purchaseRequest.submitted, `finance.*` for all of a service, `finance.expenseClaim.*` for all of a concept, or `*` for every type.';

@InputType({ description: 'A new webhook endpoint (新建 Webhook 接收地址). District administrators only.' })
export class CreateWebhookEndpointInput {
  @TextField('A name for people, e.g. “区教育局OA”.', { max: LIMITS.name })
  name: string;

  @Field({ description: 'Where deliveries are POSTed: an https:// (or http://) URL; in production only public addresses.' })
  @IsString()
  @MaxLength(URL_LENGTH)
  url: string;

  @Field(() => [String], { description: EVENT_TYPES_HELP })
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes: string[];

  @IdField('Only events of this school of your district (学校筛选); omitted for every event of the district.', { nullable: true })
  schoolId?: string | null;

  @Field(() => WebhookFormat, { description: 'How deliveries are written (消息格式): JSON, or a 企业微信 / 钉钉 robot message.' })
  format: WebhookFormat;

  @OptionalTextField(
    'The 钉钉 robot’s 加签 secret (SEC…), when the robot has signing on; DINGTALK only. Never shown again.',
    ROBOT_SECRET_LENGTH,
  )
  robotSecret?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput extends VersionedEditInput {
  @TextField('New name.', { max: LIMITS.name, nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New URL (checked like a new endpoint’s).' })
  @IsOptional()
  @IsString()
  @MaxLength(URL_LENGTH)
  url?: string | null;

  @Field(() => [String], { nullable: true, description: `New event types. ${EVENT_TYPES_HELP}` })
  @IsOptional()
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  eventTypes?: string[] | null;

  @IdField('Only events of this school; null clears the filter (every event of the district).', { nullable: true })
  schoolId?: string | null;

  @EnumField(WebhookFormat, 'New format; applies to events queued from now on.', { nullable: true })
  format?: WebhookFormat | null;

  @OptionalTextField('New 钉钉 加签 secret; null or blank removes it.', ROBOT_SECRET_LENGTH)
  robotSecret?: string | null;
}

@InputType({ description: 'Pausing an endpoint (暂停): nothing is sent to it until it is resumed; its events are held, not lost.' })
export class PauseWebhookEndpointInput extends VersionedEditInput {
  @OptionalTextField('Why, for the other admins (暂停原因).', LIMITS.reason)
  reason?: string | null;
}

@InputType({ description: 'Which endpoint, at the version read (resume, rotate the secret, delete).' })
export class WebhookEndpointVersionInput extends VersionedEditInput {}
