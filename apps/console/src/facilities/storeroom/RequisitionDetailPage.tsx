import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Select, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { labelOf } from '../../shared/labels';
import { REQUISITION_STATUS, REQUISITION_STATUS_COLOR, REQUISITION_STEP } from './labels';
import { useStoreLookups } from './lookups';
import {
  FacilitiesApproveRequisitionMutation,
  FacilitiesConfirmRequisitionReceiptMutation,
  FacilitiesIssueRequisitionMutation,
  FacilitiesRejectRequisitionMutation,
  FacilitiesRequisitionQuery,
} from './operations';
import { quantityText, roomText } from './storeroom';

/**
 * One requisition (领用单): for which room or department, its lines and values, its steps; approve,
 * reject, issue from a storeroom or confirm receipt as its viewerActions allow.
 */
export default function RequisitionDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(FacilitiesRequisitionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const requisition = data?.requisition;
  const actions = requisition?.viewerActions ?? [];
  const lookups = useStoreLookups(actions.includes('ISSUE') ? requisition?.schoolId : undefined);
  const [approve] = useMutation(FacilitiesApproveRequisitionMutation);
  const [reject] = useMutation(FacilitiesRejectRequisitionMutation);
  const [issue] = useMutation(FacilitiesIssueRequisitionMutation);
  const [confirm] = useMutation(FacilitiesConfirmRequisitionReceiptMutation);
  const [open, setOpen] = useState<'APPROVE' | 'REJECT' | 'ISSUE' | 'CONFIRM_RECEIPT' | null>(null);

  if (error && !requisition) return <GraphErrorResult error={error} />;
  if (!requisition) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('领用单', 'Requisition')}
            <Tag color={REQUISITION_STATUS_COLOR[requisition.status]} data-testid="requisition-status" data-status={requisition.status}>
              {labelOf(REQUISITION_STATUS, requisition.status, t)}
            </Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {actions.includes('APPROVE') && (
              <Button type="primary" onClick={() => setOpen('APPROVE')} data-testid="requisition-approve">
                {t('审批通过', 'Approve')}
              </Button>
            )}
            {actions.includes('ISSUE') && (
              <Button type="primary" onClick={() => setOpen('ISSUE')} data-testid="requisition-issue">
                {t('发放', 'Issue')}
              </Button>
            )}
            {actions.includes('CONFIRM_RECEIPT') && (
              <Button type="primary" onClick={() => setOpen('CONFIRM_RECEIPT')} data-testid="requisition-confirm">
                {t('确认签收', 'Confirm receipt')}
              </Button>
            )}
            {actions.includes('REJECT') && (
              <Button danger onClick={() => setOpen('REJECT')} data-testid="requisition-reject">
                {t('驳回', 'Reject')}
              </Button>
            )}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('领用给', 'For')}>
            <span data-testid="requisition-target">
              {requisition.room ? roomText(requisition.room) : (requisition.department?.name ?? '—')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('申请人', 'Requester')}>{requisition.requester?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('申请时间', 'Asked')}>
            <DateTime value={requisition.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('预估金额', 'Estimated')}>
            <Money value={requisition.estimatedValue} />
          </Descriptions.Item>
          {requisition.issuedValue && (
            <Descriptions.Item label={t('发放金额', 'Issued value')}>
              <Money value={requisition.issuedValue} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('需审批', 'Needs approval')}>
            {requisition.approvalRequired ? t('是', 'Yes') : t('否', 'No')}
          </Descriptions.Item>
          {requisition.storeroom && (
            <Descriptions.Item label={t('发放仓库', 'Issued from')}>{roomText(requisition.storeroom)}</Descriptions.Item>
          )}
          {requisition.issuedAt && (
            <Descriptions.Item label={t('发放时间', 'Issued')}>
              <DateTime value={requisition.issuedAt} />
            </Descriptions.Item>
          )}
          {requisition.receivedAt && (
            <Descriptions.Item label={t('签收时间', 'Received')}>
              <DateTime value={requisition.receivedAt} />
            </Descriptions.Item>
          )}
          {requisition.purpose && (
            <Descriptions.Item label={t('用途', 'Purpose')} span="filled">
              {requisition.purpose}
            </Descriptions.Item>
          )}
          {requisition.rejectionReason && (
            <Descriptions.Item label={t('驳回原因', 'Rejected because')} span="filled">
              <Typography.Text type="danger">{requisition.rejectionReason}</Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={requisition.lines}
          data-testid="requisition-lines"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('物品', 'Item'), key: 'i', render: (_, l) => l.item?.name ?? '—' },
            { title: t('数量', 'Quantity'), key: 'q', align: 'right', render: (_, l) => quantityText(l.quantity, l.item?.unit, t) },
            { title: t('预估', 'Estimated'), key: 'e', align: 'right', render: (_, l) => <Money value={l.estimatedValue} /> },
            {
              title: t('发放金额', 'Issued'),
              key: 'v',
              align: 'right',
              render: (_, l) => (l.issuedValue ? <Money value={l.issuedValue} /> : '—'),
            },
          ]}
        />
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="requisition-steps"
          items={requisition.steps.map((step) => ({
            key: step.id,
            content: (
              <div>
                <Typography.Text strong>{labelOf(REQUISITION_STEP, step.action, t)}</Typography.Text>{' '}
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
        title={t('审批通过', 'Approve the requisition')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => approve({ variables: { input: { id: requisition.id, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('审批意见', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ reason: string }>
        open={open === 'REJECT'}
        danger
        title={t('驳回领用', 'Reject the requisition')}
        initialValues={{ reason: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => reject({ variables: { input: { id: requisition.id, reason: v.reason.trim() } } })}
      >
        <Form.Item
          name="reason"
          label={t('驳回原因', 'Why')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ storeroomRoomId?: string; comment?: string }>
        open={open === 'ISSUE'}
        title={t('从仓库发放', 'Issue from a storeroom')}
        initialValues={{ storeroomRoomId: lookups.storerooms.length === 1 ? lookups.storerooms[0].id : undefined, comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) =>
          issue({
            variables: { input: { id: requisition.id, storeroomRoomId: v.storeroomRoomId ?? '', comment: v.comment?.trim() || null } },
          })
        }
      >
        <Form.Item
          name="storeroomRoomId"
          label={t('仓库', 'Storeroom')}
          rules={[{ required: true, message: t('请选择仓库', 'Choose a storeroom') }]}
        >
          <Select
            options={lookups.storerooms.map((s) => ({ value: s.id, label: roomText(s) }))}
            loading={lookups.loading}
            data-testid="issue-storeroom"
          />
        </Form.Item>
        <Form.Item name="comment" label={t('备注', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal<{ comment?: string }>
        open={open === 'CONFIRM_RECEIPT'}
        title={t('确认已收到', 'Confirm you received them')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => confirm({ variables: { input: { id: requisition.id, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('备注', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
