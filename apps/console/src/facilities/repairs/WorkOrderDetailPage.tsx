import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Radio, Rate, Select, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { FacilitiesWorkOrderFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { graphProblems } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { formatYuan, parseYuanToFen, type MoneyValue } from '../../shared/money';
import { ChecklistCard } from '../maintenance/ChecklistCard';
import { roomOptionText } from '../storeroom/storeroom';
import {
  RATING_TEXT,
  WORK_ORDER_ACTION_BUTTON,
  WORK_ORDER_CATEGORY,
  WORK_ORDER_DECISION,
  WORK_ORDER_PRIORITY,
  WORK_ORDER_PRIORITY_COLOR,
  WORK_ORDER_RESOLUTION,
  WORK_ORDER_SOURCE,
  WORK_ORDER_STATUS,
  WORK_ORDER_STATUS_COLOR,
  WORK_ORDER_STEP,
} from './labels';
import { useRepairRooms, useRepairStaff } from './lookups';
import {
  FacilitiesAccountWorkOrderMutation,
  FacilitiesAssignWorkOrderMutation,
  FacilitiesCostWorkOrderMutation,
  FacilitiesFinishWorkOrderMutation,
  FacilitiesRateWorkOrderMutation,
  FacilitiesRepairSuppliersQuery,
  FacilitiesReviewWorkOrderMutation,
  FacilitiesStartWorkOrderMutation,
  FacilitiesTriageWorkOrderMutation,
  FacilitiesWorkOrderContractorQuery,
  FacilitiesWorkOrderQuery,
  FacilitiesWorkOrderSettingsQuery,
} from './operations';
import {
  assigneeOptions,
  DUE_STATE,
  dueState,
  durationText,
  needsVarianceExplanation,
  stepAmounts,
  timelineSteps,
  typedTotalFen,
  workOrderPlace,
  yuanInputs,
} from './repairs';

type WorkOrder = FacilitiesWorkOrderFieldsFragment;
type Action = WorkOrder['viewerActions'][number];
type T = (zh: string, en: string) => string;

/** An amount in yuan typed in a form: at least 0, at most two decimals (the graph checks again). */
const amountRule = (t: T, optional = false) => ({
  validator: (_: unknown, value: string | undefined) =>
    (optional && !value?.trim()) || ((parseYuanToFen(value ?? '') ?? -1) >= 0 && !!value?.trim())
      ? Promise.resolve()
      : Promise.reject(new Error(t('请输入金额（元，最多两位小数）', 'An amount in yuan, at most 2 decimals'))),
});

/**
 * One repair work order (维修工单): what and where, the estimate and the final account, who it is
 * assigned to, its steps as a timeline (the estimate beside the costing, the final account beside
 * 决算), and the steps the viewer may take now (viewerActions) as buttons opening small forms:
 * triage, cost, review, assign, start, finish, final account, rate. A work order a maintenance schedule
 * opened (预防性维护) shows its checklist, recorded here by whoever works it before it is finished.
 */
export default function WorkOrderDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(FacilitiesWorkOrderQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const order = data?.workOrder;
  const actions = order?.viewerActions ?? [];
  const contractor = useQuery(FacilitiesWorkOrderContractorQuery, {
    variables: { id: order?.contractorSupplierId ?? '' },
    skip: !order?.contractorSupplierId,
  });
  const [open, setOpen] = useState<Action | null>(null);

  if (error && !order) return <GraphErrorResult error={error} />;
  if (!order) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;

  const due = DUE_STATE[dueState(order)];
  const steps = timelineSteps(order);
  const amounts = stepAmounts(steps, order);
  const close = () => setOpen(null);
  const reload = () => refetch();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="work-order-title">{order.title}</span>
            <Tag color={WORK_ORDER_STATUS_COLOR[order.status]} data-testid="work-order-status" data-status={order.status}>
              {labelOf(WORK_ORDER_STATUS, order.status, t)}
            </Tag>
            <Tag color={WORK_ORDER_PRIORITY_COLOR[order.priority]}>{labelOf(WORK_ORDER_PRIORITY, order.priority, t)}</Tag>
            {order.overdue && <Tag color="red">{t('已超期', 'Overdue')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {actions.map((action) => (
              <Button
                key={action}
                type={action === 'TRIAGE' ? 'default' : 'primary'}
                onClick={() => setOpen(action)}
                data-testid={`work-order-${action.toLowerCase()}`}
              >
                {labelOf(WORK_ORDER_ACTION_BUTTON, action, t)}
              </Button>
            ))}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('学校', 'School')}>{order.school.name}</Descriptions.Item>
          <Descriptions.Item label={t('位置', 'Where')}>
            <span data-testid="work-order-room">{workOrderPlace(order)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('类别', 'Kind')}>{labelOf(WORK_ORDER_CATEGORY, order.category, t)}</Descriptions.Item>
          <Descriptions.Item label={t('报修渠道', 'Reported by')}>
            {order.reporter?.name ?? labelOf(WORK_ORDER_SOURCE, order.source, t)}
          </Descriptions.Item>
          <Descriptions.Item label={t('报修时间', 'Reported')}>
            <DateTime value={order.reportedAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('处理期限', 'Due by')}>
            <Space size={4}>
              <DateTime value={order.dueAt} />
              {due.color && <Tag color={due.color}>{t(due.zh, due.en)}</Tag>}
            </Space>
          </Descriptions.Item>
          {order.resolution && (
            <Descriptions.Item label={t('研究结论', 'Decision')}>{labelOf(WORK_ORDER_RESOLUTION, order.resolution, t)}</Descriptions.Item>
          )}
          {order.contractorSupplierId && (
            <Descriptions.Item label={t('外包单位', 'Contractor')}>
              {contractor.data?.supplier.name ?? order.contractorSupplierId}
            </Descriptions.Item>
          )}
          {order.assignees.length > 0 && (
            <Descriptions.Item label={t('维修人员', 'Assigned to')}>
              <span data-testid="work-order-assignees">{order.assignees.map((s) => s.name).join(t('、', ', '))}</span>
            </Descriptions.Item>
          )}
          {order.startedAt && (
            <Descriptions.Item label={t('开工时间', 'Started')}>
              <DateTime value={order.startedAt} />
            </Descriptions.Item>
          )}
          {order.finishedAt && (
            <Descriptions.Item label={t('完工时间', 'Finished')}>
              <DateTime value={order.finishedAt} />
            </Descriptions.Item>
          )}
          {order.repairMinutes !== null && order.repairMinutes !== undefined && (
            <Descriptions.Item label={t('维修用时', 'Time to repair')}>{durationText(order.repairMinutes, t)}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('详细情况', 'Details')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{order.description}</span>
          </Descriptions.Item>
          {order.rejectionReason && (
            <Descriptions.Item label={t('不予维修理由', 'Rejected because')} span="filled">
              <Typography.Text type="danger">{order.rejectionReason}</Typography.Text>
            </Descriptions.Item>
          )}
          {order.varianceExplanation && (
            <Descriptions.Item label={t('超支说明', 'Variance explained')} span="filled">
              {order.varianceExplanation}
            </Descriptions.Item>
          )}
          {order.rating !== null && order.rating !== undefined && (
            <Descriptions.Item label={t('评价', 'Rating')} span="filled">
              <Space wrap>
                <Rate disabled value={order.rating} data-testid="work-order-rating" />
                {order.ratingComment}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {order.source === 'PM' && <ChecklistCard order={order} />}
      <CostsCard order={order} />
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="work-order-steps"
          items={steps.map((step) => {
            const amount = amounts.get(step.id);
            return {
              key: step.id,
              color: step.action === 'REJECTED' ? 'red' : undefined,
              content: (
                <div data-action={step.action}>
                  <Typography.Text strong>{labelOf(WORK_ORDER_STEP, step.action, t)}</Typography.Text>
                  {amount && (
                    <>
                      {' '}
                      <Money value={amount} />
                    </>
                  )}{' '}
                  <Typography.Text type="secondary">
                    <DateTime value={step.occurredAt} />
                    {step.actorAccountId === access.accountId ? t(' · 我', ' · me') : ''}
                    {!step.actorAccountId && order.source === 'QR' ? t(' · 扫码报修人', ' · the QR reporter') : ''}
                  </Typography.Text>
                  {step.comment && <div>{step.comment}</div>}
                </div>
              ),
            };
          })}
        />
      </Card>
      {open === 'TRIAGE' && <TriageModal order={order} onClose={close} refetch={reload} />}
      {open === 'COST' && <CostModal order={order} onClose={close} refetch={reload} />}
      {open === 'REVIEW' && <ReviewModal order={order} onClose={close} refetch={reload} />}
      {open === 'ASSIGN' && <AssignModal order={order} onClose={close} refetch={reload} />}
      {(open === 'START' || open === 'FINISH') && <StepModal order={order} step={open} onClose={close} refetch={reload} />}
      {open === 'ACCOUNT' && <AccountModal order={order} onClose={close} refetch={reload} />}
      {open === 'RATE' && <RateModal order={order} onClose={close} refetch={reload} />}
    </Space>
  );
}

/** The estimate (核算) beside the final account (决算), line by line. */
function CostsCard({ order }: { order: WorkOrder }) {
  const t = useT();
  const rows: { key: string; what: string; estimate?: MoneyValue | null; actual?: MoneyValue | null }[] = [
    { key: 'labour', what: t('人工费', 'Labour'), estimate: order.estimatedLabour, actual: order.actualLabour },
    { key: 'materials', what: t('材料费', 'Materials'), estimate: order.estimatedMaterials, actual: order.actualMaterials },
    ...(order.materialsIssued.fen > 0
      ? [{ key: 'issued', what: t('其中：仓库领料', 'of which: from the storeroom'), estimate: null, actual: order.materialsIssued }]
      : []),
    { key: 'contractor', what: t('外包费用', 'Contractor'), estimate: null, actual: order.contractorCost },
    { key: 'total', what: t('合计', 'Total'), estimate: order.estimate, actual: order.actualTotal },
  ];
  return (
    <Card title={t('费用', 'Costs')} size="small">
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="work-order-costs"
        columns={[
          { title: '', key: 'what', render: (_, r) => (r.key === 'total' ? <Typography.Text strong>{r.what}</Typography.Text> : r.what) },
          { title: t('核算', 'Estimate'), key: 'estimate', align: 'right', render: (_, r) => <Money value={r.estimate} /> },
          { title: t('决算', 'Final account'), key: 'actual', align: 'right', render: (_, r) => <Money value={r.actual} /> },
        ]}
      />
    </Card>
  );
}

interface ModalProps {
  order: WorkOrder;
  onClose(): void;
  refetch(): unknown;
}

/** 分诊: the director corrects the category, priority or room before the review. */
function TriageModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [triage] = useMutation(FacilitiesTriageWorkOrderMutation);
  const { rooms, loading } = useRepairRooms(order.schoolId);
  const withCampus = new Set(rooms.map((r) => r.campus?.name)).size > 1;
  return (
    <ActionModal<{ category: string; priority: string; roomId?: string | null; comment?: string }>
      open
      title={t('分诊', 'Triage')}
      initialValues={{ category: order.category, priority: order.priority, roomId: order.roomId ?? undefined, comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        triage({
          variables: {
            input: {
              id: order.id,
              version: order.version,
              category: v.category as WorkOrder['category'],
              priority: v.priority as WorkOrder['priority'],
              roomId: v.roomId && v.roomId !== order.roomId ? v.roomId : null,
              comment: v.comment?.trim() || null,
            },
          },
        })
      }
    >
      <Form.Item name="category" label={t('类别', 'Kind')}>
        <Select
          options={Object.keys(WORK_ORDER_CATEGORY).map((c) => ({ value: c, label: labelOf(WORK_ORDER_CATEGORY, c, t) }))}
          data-testid="triage-category"
        />
      </Form.Item>
      <Form.Item
        name="priority"
        label={t('优先级', 'Priority')}
        extra={t('期限将从报修时起按新的优先级重新计算。', 'The due time is counted again from the report.')}
      >
        <Radio.Group
          optionType="button"
          options={Object.keys(WORK_ORDER_PRIORITY).map((p) => ({ value: p, label: labelOf(WORK_ORDER_PRIORITY, p, t) }))}
        />
      </Form.Item>
      <Form.Item name="roomId" label={t('房间', 'Room')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          options={rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
          data-testid="triage-room"
        />
      </Form.Item>
      <Form.Item name="comment" label={t('说明', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}

/** 核算: labour and materials estimated, in yuan. */
function CostModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [cost] = useMutation(FacilitiesCostWorkOrderMutation);
  return (
    <ActionModal<{ labour: string; materials: string; comment?: string }>
      open
      title={t('核算', 'Cost the repair')}
      initialValues={{ labour: order.estimatedLabour?.yuan ?? '', materials: order.estimatedMaterials?.yuan ?? '', comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => {
        const { input } = yuanInputs(v, ['labour', 'materials'] as const, t);
        return cost({
          variables: {
            input: {
              id: order.id,
              version: order.version,
              labour: input?.labour ?? v.labour,
              materials: input?.materials ?? v.materials,
              comment: v.comment?.trim() || null,
            },
          },
        });
      }}
    >
      <Form.Item name="labour" label={t('人工费（元）', 'Labour (yuan)')} rules={[amountRule(t)]}>
        <Input inputMode="decimal" prefix="¥" data-testid="cost-labour" />
      </Form.Item>
      <Form.Item name="materials" label={t('材料费（元）', 'Materials (yuan)')} rules={[amountRule(t)]}>
        <Input inputMode="decimal" prefix="¥" data-testid="cost-materials" />
      </Form.Item>
      <TypedTotal names={['labour', 'materials']} />
      <Form.Item name="comment" label={t('核算说明', 'How it was estimated')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} data-testid="cost-comment" />
      </Form.Item>
    </ActionModal>
  );
}

/** The sum of the amounts typed so far, as the form stands. */
function TypedTotal({ names }: { names: string[] }) {
  const t = useT();
  const form = Form.useFormInstance();
  const values = Form.useWatch((all: Record<string, string | undefined>) => names.map((n) => all[n]), form) ?? [];
  return (
    <Typography.Paragraph data-testid="typed-total">
      {t('合计', 'Total')} {formatYuan(typedTotalFen(values))}
    </Typography.Paragraph>
  );
}

/** 研究: repair in house, give to a contractor (a finance supplier), or reject with a reason. */
function ReviewModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [review] = useMutation(FacilitiesReviewWorkOrderMutation);
  const settings = useQuery(FacilitiesWorkOrderSettingsQuery);
  const costed = order.status === 'COSTED';
  const limit = settings.data?.workOrderSettings.principalReviewAbove;
  return (
    <ActionModal<{ decision: string; contractorSupplierId?: string; comment?: string }>
      open
      title={t('研究', 'Review')}
      initialValues={{ decision: costed ? 'IN_HOUSE' : 'REJECT', contractorSupplierId: undefined, comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        review({
          variables: {
            input: {
              id: order.id,
              version: order.version,
              decision: v.decision as 'IN_HOUSE' | 'CONTRACTOR' | 'REJECT',
              contractorSupplierId: v.decision === 'CONTRACTOR' ? (v.contractorSupplierId ?? null) : null,
              comment: v.comment?.trim() || null,
            },
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">
        {order.estimate ? (
          <>
            {t('核算金额', 'Estimate')} <Money value={order.estimate} />
            {limit && order.estimate.fen > limit.fen && (
              <>
                {' · '}
                {t(`超过 ${formatYuan(limit)}，由校长研究`, `above ${formatYuan(limit)}: the principal reviews it`)}
              </>
            )}
          </>
        ) : (
          t('尚未核算：只能不予维修，批准需先核算。', 'Not costed yet: it can only be rejected; approval needs a costing.')
        )}
      </Typography.Paragraph>
      <Form.Item name="decision" label={t('结论', 'Decision')}>
        <Radio.Group
          optionType="button"
          options={Object.keys(WORK_ORDER_DECISION).map((d) => ({
            value: d,
            label: labelOf(WORK_ORDER_DECISION, d, t),
            disabled: d !== 'REJECT' && !costed,
          }))}
          data-testid="review-decision"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) => {
          const decision = getFieldValue('decision') as string;
          return (
            <>
              {decision === 'CONTRACTOR' && (
                <Form.Item
                  name="contractorSupplierId"
                  label={t('外包单位', 'Contractor')}
                  rules={[{ required: true, message: t('请选择外包单位', 'Choose the contractor') }]}
                >
                  <SupplierSelect />
                </Form.Item>
              )}
              <Form.Item
                name="comment"
                label={decision === 'REJECT' ? t('不予维修的理由', 'Why not') : t('研究意见', 'Comment')}
                rules={decision === 'REJECT' ? [{ required: true, whitespace: true, message: t('请填写理由', 'Say why') }] : []}
              >
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="review-comment" />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </ActionModal>
  );
}

/** One of finance's active suppliers, searched by name (the contractor, 外包单位). */
function SupplierSelect({ value, onChange }: { value?: string; onChange?(id: string): void }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(FacilitiesRepairSuppliersQuery, { variables: { nameContains: search.trim() || null } });
  return (
    <Select
      value={value}
      onChange={(id: string) => onChange?.(id)}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('输入名称搜索', 'Type to search')}
      options={(data?.suppliers.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))}
      data-testid="review-contractor"
    />
  );
}

/** 派工: 1–5 staff of the school, repair posts first; again before the work starts. */
function AssignModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [assign] = useMutation(FacilitiesAssignWorkOrderMutation);
  const { staff, loading } = useRepairStaff(order.schoolId);
  return (
    <ActionModal<{ staffIds: string[]; comment?: string }>
      open
      title={t('派工', 'Assign')}
      initialValues={{ staffIds: [...order.assigneeStaffIds], comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        assign({ variables: { input: { id: order.id, version: order.version, staffIds: v.staffIds, comment: v.comment?.trim() || null } } })
      }
    >
      <Form.Item
        name="staffIds"
        label={t('维修人员（1–5 人）', 'Who repairs it (1–5 people)')}
        rules={[{ required: true, type: 'array', min: 1, max: 5, message: t('请选择 1 到 5 人', 'Choose 1 to 5 people') }]}
      >
        <Select
          mode="multiple"
          maxCount={5}
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          placeholder={t('输入姓名搜索', 'Search by name')}
          options={assigneeOptions(staff, t)}
          data-testid="assign-staff"
        />
      </Form.Item>
      <Form.Item name="comment" label={t('派工说明', 'Instructions')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}

/** 开工 / 完工: a comment for the record. */
function StepModal({ order, step, onClose, refetch }: ModalProps & { step: 'START' | 'FINISH' }) {
  const t = useT();
  const [start] = useMutation(FacilitiesStartWorkOrderMutation);
  const [finish] = useMutation(FacilitiesFinishWorkOrderMutation);
  return (
    <ActionModal<{ comment?: string }>
      open
      title={step === 'START' ? t('开工', 'Start the repair') : t('完工', 'Finish the repair')}
      initialValues={{ comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => {
        const input = { id: order.id, version: order.version, comment: v.comment?.trim() || null };
        return step === 'START' ? start({ variables: { input } }) : finish({ variables: { input } });
      }}
    >
      <Form.Item name="comment" label={step === 'START' ? t('备注', 'Comment') : t('维修情况', 'What was done')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="step-comment" />
      </Form.Item>
    </ActionModal>
  );
}

/**
 * 决算: actual labour, materials and contractor cost. Beyond the district's variance from the
 * estimate an explanation (超支说明) is required: asked as soon as the typed total passes it, and
 * whenever the graph asks for it (a BAD_USER_INPUT on varianceExplanation).
 */
function AccountModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [account] = useMutation(FacilitiesAccountWorkOrderMutation);
  const settings = useQuery(FacilitiesWorkOrderSettingsQuery);
  const [asked, setAsked] = useState(false);
  const percent = settings.data?.workOrderSettings.variancePercent;
  return (
    <ActionModal<{ labour: string; materials: string; contractor: string; varianceExplanation?: string }>
      open
      title={t('决算', 'Final account')}
      initialValues={{
        labour: order.estimatedLabour?.yuan ?? '',
        materials: order.estimatedMaterials?.yuan ?? '',
        contractor: order.resolution === 'CONTRACTOR' ? '' : '0.00',
        varianceExplanation: '',
      }}
      onClose={onClose}
      refetch={refetch}
      run={async (v) => {
        const { input } = yuanInputs(v, ['labour', 'materials', 'contractor'] as const, t, ['contractor']);
        try {
          return await account({
            variables: {
              input: {
                id: order.id,
                version: order.version,
                labour: input?.labour ?? v.labour,
                materials: input?.materials ?? v.materials,
                contractor: input?.contractor ?? v.contractor,
                varianceExplanation: v.varianceExplanation?.trim() || null,
              },
            },
          });
        } catch (error) {
          if (graphProblems(error).some((p) => p.field === 'varianceExplanation')) setAsked(true);
          throw error;
        }
      }}
    >
      <Typography.Paragraph type="secondary">
        {t('核算金额', 'Estimate')} <Money value={order.estimate} />
        {percent !== undefined && t(`；超出 ${percent}% 需说明原因`, `; more than ${percent}% above it needs an explanation`)}
        {order.materialsIssued.fen > 0 && (
          <>
            {t('；已从仓库领料 ', '; issued from the storeroom ')}
            <Money value={order.materialsIssued} />
            {t('，材料费应包含这部分', ', which the materials include')}
          </>
        )}
      </Typography.Paragraph>
      <Form.Item name="labour" label={t('实际人工费（元）', 'Actual labour (yuan)')} rules={[amountRule(t)]}>
        <Input inputMode="decimal" prefix="¥" data-testid="account-labour" />
      </Form.Item>
      <Form.Item name="materials" label={t('实际材料费（元）', 'Actual materials (yuan)')} rules={[amountRule(t)]}>
        <Input inputMode="decimal" prefix="¥" data-testid="account-materials" />
      </Form.Item>
      <Form.Item name="contractor" label={t('外包费用（元）', 'Contractor (yuan)')} rules={[amountRule(t, true)]}>
        <Input inputMode="decimal" prefix="¥" data-testid="account-contractor" />
      </Form.Item>
      <TypedTotal names={['labour', 'materials', 'contractor']} />
      <VarianceField estimateFen={order.estimate?.fen} percent={percent} asked={asked} />
    </ActionModal>
  );
}

/**
 * The explanation of a final account beyond the variance (超支说明): always in the form (so an error
 * the graph ties to it lands under it), shown and required once the typed total passes the variance
 * or the graph asked for it.
 */
function VarianceField({ estimateFen, percent, asked }: { estimateFen?: number | null; percent?: number | null; asked: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  const values = Form.useWatch((all: Record<string, string | undefined>) => [all.labour, all.materials, all.contractor], form) ?? [];
  const shown = asked || needsVarianceExplanation(estimateFen, typedTotalFen(values), percent);
  return (
    <Form.Item
      name="varianceExplanation"
      label={t('超支说明', 'Why it is over the estimate')}
      hidden={!shown}
      rules={shown ? [{ required: true, whitespace: true, message: t('请说明超支原因', 'Say why it cost more') }] : []}
    >
      <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="account-variance" />
    </Form.Item>
  );
}

/** 评价: the reporter rates the repair, 1–5 with a comment; it closes. */
function RateModal({ order, onClose, refetch }: ModalProps) {
  const t = useT();
  const [rate] = useMutation(FacilitiesRateWorkOrderMutation);
  return (
    <ActionModal<{ rating?: number; comment?: string }>
      open
      title={t('评价维修', 'Rate the repair')}
      initialValues={{ rating: undefined, comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        rate({ variables: { input: { id: order.id, version: order.version, rating: v.rating ?? 0, comment: v.comment?.trim() || null } } })
      }
    >
      <Form.Item name="rating" label={t('满意度', 'Rating')} rules={[{ required: true, message: t('请选择星级', 'Choose the stars') }]}>
        <Rate tooltips={RATING_TEXT.map((r) => t(r.zh, r.en))} data-testid="rate-stars" />
      </Form.Item>
      <Form.Item name="comment" label={t('意见', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
      </Form.Item>
    </ActionModal>
  );
}
