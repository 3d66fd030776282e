import { useQuery } from '@apollo/client/react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLanguage, useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import type { AdminWebhookEndpointsQuery } from '../../../graphql/graphql';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { AdminCan } from '../admin-access';
import { colorOf, ENDPOINT_STATUSES, labelOf, WEBHOOK_FORMATS } from '../labels';
import { SchoolName } from '../SchoolName';
import { SecretModal } from './SecretModal';
import { WebhookFormModal } from './WebhookFormModal';

const WebhookEndpointsQuery = graphql(`
  query AdminWebhookEndpoints($first: Int, $after: String) {
    webhookEndpoints(first: $first, after: $after) {
      nodes {
        id
        name
        url
        eventTypes
        schoolId
        format
        status
        pausedReason
        consecutiveFailures
        secretHint
        version
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Endpoint = AdminWebhookEndpointsQuery['webhookEndpoints']['nodes'][number];

/** Webhook endpoints (Webhook 接收地址) of the district: where its events are sent, and whether they are. */
export default function WebhooksPage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const paging = useCursorPaging();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ id: string; name: string; secret: string } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(WebhookEndpointsQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.webhookEndpoints;

  return (
    <Card
      title={t('Webhook 接收地址', 'Webhook endpoints')}
      extra={
        <AdminCan action="createWebhookEndpoint">
          <Button type="primary" data-testid="new-webhook" onClick={() => setCreating(true)}>
            {t('新建接收地址', 'New endpoint')}
          </Button>
        </AdminCan>
      }
    >
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="webhooks-table">
          <PagedTable<Endpoint>
            rowKey="id"
            page={page}
            paging={paging}
            loading={loading}
            columns={[
              {
                title: t('名称', 'Name'),
                dataIndex: 'name',
                render: (name: string, endpoint) => <Link to={`/admin/webhooks/${endpoint.id}`}>{name}</Link>,
              },
              {
                title: t('接收地址', 'URL'),
                dataIndex: 'url',
                render: (url: string) => (
                  <Typography.Text style={{ maxWidth: 280 }} ellipsis={{ tooltip: url }}>
                    {url}
                  </Typography.Text>
                ),
              },
              {
                title: t('事件类型', 'Event types'),
                dataIndex: 'eventTypes',
                render: (types: string[]) => (
                  <Space size={[0, 4]} wrap>
                    {types.map((type) => (
                      <Tag key={type}>{type}</Tag>
                    ))}
                  </Space>
                ),
              },
              { title: t('学校', 'School'), dataIndex: 'schoolId', render: (id?: string | null) => <SchoolName id={id} /> },
              { title: t('格式', 'Format'), dataIndex: 'format', render: (value: string) => labelOf(WEBHOOK_FORMATS, value, language) },
              {
                title: t('状态', 'Status'),
                key: 'status',
                render: (_, endpoint) => (
                  <Space orientation="vertical" size={0}>
                    <Tag color={colorOf(ENDPOINT_STATUSES, endpoint.status)}>{labelOf(ENDPOINT_STATUSES, endpoint.status, language)}</Tag>
                    {endpoint.consecutiveFailures > 0 && (
                      <Typography.Text type="danger">
                        {t(`连续失败 ${endpoint.consecutiveFailures} 次`, `${endpoint.consecutiveFailures} failures in a row`)}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </div>
      )}
      {creating && (
        <WebhookFormModal
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setSecret(created);
            void refetch();
          }}
        />
      )}
      {secret && (
        <SecretModal
          secret={secret.secret}
          endpointName={secret.name}
          onClose={() => {
            const id = secret.id;
            setSecret(null);
            void navigate(`/admin/webhooks/${id}`);
          }}
        />
      )}
    </Card>
  );
}
