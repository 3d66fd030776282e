import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Spin, Table } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../../app/language';
import type { PurchaseRequestDetailQuery } from '../../../graphql/graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { Money } from '../../../shared/components/Money';
import { fenToYuan } from '../../../shared/money';
import { StatusTag, StepsTimeline } from '../common/components';
import { APPROVAL_LEVEL, labelOf, PURCHASE_STATUS } from '../common/labels';
import { useWorkflowViewer } from '../common/useWorkflowContext';
import { PurchaseRequestDetailQuery as DetailQuery } from './operations';
import { PurchaseActions } from './PurchaseActions';

type Line = PurchaseRequestDetailQuery['purchaseRequest']['lines'][number];

/** One purchase request: its lines and totals, every step so far, and the steps the viewer may take. */
export default function PurchaseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const viewer = useWorkflowViewer();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const request = data?.purchaseRequest;

  if (error && !request) return <GraphErrorResult error={error} />;
  if (!request) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const refetchAll = () => refetch();
  const actions = [...request.viewerActions];
  const zone = request.school.timeZone;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('采购申请', 'Purchase request')}
            <StatusTag table={PURCHASE_STATUS} status={request.status} />
          </Space>
        }
        extra={<PurchaseActions request={request} actions={actions} refetch={refetchAll} />}
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('学校', 'School')}>{request.school.name}</Descriptions.Item>
          <Descriptions.Item label={t('申请人', 'Requester')}>{request.requester?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('申请时间', 'Filed')}>
            <DateTime value={request.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('预算科目', 'Category')}>{request.category.name}</Descriptions.Item>
          <Descriptions.Item label={t('预算年度', 'Fiscal year')}>{request.fiscalYear}</Descriptions.Item>
          <Descriptions.Item label={t('审批至', 'Approved up to')}>{labelOf(APPROVAL_LEVEL, request.requiredLevel, t)}</Descriptions.Item>
          {request.nextApprovalLevel && (
            <Descriptions.Item label={t('待审批', 'Awaiting')}>{labelOf(APPROVAL_LEVEL, request.nextApprovalLevel, t)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('供应商', 'Supplier')}>{request.supplier?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('预估合计', 'Estimated total')}>
            <Money value={request.estimatedTotal} />
          </Descriptions.Item>
          {request.orderedTotal && (
            <Descriptions.Item label={t('实际合计', 'Ordered total')}>
              <Money value={request.orderedTotal} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('申请事由', 'Reason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{request.reason}</span>
          </Descriptions.Item>
        </Descriptions>
        <Table<Line>
          rowKey="id"
          size="small"
          pagination={false}
          style={{ marginTop: 16 }}
          scroll={{ x: 'max-content' }}
          dataSource={request.lines}
          data-testid="purchase-lines"
          columns={[
            { title: t('物品', 'Item'), dataIndex: 'description' },
            { title: t('数量', 'Quantity'), key: 'q', align: 'right', render: (_, l) => `${l.quantity} ${l.unit}` },
            { title: t('已验收', 'Received'), dataIndex: 'receivedQuantity', align: 'right' },
            { title: t('预估单价', 'Est. unit price'), key: 'e', align: 'right', render: (_, l) => <Money value={l.estimatedUnitPrice} /> },
            { title: t('实际单价', 'Actual unit price'), key: 'a', align: 'right', render: (_, l) => <Money value={l.actualUnitPrice} /> },
            {
              title: t('小计', 'Subtotal'),
              key: 's',
              align: 'right',
              render: (_, l) => {
                const fen = l.quantity * (l.actualUnitPrice ?? l.estimatedUnitPrice).fen;
                return <Money value={{ fen, yuan: fenToYuan(fen) }} />;
              },
            },
          ]}
        />
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <StepsTimeline
          steps={request.steps}
          zone={zone}
          people={{
            viewerAccountId: viewer.accountId,
            viewerName: viewer.displayName,
            requesterAccountId: request.requesterAccountId,
            requesterName: request.requester?.name,
          }}
        />
      </Card>
    </Space>
  );
}
