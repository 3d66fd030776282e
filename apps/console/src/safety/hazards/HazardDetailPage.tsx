import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Descriptions, Form, Input, Radio, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import { useRepairStaff } from '../../facilities/repairs/lookups';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { HazardLevel, HazardRepairCategory, SafetyHazardFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { labelOf } from '../../shared/labels';
import { parseYuanToFen } from '../../shared/money';
import { hazardPlace } from './hazards';
import {
  HAZARD_ACTION_BUTTON,
  HAZARD_LEVEL,
  HAZARD_LEVEL_COLOR,
  HAZARD_REPAIR_CATEGORY,
  HAZARD_SOURCE,
  HAZARD_STATUS,
  HAZARD_STATUS_COLOR,
  HAZARD_STEP,
} from './labels';
import {
  SafetyAssignHazardMutation,
  SafetyCloseHazardMutation,
  SafetyHazardQuery,
  SafetyRecordHazardRectifiedMutation,
  SafetyRequestHazardRepairMutation,
  SafetyStartHazardMutation,
  SafetyVerifyHazardMutation,
} from './operations';

type Hazard = SafetyHazardFieldsFragment;
type Action = Hazard['viewerActions'][number];

/** Photo references typed one per line. */
const refsOf = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * One hazard (安全隐患): what and where, its five fixes (五定: responsible person, measure, funds, deadline,
 * contingency plan), the evidence of its rectification and its verification, its steps as a timeline,
 * and the steps the viewer may take now (viewerActions) as buttons opening small forms.
 */
export default function HazardDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(SafetyHazardQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const hazard = data?.hazard;
  const [open, setOpen] = useState<Action | null>(null);

  if (error && !hazard) return <GraphErrorResult error={error} />;
  if (!hazard) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const close = () => setOpen(null);
  const reload = () => refetch();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="hazard-title">{hazard.title}</span>
            <Tag color={HAZARD_STATUS_COLOR[hazard.status]} data-testid="hazard-status" data-status={hazard.status}>
              {labelOf(HAZARD_STATUS, hazard.status, t)}
            </Tag>
            <Tag color={HAZARD_LEVEL_COLOR[hazard.level]}>{labelOf(HAZARD_LEVEL, hazard.level, t)}</Tag>
            {hazard.overdue && <Tag color="red">{t('已超期', 'Overdue')}</Tag>}
            {hazard.awaitingRepair && <Tag>{t('待维修', 'Awaiting repair')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {hazard.viewerActions.map((action) => (
              <Button
                key={action}
                type="primary"
                onClick={() => setOpen(action)}
                data-testid={`hazard-${action.toLowerCase().replace('_', '-')}`}
              >
                {labelOf(HAZARD_ACTION_BUTTON, action, t)}
              </Button>
            ))}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('学校', 'School')}>{hazard.school.name}</Descriptions.Item>
          <Descriptions.Item label={t('位置', 'Where')}>{hazardPlace(hazard)}</Descriptions.Item>
          <Descriptions.Item label={t('来源', 'Source')}>{labelOf(HAZARD_SOURCE, hazard.source, t)}</Descriptions.Item>
          <Descriptions.Item label={t('发现时间', 'Reported')}>
            <DateTime value={hazard.reportedAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('详细情况', 'Details')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{hazard.description}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('五定', 'Five fixes')} size="small" data-testid="hazard-five-fixes">
        {hazard.responsible ? (
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('整改责任人', 'Responsible')}>{hazard.responsible.name}</Descriptions.Item>
            <Descriptions.Item label={t('整改期限', 'Deadline')}>
              <Space size={4}>
                <span data-testid="hazard-deadline">{hazard.deadline}</span>
                {hazard.overdue && <Tag color="red">{t('超期', 'Overdue')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('整改资金', 'Funds')}>
              <Money value={hazard.funds} />
            </Descriptions.Item>
            <Descriptions.Item label={t('整改措施', 'Measure')} span="filled">
              {hazard.measure}
            </Descriptions.Item>
            <Descriptions.Item label={t('应急预案', 'Contingency plan')} span="filled">
              {hazard.contingencyPlan}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('尚未交办', 'Not assigned yet')}</Typography.Text>
        )}
      </Card>
      {(hazard.evidence || hazard.workOrderId) && (
        <Card title={t('整改与验收', 'Rectification and verification')} size="small" data-testid="hazard-evidence">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            {hazard.workOrderId && (
              <Descriptions.Item label={t('维修工单', 'Work order')}>
                <Typography.Link href={`/facilities/work-orders/${hazard.workOrderId}`}>{t('查看工单', 'Open it')}</Typography.Link>
              </Descriptions.Item>
            )}
            {hazard.evidence && (
              <Descriptions.Item label={t('整改情况', 'Evidence')} span="filled">
                {hazard.evidence}
                {hazard.evidencePhotoRefs.length > 0 && <div>{hazard.evidencePhotoRefs.join(', ')}</div>}
              </Descriptions.Item>
            )}
            {hazard.rectifiedAt && (
              <Descriptions.Item label={t('整改完成时间', 'Rectified')}>
                <DateTime value={hazard.rectifiedAt} />
              </Descriptions.Item>
            )}
            {hazard.verifiedAt && (
              <Descriptions.Item label={t('验收时间', 'Verified')}>
                <DateTime value={hazard.verifiedAt} />
              </Descriptions.Item>
            )}
            {hazard.failedVerifications > 0 && (
              <Descriptions.Item label={t('验收不合格', 'Failed verifications')}>{hazard.failedVerifications}</Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      <Card title={t('流程记录', 'Steps')}>
        <Timeline
          data-testid="hazard-steps"
          items={hazard.steps.map((step) => ({
            key: step.id,
            color: step.action === 'VERIFY_FAILED' || step.action === 'REPAIR_REJECTED' ? 'red' : undefined,
            content: (
              <div data-action={step.action}>
                <Typography.Text strong>{labelOf(HAZARD_STEP, step.action, t)}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  <DateTime value={step.occurredAt} />
                  {step.actorAccountId === access.accountId ? t(' · 我', ' · me') : ''}
                  {step.actorAccountId === 'system' ? t(' · 系统', ' · system') : ''}
                </Typography.Text>
                {step.comment && <div>{step.comment}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      {open === 'ASSIGN' && <AssignModal hazard={hazard} onClose={close} refetch={reload} />}
      {(open === 'START' || open === 'CLOSE') && <StepModal hazard={hazard} step={open} onClose={close} refetch={reload} />}
      {open === 'REQUEST_REPAIR' && <RepairModal hazard={hazard} onClose={close} refetch={reload} />}
      {open === 'RECORD_RECTIFIED' && <RectifiedModal hazard={hazard} onClose={close} refetch={reload} />}
      {open === 'VERIFY' && <VerifyModal hazard={hazard} onClose={close} refetch={reload} />}
    </Space>
  );
}

interface ModalProps {
  hazard: Hazard;
  onClose(): void;
  refetch(): unknown;
}

/** 交办 with the five fixes (五定). */
function AssignModal({ hazard, onClose, refetch }: ModalProps) {
  const t = useT();
  const [assign] = useMutation(SafetyAssignHazardMutation);
  const { staff, loading } = useRepairStaff(hazard.schoolId);
  return (
    <ActionModal<{
      responsibleStaffId?: string;
      measure?: string;
      funds?: string;
      deadline?: Dayjs | null;
      contingencyPlan?: string;
      level: HazardLevel;
      comment?: string;
    }>
      open
      title={t('交办（五定）', 'Assign (five fixes)')}
      initialValues={{
        responsibleStaffId: hazard.responsibleStaffId ?? undefined,
        measure: hazard.measure ?? '',
        funds: hazard.funds?.yuan ?? '0',
        deadline: hazard.deadline ? dayjs(hazard.deadline) : null,
        contingencyPlan: hazard.contingencyPlan ?? '',
        level: hazard.level,
        comment: '',
      }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        assign({
          variables: {
            input: {
              id: hazard.id,
              version: hazard.version,
              responsibleStaffId: v.responsibleStaffId ?? '',
              measure: v.measure ?? '',
              funds: v.funds ?? '',
              deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
              contingencyPlan: v.contingencyPlan ?? '',
              level: v.level !== hazard.level ? v.level : null,
              comment: v.comment?.trim() || null,
            },
          },
        })
      }
    >
      <Form.Item
        name="responsibleStaffId"
        label={t('整改责任人', 'Responsible')}
        rules={[{ required: true, message: t('请选择', 'Choose one') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="assign-responsible"
        />
      </Form.Item>
      <Form.Item
        name="measure"
        label={t('整改措施', 'Measure')}
        rules={[{ required: true, whitespace: true, message: t('请填写', 'Required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="assign-measure" />
      </Form.Item>
      <Form.Item
        name="funds"
        label={t('整改资金（元）', 'Funds (yuan)')}
        rules={[
          {
            validator: (_, value: string | undefined) =>
              (parseYuanToFen(value ?? '') ?? -1) >= 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('请输入金额（元，最多两位小数）', 'An amount in yuan, at most 2 decimals'))),
          },
        ]}
      >
        <Input inputMode="decimal" data-testid="assign-funds" />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={t('整改期限', 'Deadline')}
        extra={t('不填则按区里规定的工作日数计算', 'Left out: the district’s default school days')}
      >
        <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} data-testid="assign-deadline" />
      </Form.Item>
      <Form.Item
        name="contingencyPlan"
        label={t('应急预案', 'Contingency plan')}
        rules={[{ required: true, whitespace: true, message: t('请填写', 'Required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="assign-plan" />
      </Form.Item>
      <Form.Item name="level" label={t('等级', 'Level')}>
        <Radio.Group
          optionType="button"
          options={Object.keys(HAZARD_LEVEL).map((l) => ({ value: l, label: labelOf(HAZARD_LEVEL, l, t) }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('说明', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}

/** 开始整改 / 销号: a comment only. */
function StepModal({ hazard, step, onClose, refetch }: ModalProps & { step: 'START' | 'CLOSE' }) {
  const t = useT();
  const [start] = useMutation(SafetyStartHazardMutation);
  const [closeHazard] = useMutation(SafetyCloseHazardMutation);
  return (
    <ActionModal<{ comment?: string }>
      open
      title={labelOf(HAZARD_ACTION_BUTTON, step, t)}
      initialValues={{ comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => {
        const input = { id: hazard.id, version: hazard.version, comment: v.comment?.trim() || null };
        return step === 'START' ? start({ variables: { input } }) : closeHazard({ variables: { input } });
      }}
    >
      <Form.Item name="comment" label={t('说明', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} data-testid="step-comment" />
      </Form.Item>
    </ActionModal>
  );
}

/** 报修: facilities opens a safety work order; the hazard waits for it. */
function RepairModal({ hazard, onClose, refetch }: ModalProps) {
  const t = useT();
  const [request] = useMutation(SafetyRequestHazardRepairMutation);
  return (
    <ActionModal<{ category: HazardRepairCategory; comment?: string }>
      open
      title={t('报修', 'Ask for a repair')}
      initialValues={{ category: 'ELECTRICAL', comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        request({
          variables: { input: { id: hazard.id, version: hazard.version, category: v.category, comment: v.comment?.trim() || null } },
        })
      }
    >
      <Form.Item name="category" label={t('维修类别', 'Kind of repair')}>
        <Select options={Object.keys(HAZARD_REPAIR_CATEGORY).map((c) => ({ value: c, label: labelOf(HAZARD_REPAIR_CATEGORY, c, t) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('说明', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} />
      </Form.Item>
    </ActionModal>
  );
}

/** 整改完成 with evidence. */
function RectifiedModal({ hazard, onClose, refetch }: ModalProps) {
  const t = useT();
  const [record] = useMutation(SafetyRecordHazardRectifiedMutation);
  return (
    <ActionModal<{ evidence?: string; evidencePhotoRefs?: string; comment?: string }>
      open
      title={t('整改完成', 'Rectified')}
      initialValues={{ evidence: '', evidencePhotoRefs: '', comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        record({
          variables: {
            input: {
              id: hazard.id,
              version: hazard.version,
              evidence: v.evidence ?? '',
              evidencePhotoRefs: refsOf(v.evidencePhotoRefs),
              comment: v.comment?.trim() || null,
            },
          },
        })
      }
    >
      <Form.Item
        name="evidence"
        label={t('整改情况', 'What was done')}
        rules={[{ required: true, whitespace: true, message: t('请填写', 'Required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="rectified-evidence" />
      </Form.Item>
      <Form.Item name="evidencePhotoRefs" label={t('照片（每行一个）', 'Photos (one per line)')}>
        <Input.TextArea autoSize={{ minRows: 1 }} />
      </Form.Item>
    </ActionModal>
  );
}

/** 验收: passed, or failed with a reason (it goes back to rectifying). */
function VerifyModal({ hazard, onClose, refetch }: ModalProps) {
  const t = useT();
  const [verify] = useMutation(SafetyVerifyHazardMutation);
  return (
    <ActionModal<{ passed: boolean; comment?: string }>
      open
      title={t('验收', 'Verify')}
      initialValues={{ passed: true, comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        verify({ variables: { input: { id: hazard.id, version: hazard.version, passed: v.passed, comment: v.comment?.trim() || null } } })
      }
    >
      <Form.Item name="passed" label={t('验收结果', 'Result')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('合格', 'Holds') },
            { value: false, label: t('不合格', 'Does not hold') },
          ]}
          data-testid="verify-result"
        />
      </Form.Item>
      <Form.Item name="comment" label={t('验收意见', 'Comment')} extra={t('不合格时必填', 'Required when it does not hold')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} data-testid="verify-comment" />
      </Form.Item>
    </ActionModal>
  );
}
