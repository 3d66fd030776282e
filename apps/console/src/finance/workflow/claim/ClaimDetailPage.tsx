import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Spin, Table } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../../app/language';
import type { ExpenseClaimDetailQuery } from '../../../graphql/graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { Money } from '../../../shared/components/Money';
import { StatusTag, StepsTimeline } from '../common/components';
import { APPROVAL_LEVEL, CLAIM_STATUS, labelOf } from '../common/labels';
import { useWorkflowViewer } from '../common/useWorkflowContext';
import { ClaimActions } from './ClaimActions';
import { ExpenseClaimDetailQuery as DetailQuery } from './operations';

type Line = ExpenseClaimDetailQuery['expenseClaim']['lines'][number];

/** One expense claim: its invoices and total, every step so far, and the steps the viewer may take. */
export default function ClaimDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const viewer = useWorkflowViewer();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const claim = data?.expenseClaim;

  if (error && !claim) return <GraphErrorResult error={error} />;
  if (!claim) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const refetchAll = () => refetch();
  const actions = [...claim.viewerActions];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('报销', 'Expense claim')}
            <StatusTag table={CLAIM_STATUS} status={claim.status} />
          </Space>
        }
        extra={<ClaimActions claim={claim} actions={actions} refetch={refetchAll} />}
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('报销事由', 'For')} span="filled">
            {claim.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('学校', 'School')}>{claim.school.name}</Descriptions.Item>
          <Descriptions.Item label={t('报销人', 'Claimant')}>{claim.requester?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('提交时间', 'Filed')}>
            <DateTime value={claim.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('预算年度', 'Fiscal year')}>{claim.fiscalYear}</Descriptions.Item>
          <Descriptions.Item label={t('账户', 'Account')}>
            {claim.fund === 'CANTEEN' ? t('食堂账户', 'Canteen account') : t('学校账户', 'School account')}
          </Descriptions.Item>
          <Descriptions.Item label={t('审批至', 'Approved up to')}>{labelOf(APPROVAL_LEVEL, claim.requiredLevel, t)}</Descriptions.Item>
          {claim.nextApprovalLevel && claim.status !== 'SUBMITTED' && (
            <Descriptions.Item label={t('待审批', 'Awaiting')}>{labelOf(APPROVAL_LEVEL, claim.nextApprovalLevel, t)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('合计', 'Total')}>
            <Money value={claim.total} />
          </Descriptions.Item>
        </Descriptions>
        <Table<Line>
          rowKey="id"
          size="small"
          pagination={false}
          style={{ marginTop: 16 }}
          scroll={{ x: 'max-content' }}
          dataSource={claim.lines}
          data-testid="claim-lines"
          columns={[
            { title: t('预算科目', 'Category'), key: 'c', render: (_, l) => l.category.name },
            { title: t('发票号码', 'Invoice number'), dataIndex: 'invoiceNumber' },
            { title: t('附件', 'Attachments'), key: 'att', render: (_, l) => (l.attachments.length ? l.attachments.join('，') : '—') },
            { title: t('金额', 'Amount'), key: 'a', align: 'right', render: (_, l) => <Money value={l.amount} /> },
          ]}
        />
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <StepsTimeline
          steps={claim.steps}
          zone={claim.school.timeZone}
          people={{
            viewerAccountId: viewer.accountId,
            viewerName: viewer.displayName,
            requesterAccountId: claim.requesterAccountId,
            requesterName: claim.requester?.name,
          }}
        />
      </Card>
    </Space>
  );
}
