import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import type { AdminWebhookDeliveriesQuery, WebhookDeliveryStatus } from '../../../graphql/graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { useGraphForm } from '../../../shared/components/GraphForm';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { AdminCan, testIdButton } from '../admin-access';
import { useAdminAction, useConflictReread } from '../admin-action';
import { FormModal } from '../FormModal';
import { prettyPayload } from '../dead-letters/dead-letter';
import { colorOf, DELIVERY_STATUSES, ENDPOINT_STATUSES, labelOf, optionsOf, WEBHOOK_FORMATS } from '../labels';
import { SchoolName } from '../SchoolName';
import { maskedSecret } from './event-types';
import { SecretModal } from './SecretModal';
import { WebhookFormModal } from './WebhookFormModal';

const WebhookEndpointQuery = graphql(`
  query AdminWebhookEndpoint($id: ID!) {
    webhookEndpoint(id: $id) {
      id
      name
      url
      eventTypes
      schoolId
      format
      status
      pausedReason
      pausedAt
      consecutiveFailures
      secretHint
      robotSigned
      version
      createdAt
      updatedAt
    }
  }
`);

const WebhookDeliveriesQuery = graphql(`
  query AdminWebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
      nodes {
        id
        eventId
        eventType
        occurredAt
        body
        status
        attempts
        nextAttemptAt
        lastAttemptAt
        lastStatusCode
        lastError
        deliveredAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PauseWebhookMutation = graphql(`
  mutation AdminPauseWebhookEndpoint($input: PauseWebhookEndpointInput!) {
    pauseWebhookEndpoint(input: $input) {
      id
      status
      pausedReason
      pausedAt
      version
    }
  }
`);

const ResumeWebhookMutation = graphql(`
  mutation AdminResumeWebhookEndpoint($input: WebhookEndpointVersionInput!) {
    resumeWebhookEndpoint(input: $input) {
      id
      status
      pausedReason
      pausedAt
      consecutiveFailures
      version
    }
  }
`);

const RotateWebhookSecretMutation = graphql(`
  mutation AdminRotateWebhookSecret($input: WebhookEndpointVersionInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        id
        secretHint
        version
      }
    }
  }
`);

const DeleteWebhookMutation = graphql(`
  mutation AdminDeleteWebhookEndpoint($input: WebhookEndpointVersionInput!) {
    deleteWebhookEndpoint(input: $input)
  }
