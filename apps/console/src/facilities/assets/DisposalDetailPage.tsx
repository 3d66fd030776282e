import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Space, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { labelOf } from '../../shared/labels';
import { StatusTag } from './components';
import { DISPOSAL_APPROVER, DISPOSAL_METHOD, DISPOSAL_SOURCE, DISPOSAL_STATUS, DISPOSAL_STATUS_COLOR, DISPOSAL_STEP } from './labels';
import {
  FacilitiesApproveAssetDisposalMutation,
  FacilitiesAssetDisposalQuery as DisposalQuery,
  FacilitiesCancelAssetDisposalMutation,
  FacilitiesRejectAssetDisposalMutation,
} from './operations';
import { approvalLevels } from './register';

/**
 * One disposal request (资产处置申请): the asset, why and how, its book values when filed, the levels
 * that approve it and where it stands; approve, reject or withdraw as its viewerActions allow.
 */
export default function DisposalDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(DisposalQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [approve] = useMutation(FacilitiesApproveAssetDisposalMutation);
  const [reject] = useMutation(FacilitiesRejectAssetDisposalMutation);
  const [cancel] = useMutation(FacilitiesCancelAssetDisposalMutation);
  const [open, setOpen] = useState<'APPROVE' | 'REJECT' | 'CANCEL' | null>(null);
  const disposal = data?.assetDisposal;

  if (error && !disposal) return <GraphErrorResult error={error} />;
  if (!disposal) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const actions = disposal.viewerActions;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('资产处置申请', 'Disposal request')}
            <StatusTag table={DISPOSAL_STATUS} colors={DISPOSAL_STATUS_COLOR} status={disposal.status} testId="disposal-status" />
          </Space>
        }
        extra={
          <Space wrap>
            {actions.includes('APPROVE') && (
              <Button type="primary" onClick={() => setOpen('APPROVE')} data-testid="disposal-approve">
                {t('审批通过', 'Approve')}
              </Button>
            )}
            {actions.includes('REJECT') && (
              <Button danger onClick={() => setOpen('REJECT')} data-testid="disposal-reject">
                {t('驳回', 'Reject')}
              </Button>
            )}
            {actions.includes('CANCEL') && (
              <Button onClick={() => setOpen('CANCEL')} data-testid="disposal-cancel">
                {t('撤回', 'Withdraw')}
              </Button>
            )}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('资产', 'Asset')}>
            {disposal.asset ? (
              <Link to={`/facilities/assets/${disposal.asset.id}`} data-testid="disposal-asset">
                {disposal.asset.tagNumber} {disposal.asset.name}
              </Link>
            ) : (
              disposal.assetId
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('处置方式', 'Method')}>{labelOf(DISPOSAL_METHOD, disposal.method, t)}</Descriptions.Item>
          <Descriptions.Item label={t('来源', 'Source')}>{labelOf(DISPOSAL_SOURCE, disposal.source, t)}</Descriptions.Item>
          <Descriptions.Item label={t('处置原因', 'Reason')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{disposal.reason}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('原值', 'Cost')}>
            <Money value={disposal.cost} />
          </Descriptions.Item>
          <Descriptions.Item label={t(`累计折旧（截至 ${disposal.valuationMonth} 前）`, `Accumulated (before ${disposal.valuationMonth})`)}>
            <Money value={disposal.accumulatedDepreciation} />
          </Descriptions.Item>
          <Descriptions.Item label={t('净值', 'Net book value')}>
            <Money value={disposal.netBookValue} />
          </Descriptions.Item>
          <Descriptions.Item label={t('预计处置收入', 'Expected proceeds')}>
            <Money value={disposal.expectedProceeds} />
          </Descriptions.Item>
          <Descriptions.Item label={t('审批层级', 'Approval levels')} span="filled">
            <span data-testid="disposal-levels">
              {approvalLevels(disposal)
                .map(
                  (level) =>
                    `${labelOf(DISPOSAL_APPROVER, level.role, t)}${level.state === 'done' ? ' ✓' : level.state === 'next' ? t('（待审批）', ' (waiting)') : ''}`,
                )
                .join(' → ')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('申请时间', 'Filed')}>
            <DateTime value={disposal.createdAt} />
          </Descriptions.Item>
          {disposal.disposedOn && <Descriptions.Item label={t('处置日期', 'Disposed on')}>{disposal.disposedOn}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="disposal-steps"
          items={disposal.steps.map((step) => ({
            key: step.id,
            content: (
              <div>
                <Typography.Text strong>{labelOf(DISPOSAL_STEP, step.action, t)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  <DateTime value={step.occurredAt} />
                  {step.actorAccountId === access.accountId ? t(' · 我', ' · me') : ''}
                </Typography.Text>
                {step.comment && <div>{step.comment}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <ActionModal<{ comment?: string }>
        open={open === 'APPROVE'}
        title={t('审批通过', 'Approve the disposal')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => approve({ variables: { input: { id: disposal.id, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('审批意见', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="disposal-comment" />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={open === 'REJECT'}
        danger
        title={t('驳回处置申请', 'Reject the disposal')}
        initialValues={{ reason: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => reject({ variables: { input: { id: disposal.id, reason: v.reason.trim() } } })}
      >
        <Form.Item
          name="reason"
          label={t('驳回原因', 'Why')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ reason?: string }>
        open={open === 'CANCEL'}
        title={t('撤回处置申请', 'Withdraw the request')}
        initialValues={{ reason: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => cancel({ variables: { input: { id: disposal.id, reason: v.reason?.trim() || null } } })}
      >
        <Form.Item name="reason" label={t('原因', 'Why')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
