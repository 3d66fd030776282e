import { useMutation } from '@apollo/client/react';
import { Form, Input, Select, Switch } from 'antd';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { useConflictReread } from '../admin-action';
import { changedFields } from '../changes';
import { FormModal } from '../FormModal';
import { optionsOf, WEBHOOK_FORMATS } from '../labels';
import { SchoolSelect } from '../SchoolSelect';
import { EVENT_TYPE_SUGGESTIONS, normalizeEventTypes } from './event-types';

const CreateWebhookMutation = graphql(`
  mutation AdminCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        name
        url
        eventTypes
        schoolId
        format
        status
        consecutiveFailures
        secretHint
        robotSigned
        version
      }
    }
  }
`);

const UpdateWebhookMutation = graphql(`
  mutation AdminUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      name
      url
      eventTypes
      schoolId
      format
      robotSigned
      version
      updatedAt
    }
  }
`);

type Format = keyof typeof WEBHOOK_FORMATS;

/** The endpoint as the edit form needs it (its URL is shown masked, so it is typed again only to change it). */
export interface EditableEndpoint {
  id: string;
  version: number;
  name: string;
  url: string;
  eventTypes: readonly string[];
  schoolId?: string | null;
  format: Format;
  robotSigned: boolean;
}

interface WebhookValues {
  name?: string;
  url?: string;
  eventTypes?: string[];
  schoolId?: string | null;
  format?: Format;
  robotSecret?: string;
  clearRobotSecret?: boolean;
}

/**
 * A new webhook endpoint (新建 Webhook 接收地址) or changes to one. A new endpoint's signing secret comes
 * back once and goes to `onCreated`; an edit sends only what changed, with the version read.
 */
export function WebhookFormModal({
  endpoint,
  onClose,
  onCreated,
  onSaved,
  refetch,
}: {
  endpoint?: EditableEndpoint;
  onClose(): void;
  onCreated?(created: { id: string; name: string; secret: string }): void;
  onSaved?(): void;
  refetch?: () => unknown;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [form] = Form.useForm<WebhookValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const { guard, note } = useConflictReread(refetch);
  const [createEndpoint] = useMutation(CreateWebhookMutation);
  const [updateEndpoint] = useMutation(UpdateWebhookMutation);
  const format = Form.useWatch('format', form);
  const clearRobotSecret = Form.useWatch('clearRobotSecret', form);

  async function save(values: WebhookValues) {
    const eventTypes = normalizeEventTypes(values.eventTypes);
    if (!endpoint) {
      const result = await submit(() =>
        createEndpoint({
          variables: {
            input: {
              name: (values.name ?? '').trim(),
              url: (values.url ?? '').trim(),
              eventTypes,
              schoolId: values.schoolId || null,
              format: values.format!,
              robotSecret: values.format === 'DINGTALK' ? values.robotSecret?.trim() || null : null,
            },
          },
        }),
      );
      const created = result?.data?.createWebhookEndpoint;
      if (created) onCreated?.({ id: created.endpoint.id, name: created.endpoint.name, secret: created.secret });
      return;
    }
    const changes: Record<string, unknown> = changedFields<WebhookValues>(
      { ...endpoint, url: undefined },
      { name: values.name, url: values.url, eventTypes, schoolId: values.schoolId ?? null, format: values.format },
      ['schoolId'],
    );
    // The URL is shown masked: a blank field keeps it; a robot secret is never shown, so blank keeps it too.
    if (values.robotSecret?.trim()) changes.robotSecret = values.robotSecret.trim();
    else if (values.clearRobotSecret) changes.robotSecret = null;
    if (!Object.keys(changes).length) return onClose();
    const result = await submit(() =>
      guard(() => updateEndpoint({ variables: { input: { id: endpoint.id, version: endpoint.version, ...changes } } })),
    );
    if (result?.data) onSaved?.();
  }

  return (
    <FormModal<WebhookValues>
      title={endpoint ? t('编辑 Webhook 接收地址', 'Edit webhook endpoint') : t('新建 Webhook 接收地址', 'New webhook endpoint')}
      open
      form={form}
      onCancel={onClose}
      onFinish={save}
      submitting={submitting}
      alert={
        <>
          {note}
          {alert}
        </>
      }
      testId="webhook-form"
      initialValues={
        endpoint
          ? { name: endpoint.name, eventTypes: [...endpoint.eventTypes], schoolId: endpoint.schoolId ?? undefined, format: endpoint.format }
          : { format: 'JSON', eventTypes: [] }
      }
    >
      <Form.Item
        name="name"
        label={t('名称', 'Name')}
        extra={t('例如“区教育局OA”或“总务群机器人”', 'e.g. the bureau OA, or the general-affairs group robot')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('接收地址 URL', 'URL')}
        extra={
          endpoint
            ? t(`当前：${endpoint.url}（留空则不变）`, `Now: ${endpoint.url} (blank keeps it)`)
            : t('https:// 开头', 'Starts with https://')
        }
        rules={endpoint ? [] : [{ required: true, whitespace: true, message: t('请输入 URL', 'Enter the URL') }]}
      >
        <Input placeholder="https://" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('事件类型', 'Event types')}
        extra={t(
          '可选目录中的类型，或 finance.*、finance.expenseClaim.*、* 等通配',
          'Catalogue types, or wildcards such as finance.*, finance.expenseClaim.*, *',
        )}
        rules={[{ required: true, type: 'array', min: 1, message: t('至少一个事件类型', 'At least one event type') }]}
      >
        <Select
          mode="tags"
          tokenSeparators={[',', '，', ' ']}
          options={EVENT_TYPE_SUGGESTIONS.map((type) => ({ value: type, label: type }))}
        />
      </Form.Item>
      <Form.Item name="schoolId" label={t('学校筛选', 'School')} extra={t('留空则接收全学区的事件', 'Blank: events of the whole district')}>
        <SchoolSelect allowClear />
      </Form.Item>
      <Form.Item name="format" label={t('消息格式', 'Format')} rules={[{ required: true }]}>
        <Select options={optionsOf(WEBHOOK_FORMATS, language)} />
      </Form.Item>
      {format === 'DINGTALK' && (
        <Form.Item
          name="robotSecret"
          label={t('钉钉加签密钥', 'DingTalk signing secret')}
          extra={
            endpoint?.robotSigned
              ? t('已设置；留空则不变', 'Set; blank keeps it')
              : t('机器人开启“加签”时填写（SEC 开头）', 'When the robot signs (starts with SEC)')
          }
        >
          <Input.Password autoComplete="new-password" disabled={Boolean(clearRobotSecret)} />
        </Form.Item>
      )}
      {endpoint?.robotSigned && (
        <Form.Item name="clearRobotSecret" label={t('清除加签密钥', 'Remove the signing secret')} valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </FormModal>
  );
}