`);

/** Pause an endpoint (暂停), with the reason other administrators will read. */
function PauseWebhookModal({
  endpoint,
  refetch,
  onClose,
  onSaved,
}: {
  endpoint: { id: string; version: number; name: string };
  refetch: () => unknown;
  onClose(): void;
  onSaved(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [pause] = useMutation(PauseWebhookMutation);
  const { guard, note } = useConflictReread(refetch);
  async function save(values: { reason?: string }) {
    const input = { id: endpoint.id, version: endpoint.version, reason: values.reason?.trim() || null };
    const result = await submit(() => guard(() => pause({ variables: { input } })));
    if (result?.data) onSaved();
  }
  return (
    <FormModal<{ reason?: string }>
      title={t(`暂停投递：${endpoint.name}`, `Pause ${endpoint.name}`)}
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
      okText={t('暂停', 'Pause')}
      testId="pause-webhook-form"
    >
      <Typography.Paragraph>
        {t('暂停期间不发送任何事件；事件会保留，恢复后补发。', 'Nothing is sent while paused; events are held and go out on resume.')}
      </Typography.Paragraph>
      <Form.Item name="reason" label={t('暂停原因（可选）', 'Reason (optional)')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

type Delivery = AdminWebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];

/** One webhook endpoint: its settings and the admin's actions on it, and its deliveries (投递记录) by status. */
export default function WebhookDetailPage() {
  const t = useT();
  const { language } = useLanguage();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WebhookEndpointQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [pausing, setPausing] = useState(false);
  const { run, busy, alert } = useAdminAction(refetch);
  const [resume] = useMutation(ResumeWebhookMutation);
  const [rotate] = useMutation(RotateWebhookSecretMutation);
  const [remove] = useMutation(DeleteWebhookMutation);

  const paging = useCursorPaging();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const deliveries = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId: id, status: status ?? null, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const deliveryPage = (deliveries.data ?? deliveries.previousData)?.webhookDeliveries;

  if (error && !data) return <GraphErrorResult error={error} />;
  const endpoint = data?.webhookEndpoint;
  if (loading && !endpoint) return <Skeleton active />;
  if (!endpoint) return null;
  const current = { id: endpoint.id, version: endpoint.version };

  function confirmResume() {
    modal.confirm({
      title: t('恢复投递？', 'Resume the endpoint?'),
      content: t('未送达的投递会重新排队发送。', 'Its undelivered deliveries are queued again and sent.'),
      okText: t('恢复', 'Resume'),
      cancelText: t('取消', 'Cancel'),
      okButtonProps: testIdButton('resume-webhook-confirm'),
      onOk: async () => {
        await run('resume', () => resume({ variables: { input: current } }), t('已恢复', 'Resumed'));
        void deliveries.refetch();
      },
    });
  }

  function confirmRotate() {
    modal.confirm({
      title: t('轮换签名密钥？', 'Rotate the signing secret?'),
      content: t(
        '旧密钥立即失效，接收方须改用新密钥校验签名。新密钥只显示一次。',
        'The old secret stops at once; the receiver must check signatures with the new one. The new secret is shown once.',
      ),
      okText: t('轮换', 'Rotate'),
      okButtonProps: testIdButton('rotate-webhook-confirm', { danger: true }),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const result = await run('rotate', () => rotate({ variables: { input: current } }));
        if (result?.data) setSecret(result.data.rotateWebhookSecret.secret);
      },
    });
  }

  function confirmDelete() {
    modal.confirm({
      title: t('删除接收地址？', 'Delete the endpoint?'),
      content: t('接收地址及其全部投递记录将被删除，不能恢复。', 'The endpoint and all its deliveries are deleted for good.'),
      okText: t('删除', 'Delete'),
      okButtonProps: testIdButton('delete-webhook-confirm', { danger: true }),
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const result = await run('delete', () => remove({ variables: { input: current } }), t('已删除', 'Deleted'));
        if (result?.data) void navigate('/admin/webhooks');
      },
    });
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Link to="/admin/webhooks">{t('Webhook 接收地址', 'Webhook endpoints')}</Link>/<span>{endpoint.name}</span>
            <Tag color={colorOf(ENDPOINT_STATUSES, endpoint.status)} data-testid="webhook-status">
              {labelOf(ENDPOINT_STATUSES, endpoint.status, language)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            <AdminCan action="updateWebhookEndpoint">
              <Button onClick={() => setEditing(true)} data-testid="edit-webhook">
                {t('编辑', 'Edit')}
              </Button>
            </AdminCan>
            {endpoint.status === 'ACTIVE' ? (
              <AdminCan action="pauseWebhookEndpoint">
                <Button loading={busy === 'pause'} onClick={() => setPausing(true)} data-testid="pause-webhook">
                  {t('暂停', 'Pause')}
                </Button>
              </AdminCan>
            ) : (
              <AdminCan action="resumeWebhookEndpoint">
                <Button loading={busy === 'resume'} onClick={confirmResume} data-testid="resume-webhook">
                  {t('恢复', 'Resume')}
                </Button>
              </AdminCan>
            )}
            <AdminCan action="rotateWebhookSecret">
              <Button loading={busy === 'rotate'} onClick={confirmRotate} data-testid="rotate-webhook-secret">
                {t('轮换密钥', 'Rotate secret')}
              </Button>
            </AdminCan>
            <AdminCan action="deleteWebhookEndpoint">
              <Button danger loading={busy === 'delete'} onClick={confirmDelete} data-testid="delete-webhook">
                {t('删除', 'Delete')}
              </Button>
            </AdminCan>
          </Space>
        }
      >
        {alert}
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('接收地址', 'URL')}>
            <Typography.Text style={{ wordBreak: 'break-all' }}>{endpoint.url}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('消息格式', 'Format')}>
            {labelOf(WEBHOOK_FORMATS, endpoint.format, language)}
            {endpoint.robotSigned && <Tag style={{ marginLeft: 8 }}>{t('已加签', 'Signed')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('事件类型', 'Event types')}>
            <Space size={[0, 4]} wrap>
              {endpoint.eventTypes.map((type) => (
                <Tag key={type}>{type}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('学校筛选', 'School')}>
            <SchoolName id={endpoint.schoolId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('签名密钥', 'Signing secret')}>
            <Typography.Text code>{maskedSecret(endpoint.secretHint)}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('连续失败次数', 'Failures in a row')}>{endpoint.consecutiveFailures}</Descriptions.Item>
          {endpoint.status === 'PAUSED' && (
            <>
              <Descriptions.Item label={t('暂停原因', 'Paused because')}>{endpoint.pausedReason ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('暂停时间', 'Paused at')}>
                <DateTime value={endpoint.pausedAt} />
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('创建于', 'Created')}>
            <DateTime value={endpoint.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('更新于', 'Updated')}>
            <DateTime value={endpoint.updatedAt} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('投递记录', 'Deliveries')}
        extra={
          <Form.Item label={t('投递状态', 'Status')} style={{ margin: 0 }}>
            <Select<WebhookDeliveryStatus>
              allowClear
              placeholder={t('全部', 'All')}
              style={{ width: 140 }}
              value={status}
              options={optionsOf(DELIVERY_STATUSES, language)}
              onChange={(value) => {
                setStatus(value);
                paging.reset();
              }}
              data-testid="deliveries-status-filter"
            />
          </Form.Item>
        }
      >
        {deliveries.error && !deliveryPage ? (
          <GraphErrorResult error={deliveries.error} />
        ) : (
          <div data-testid="deliveries-table">
            <PagedTable<Delivery>
              rowKey="id"
              page={deliveryPage}
              paging={paging}
              loading={deliveries.loading}
              expandable={{
                expandedRowRender: (delivery) => (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Text type="secondary">
                      {t('事件编号', 'Event id')}: {delivery.eventId}
                    </Typography.Text>
                    {delivery.lastError && <Typography.Text type="danger">{delivery.lastError}</Typography.Text>}
                    <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12 }}>{prettyPayload(delivery.body)}</pre>
                  </Space>
                ),
              }}
              columns={[
                { title: t('事件类型', 'Event type'), dataIndex: 'eventType' },
                { title: t('发生时间', 'Occurred'), dataIndex: 'occurredAt', render: (value: string) => <DateTime value={value} /> },
                {
                  title: t('状态', 'Status'),
                  dataIndex: 'status',
                  render: (value: string) => (
                    <Tag color={colorOf(DELIVERY_STATUSES, value)}>{labelOf(DELIVERY_STATUSES, value, language)}</Tag>
                  ),
                },
                { title: t('尝试次数', 'Attempts'), dataIndex: 'attempts', align: 'right' },
                {
                  title: t('HTTP 状态', 'HTTP status'),
                  dataIndex: 'lastStatusCode',
                  align: 'right',
                  render: (value?: number | null) => value ?? '—',
                },
                {
                  title: t('最近错误', 'Last error'),
                  dataIndex: 'lastError',
                  render: (value?: string | null) =>
                    value ? (
                      <Typography.Text type="danger" style={{ maxWidth: 260 }} ellipsis={{ tooltip: value }}>
                        {value}
                      </Typography.Text>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('送达 / 下次尝试', 'Delivered / next attempt'),
                  key: 'when',
                  render: (_, delivery) =>
                    delivery.deliveredAt ? (
                      <DateTime value={delivery.deliveredAt} />
                    ) : delivery.nextAttemptAt ? (
                      <DateTime value={delivery.nextAttemptAt} />
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          </div>
        )}
      </Card>
      {editing && (
        <WebhookFormModal
          endpoint={endpoint}
          refetch={refetch}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void refetch();
          }}
        />
      )}
      {pausing && (
        <PauseWebhookModal
          endpoint={endpoint}
          refetch={refetch}
          onClose={() => setPausing(false)}
          onSaved={() => {
            setPausing(false);
            void message.success(t('已暂停', 'Paused'));
          }}
        />
      )}
      {secret && <SecretModal secret={secret} endpointName={endpoint.name} onClose={() => setSecret(null)} />}
    </Space>
  );
}
