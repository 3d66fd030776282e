import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { CanteenSteps, IngredientName, StatusTag } from './components';
import { WRITE_OFF_STATUS } from './labels';
import { CanteenApproveStockWriteOffMutation, CanteenRejectStockWriteOffMutation, CanteenStockWriteOffQuery } from './operations';
import { mayActAsSecond } from './stock-helpers';

/** One write-off (报损单): the lot, how much and why; the general-affairs director approves or rejects it, never on their own request. */
export default function WriteOffPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(CanteenStockWriteOffQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [approve] = useMutation(CanteenApproveStockWriteOffMutation);
  const [reject] = useMutation(CanteenRejectStockWriteOffMutation);
  const [decision, setDecision] = useState<'APPROVE' | 'REJECT' | null>(null);
  const writeOff = data?.stockWriteOff;

  if (error && !writeOff) return <GraphErrorResult error={error} />;
  if (!writeOff) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const deciding =
    writeOff.status === 'PENDING' &&
    access.can('approveStockWriteOff', writeOff.schoolId) &&
    mayActAsSecond(access.accountId, writeOff.requestedByAccountId);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('报损单', 'Write-off')}
            <StatusTag table={WRITE_OFF_STATUS} status={writeOff.status} testId="write-off-status" />
          </Space>
        }
        extra={
          deciding && (
            <Space wrap>
              <Button type="primary" onClick={() => setDecision('APPROVE')} data-testid="action-approve">
                {t('批准报损', 'Approve')}
              </Button>
              <Button danger onClick={() => setDecision('REJECT')} data-testid="action-reject">
                {t('驳回', 'Reject')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('批次', 'Lot')}>
            {writeOff.lot ? (
              <Link to={`/canteen/stock/lots/${writeOff.lotId}`}>
                <IngredientName id={writeOff.lot.ingredientId} /> {writeOff.lot.batchNumber ?? ''}
              </Link>
            ) : (
              '—'
            )}
            {writeOff.lot?.expired && <Tag color="red">{t('已过期', 'Expired')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('报损数量', 'Quantity')}>{writeOff.quantityToWriteOff.display}</Descriptions.Item>
          <Descriptions.Item label={t('批次结存', 'Left in lot')}>{writeOff.lot?.balanceQuantity.display ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('申请时间', 'Requested')}>
            <DateTime value={writeOff.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('报损原因', 'Reason')} span="filled">
            {writeOff.reason}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <CanteenSteps steps={writeOff.steps} viewerAccountId={access.accountId} />
      </Card>
      <ActionModal
        open={decision === 'APPROVE'}
        title={t('批准报损', 'Approve the write-off')}
        initialValues={{ comment: '' }}
        onClose={() => setDecision(null)}
        refetch={() => refetch()}
        run={(v) => approve({ variables: { input: { id: writeOff.id, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('意见', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal
        open={decision === 'REJECT'}
        danger
        title={t('驳回报损', 'Reject the write-off')}
        initialValues={{ comment: '' }}
        onClose={() => setDecision(null)}
        refetch={() => refetch()}
        run={(v) => reject({ variables: { input: { id: writeOff.id, comment: v.comment.trim() } } })}
      >
        <Form.Item
          name="comment"
          label={t('驳回原因', 'Why')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
