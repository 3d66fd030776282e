import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Form, Input, Radio, Segmented, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSchoolZone } from '../../session/zone';
import { formatDate } from '../../shared/dates';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { DutyCheckResult, DutyOccurrenceRowFieldsFragment, DutyTaskKind } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { useRepairStaff } from '../repairs/lookups';
import { dutyViews, type DutyView, occurrenceFilter } from './duty';
import { CHECK_RESULT, CHECK_RESULT_COLOR, DUTY_KIND, OCCURRENCE_STATUS, RULE_PRESETS } from './labels';
import {
  CheckDutyOccurrenceMutation,
  CreateDutyTaskMutation,
  DutyOccurrencesQuery,
  DutyTasksQuery,
  MarkDutyOccurrenceDoneMutation,
} from './operations';

type Occurrence = DutyOccurrenceRowFieldsFragment;

/**
 * The duty task sheet (工作叙事表): what I must do and by when, what I must check, and for the school's
 * leaders every occurrence and every task. The responsible person marks an occurrence done; the checker
 * (a different person) records 好 / 合格 / 未完成 with a comment; the director sets routine (recurring)
 * and urgent (突击) tasks.
 */
export default function DutySheetPage() {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const { schoolId, setSchoolId } = useSchoolParam();
  const readAll = access.isDistrict || access.can('readDutyTasks', schoolId);
  const views = dutyViews({ hasStaff: !!viewer?.staffId, readAll });
  const asked = params.get('view') as DutyView | null;
  const view: DutyView | undefined = asked && views.includes(asked) ? asked : views[0];
  const zone = useSchoolZone();
  const client = useApolloClient();
  const [creating, setCreating] = useState(false);
  const mayCreate = !!schoolId && access.can('createDutyTask', schoolId);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('工作叙事表', 'Duty task sheet')}
        extra={
          mayCreate && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="duty-create">
              {t('布置任务', 'Set a task')}
            </Button>
          )
        }
      >
        <Space wrap style={{ marginBottom: 16 }}>
          {view === 'all' && <SchoolPicker value={schoolId} onChange={setSchoolId} />}
          {views.length > 1 && (
            <Segmented<DutyView>
              value={view}
              onChange={(next) =>
                setParams(
                  (p) => {
                    p.set('view', next);
                    return p;
                  },
                  { replace: true },
                )
              }
              options={views.map((v) => ({
                value: v,
                label: { mine: t('我负责的', 'Mine to do'), checking: t('我检查的', 'Mine to check'), all: t('全校', 'The school’s') }[v],
              }))}
              data-testid="duty-view"
            />
          )}
        </Space>
        {!view ? (
          <Empty description={t('没有可查看的任务', 'Nothing to show')} />
        ) : view === 'all' && !schoolId ? (
          <Empty description={t('请选择学校', 'Choose a school')} />
        ) : (
          <OccurrenceTable filter={occurrenceFilter(view, schoolId, viewer?.staffId, formatDate(new Date().toISOString(), zone))} />
        )}
      </Card>
      {view === 'all' && schoolId && readAll && <TaskList schoolId={schoolId} />}
      {creating && schoolId && (
        <CreateTaskModal
          schoolId={schoolId}
          onClose={() => setCreating(false)}
          refetch={() => client.refetchQueries({ include: ['DutyOccurrences', 'DutyTasks'] })}
        />
      )}
    </Space>
  );
}

