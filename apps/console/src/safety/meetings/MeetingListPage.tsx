import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Form, Input, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { useRepairStaff } from '../../facilities/repairs/lookups';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { formatDate } from '../../shared/dates';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { actionInputs, type ActionDraft } from '../action-items/action-items';
import { ActionItemList } from '../action-items/ActionItemList';
import { actionSummary, deadlineProblem, MAX_ATTENDEES } from './meetings';
import { SafetyMeetingsQuery, SafetyRecordMeetingMutation } from './operations';

/**
 * Safety meetings (安全工作会议): a school's meetings, latest first, with their open and overdue action
 * items; the safety office records one with its attendees, minutes and decisions (each an action item
 * with an owner and a deadline).
 */
export default function MeetingListPage() {
  const t = useT();
  const access = useAccess();
  const zone = useSchoolZone();
  const navigate = useNavigate();
  const { schoolId, setSchoolId } = useSchoolParam();
  const [recording, setRecording] = useState(false);
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(SafetyMeetingsQuery, {
    variables: { schoolId: schoolId ?? '', ...paging.variables },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.safetyMeetings;
  const today = formatDate(new Date().toISOString(), zone);
  const mayRecord = !!schoolId && access.can('recordSafetyMeeting', schoolId);
  return (
    <Card
      title={t('安全会议', 'Safety meetings')}
      extra={
        mayRecord && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="meeting-record">
            {t('记录会议', 'Record a meeting')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          data-testid="meeting-table"
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          columns={[
            { key: 'heldOn', title: t('日期', 'Day'), render: (_, m) => m.heldOn },
            {
              key: 'title',
              title: t('会议', 'Meeting'),
              render: (_, m) => (
                <Link to={`/safety/meetings/${m.id}`} data-testid="meeting-link">
                  {m.title}
                </Link>
              ),
            },
            { key: 'attendees', title: t('参会人数', 'Attendees'), align: 'right', render: (_, m) => m.attendeeStaffIds.length },
            {
              key: 'actions',
              title: t('落实事项', 'Action items'),
              render: (_, m) => {
                const { total, open, overdue } = actionSummary(m.actionItems, today);
                return (
                  <Space size={4} data-testid="meeting-open-items" data-open={open}>
                    {t(`${total} 项，未完成 ${open}`, `${total}, ${open} open`)}
                    {overdue > 0 && <Tag color="red">{t(`${overdue} 项逾期`, `${overdue} overdue`)}</Tag>}
                  </Space>
                );
              },
            },
          ]}
        />
      )}
      {recording && schoolId && (
        <RecordMeetingModal
          schoolId={schoolId}
          onClose={() => setRecording(false)}
          refetch={refetch}
          onRecorded={(id) => void navigate(`/safety/meetings/${id}`)}
        />
      )}
    </Card>
  );
}

/** 记录会议: the day, title, attendees, minutes and the decisions to carry out (落实事项). */
function RecordMeetingModal({
  schoolId,
  onClose,
  refetch,
  onRecorded,
}: {
  schoolId: string;
  onClose(): void;
  refetch(): unknown;
  onRecorded(id: string): void;
}) {
  const t = useT();
  const { staff, loading } = useRepairStaff(schoolId);
  const [record] = useMutation(SafetyRecordMeetingMutation);
  const staffOptions = staff.map((s) => ({ value: s.id, label: s.name }));
  return (
    <ActionModal<{ title?: string; heldOn?: Dayjs | null; attendeeStaffIds?: string[]; minutes?: string; actionItems?: ActionDraft[] }>
      open
      width={720}
      title={t('记录安全会议', 'Record a safety meeting')}
      initialValues={{ title: '', heldOn: dayjs(), attendeeStaffIds: [], minutes: '', actionItems: [] }}
      onClose={onClose}
      refetch={refetch}
      run={async (v) => {
        const result = await record({
          variables: {
            input: {
              schoolId,
              title: v.title?.trim() ?? '',
              heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '',
              attendeeStaffIds: v.attendeeStaffIds ?? [],
              minutes: v.minutes?.trim() ?? '',
              actionItems: actionInputs(v.actionItems, 'DECISION'),
            },
          },
        });
        if (result.data) onRecorded(result.data.recordSafetyMeeting.id);
      }}
    >
      <Form.Item
        name="title"
        label={t('会议名称', 'Title')}
        rules={[{ required: true, whitespace: true, message: t('请填写会议名称', 'Give a title') }]}
      >
        <Input maxLength={200} placeholder={t('例如：12月安全工作例会', 'e.g. December safety meeting')} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item name="heldOn" label={t('日期', 'Day')} rules={[{ required: true, message: t('请选择日期', 'Give the day') }]}>
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} data-testid="meeting-day" />
      </Form.Item>
      <Form.Item
        name="attendeeStaffIds"
        label={t('参会人员', 'Attendees')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('请选择参会人员', 'Choose who attended') },
          { type: 'array', max: MAX_ATTENDEES, message: t(`最多 ${MAX_ATTENDEES} 人`, `At most ${MAX_ATTENDEES}`) },
        ]}
      >
        <Select
          mode="multiple"
          loading={loading}
          options={staffOptions}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('搜索教职工姓名', 'Search a staff member')}
          data-testid="meeting-attendees"
        />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('会议纪要', 'Minutes')}
        rules={[{ required: true, whitespace: true, message: t('请填写会议纪要', 'Write the minutes') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} data-testid="meeting-minutes" />
      </Form.Item>
      <Form.Item
        label={t('会议决议（落实事项）', 'Decisions (action items)')}
        extra={t('每项决议写明做什么、责任人和期限，逐项跟踪到完成。', 'Each decision: what, who owns it and by when; tracked to done.')}
      >
        <ActionItemList
          name="actionItems"
          testId="meeting-item"
          staffOptions={staffOptions}
          loading={loading}
          newRow={() => ({ deadline: dayjs().add(7, 'day') })}
          addLabel={t('添加决议', 'Add a decision')}
          placeholder={t('做什么', 'What is to be done')}
          deadline={{
            dependencies: ['heldOn'],
            rules: [
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) =>
                  deadlineProblem(value?.format('YYYY-MM-DD'), (getFieldValue('heldOn') as Dayjs | null | undefined)?.format('YYYY-MM-DD'))
                    ? Promise.reject(new Error(t('期限不能早于会议日期', 'Due on the meeting’s day or later')))
                    : Promise.resolve(),
              }),
            ],
          }}
        />
      </Form.Item>
    </ActionModal>
  );
}