/** One view of the sheet: its occurrences a page at a time, with the steps the viewer may take on each. */
function OccurrenceTable({ filter }: { filter: ReturnType<typeof occurrenceFilter> }) {
  const t = useT();
  const [step, setStep] = useState<{ kind: 'DONE' | 'CHECK'; occurrence: Occurrence } | null>(null);
  const key = JSON.stringify(filter);
  const stable = useMemo(() => JSON.parse(key) as ReturnType<typeof occurrenceFilter>, [key]);
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [stable, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(DutyOccurrencesQuery, {
    variables: { filter: stable, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.dutyOccurrences;
  if (error && !page) return <GraphErrorResult error={error} />;
  return (
    <>
      <PagedTable<Occurrence>
        data-testid="duty-occurrences"
        rowKey="id"
        size="small"
        loading={loading}
        page={page}
        paging={paging}
        onRow={(o) => ({ 'data-status': o.status }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'task',
            title: t('任务', 'Task'),
            render: (_, o) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  {o.task?.title}
                  {o.task && <Tag>{labelOf(DUTY_KIND, o.task.kind, t)}</Tag>}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {o.task?.requirement}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'deadline',
            title: t('截止', 'Deadline'),
            render: (_, o) => (
              <Space size={4}>
                <DateTime value={o.deadline} />
                {o.overdue && <Tag color="red">{t('逾期', 'Overdue')}</Tag>}
                {o.late && <Tag color="orange">{t('逾期完成', 'Late')}</Tag>}
              </Space>
            ),
          },
          { key: 'responsible', title: t('责任人', 'Responsible'), render: (_, o) => o.responsible.name },
          { key: 'checker', title: t('检查人', 'Checker'), render: (_, o) => o.checker.name },
          {
            key: 'status',
            title: t('状态', 'Status'),
            render: (_, o) => (
              <Space size={4} wrap>
                <Tag data-testid="duty-status">{labelOf(OCCURRENCE_STATUS, o.status, t)}</Tag>
                {o.checkResult && <Tag color={CHECK_RESULT_COLOR[o.checkResult]}>{labelOf(CHECK_RESULT, o.checkResult, t)}</Tag>}
                {o.checkComment && <Typography.Text type="secondary">{o.checkComment}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: '',
            render: (_, o) => (
              <Space size={4}>
                {o.viewerActions.includes('MARK_DONE') && (
                  <Button size="small" type="primary" onClick={() => setStep({ kind: 'DONE', occurrence: o })} data-testid="duty-mark-done">
                    {t('完成', 'Done')}
                  </Button>
                )}
                {o.viewerActions.includes('CHECK') && (
                  <Button size="small" onClick={() => setStep({ kind: 'CHECK', occurrence: o })} data-testid="duty-check">
                    {t('检查', 'Check')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {step?.kind === 'DONE' && <DoneModal occurrence={step.occurrence} onClose={() => setStep(null)} refetch={refetch} />}
      {step?.kind === 'CHECK' && <CheckModal occurrence={step.occurrence} onClose={() => setStep(null)} refetch={refetch} />}
    </>
  );
}

/** The school's tasks (任务清单): routine ones with their rule in words, urgent ones with their deadline. */
function TaskList({ schoolId }: { schoolId: string }) {
  const t = useT();
  const paging = useCursorPaging();
  const { data, previousData, loading } = useQuery(DutyTasksQuery, {
    variables: { filter: { schoolId }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.dutyTasks;
  return (
    <Card title={t('任务清单', 'Tasks')}>
      <PagedTable
        data-testid="duty-tasks"
        rowKey="id"
        size="small"
        loading={loading}
        page={page}
        paging={paging}
        columns={[
          { key: 'title', title: t('任务', 'Task'), render: (_, task) => task.title },
          { key: 'kind', title: t('类型', 'Kind'), render: (_, task) => labelOf(DUTY_KIND, task.kind, t) },
          {
            key: 'when',
            title: t('频次 / 截止', 'When'),
            render: (_, task) => (task.kind === 'ROUTINE' ? (task.ruleText ?? '—') : <DateTime value={task.deadline} />),
          },
          { key: 'responsible', title: t('责任人', 'Responsible'), render: (_, task) => task.responsible.name },
          { key: 'checker', title: t('检查人', 'Checker'), render: (_, task) => task.checker.name },
          { key: 'requirement', title: t('要求', 'Requirement'), render: (_, task) => task.requirement },
        ]}
      />
    </Card>
  );
}

interface ModalProps {
  occurrence: Occurrence;
  onClose(): void;
  refetch(): unknown;
}

function DoneModal({ occurrence, onClose, refetch }: ModalProps) {
  const t = useT();
  const [mark] = useMutation(MarkDutyOccurrenceDoneMutation);
  return (
    <ActionModal<{ note?: string }>
      open
      title={t(`完成：${occurrence.task?.title ?? ''}`, `Done: ${occurrence.task?.title ?? ''}`)}
      initialValues={{ note: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => mark({ variables: { input: { id: occurrence.id, version: occurrence.version, note: v.note?.trim() || null } } })}
    >
      <Form.Item name="note" label={t('完成情况', 'What was done')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="duty-note" />
      </Form.Item>
    </ActionModal>
  );
}

function CheckModal({ occurrence, onClose, refetch }: ModalProps) {
  const t = useT();
  const [check] = useMutation(CheckDutyOccurrenceMutation);
  return (
    <ActionModal<{ result: DutyCheckResult; comment?: string }>
      open
      title={t(`检查：${occurrence.task?.title ?? ''}`, `Check: ${occurrence.task?.title ?? ''}`)}
      initialValues={{ result: 'DONE', comment: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        check({
          variables: { input: { id: occurrence.id, version: occurrence.version, result: v.result, comment: v.comment?.trim() || null } },
        })
      }
    >
      {occurrence.doneNote && <Typography.Paragraph type="secondary">{occurrence.doneNote}</Typography.Paragraph>}
      <Form.Item name="result" label={t('检查结果', 'Result')}>
        <Radio.Group
          data-testid="duty-check-result"
          options={Object.keys(CHECK_RESULT).map((key) => ({ value: key, label: labelOf(CHECK_RESULT, key, t) }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('检查意见', 'Comment')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="duty-check-comment" />
      </Form.Item>
    </ActionModal>
  );
}

/** 布置任务: routine on a rule, or urgent with a deadline; a responsible person and a different checker. */
function CreateTaskModal({ schoolId, onClose, refetch }: { schoolId: string; onClose(): void; refetch(): unknown }) {
  const t = useT();
  const { staff, loading } = useRepairStaff(schoolId);
  const [create] = useMutation(CreateDutyTaskMutation);
  const options = staff.map((s) => ({ value: s.id, label: s.name }));
  return (
    <ActionModal<{
      kind: DutyTaskKind;
      title?: string;
      requirement?: string;
      responsibleStaffId?: string;
      checkerStaffId?: string;
      rule?: string;
      deadline?: Dayjs | null;
    }>
      open
      width={640}
      title={t('布置任务', 'Set a task')}
      initialValues={{
        kind: 'ROUTINE',
        title: '',
        requirement: '',
        rule: RULE_PRESETS[2].rule,
        deadline: dayjs().add(1, 'day').hour(17).minute(0),
      }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        create({
          variables: {
            input: {
              schoolId,
              kind: v.kind,
              title: v.title ?? '',
              requirement: v.requirement ?? '',
              responsibleStaffId: v.responsibleStaffId ?? '',
              checkerStaffId: v.checkerStaffId ?? '',
              rule: v.kind === 'ROUTINE' ? (v.rule ?? null) : null,
              deadline: v.kind === 'URGENT' && v.deadline ? v.deadline.toISOString() : null,
            },
          },
        })
      }
    >
      <Form.Item name="kind" label={t('类型', 'Kind')}>
        <Radio.Group options={Object.keys(DUTY_KIND).map((key) => ({ value: key, label: labelOf(DUTY_KIND, key, t) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('任务', 'Task')} rules={[{ required: true, message: t('请填写任务', 'Name the task') }]}>
        <Input maxLength={200} placeholder={t('例如：检查全校教室水龙头', 'e.g. check every classroom tap')} data-testid="duty-title" />
      </Form.Item>
      <Form.Item
        name="requirement"
        label={t('要求', 'Requirement')}
        rules={[{ required: true, message: t('请填写要求', 'Say what is required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="duty-requirement" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="responsibleStaffId" label={t('责任人', 'Responsible')}>
          <Select
            showSearch
            loading={loading}
            options={options}
            optionFilterProp="label"
            style={{ minWidth: 180 }}
            data-testid="duty-responsible"
          />
        </Form.Item>
        <Form.Item name="checkerStaffId" label={t('检查人（另一人）', 'Checker (someone else)')}>
          <Select
            showSearch
            loading={loading}
            options={options}
            optionFilterProp="label"
            style={{ minWidth: 180 }}
            data-testid="duty-checker"
          />
        </Form.Item>
      </Space>
      <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'ROUTINE' ? (
            <Form.Item name="rule" label={t('频次', 'How often')}>
              <Select options={RULE_PRESETS.map((p) => ({ value: p.rule, label: t(p.label.zh, p.label.en) }))} />
            </Form.Item>
          ) : (
            <Form.Item name="deadline" label={t('截止时间', 'Deadline')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          )
        }
      </Form.Item>
    </ActionModal>
  );
}
