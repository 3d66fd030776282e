import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { FacilitiesMaintenanceScheduleFieldsFragment } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { graphProblems, hasCode } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { WORK_ORDER_STATUS, WORK_ORDER_STATUS_COLOR } from '../repairs/labels';
import { useRepairRooms } from '../repairs/lookups';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { roomOptionText, roomText, type StoreRoomRef } from '../storeroom/storeroom';
import { MAINTENANCE_BASIS, MAINTENANCE_TEMPLATE, OCCURRENCE_STATE, OCCURRENCE_STATE_COLOR, SCHEDULE_ACTIVE } from './labels';
import {
  meterDueText,
  monthDays,
  normaliseDecimal,
  occurrenceState,
  readMonth,
  scheduleRuleText,
  schoolDay,
  shiftMonth,
  templateSummary,
} from './maintenance';
import {
  FacilitiesCreateMaintenanceScheduleMutation,
  FacilitiesMaintenanceBuildingsQuery,
  FacilitiesMaintenanceCalendarQuery,
  FacilitiesMaintenanceSchedulesQuery,
  FacilitiesMaintenanceTemplatesQuery,
  FacilitiesRecordMaintenanceMeterReadingMutation,
  FacilitiesSetMaintenanceScheduleActiveMutation,
} from './operations';

type Schedule = FacilitiesMaintenanceScheduleFieldsFragment;

interface Places {
  buildings: ReadonlyMap<string, string>;
  rooms: ReadonlyMap<string, StoreRoomRef>;
}

/** Where a schedule's work is done: its room, else its building, else its asset. */
function placeText(schedule: Pick<Schedule, 'roomId' | 'buildingId' | 'assetId'>, places: Places, t: (zh: string, en: string) => string) {
  if (schedule.roomId) return roomText(places.rooms.get(schedule.roomId)) || '…';
  if (schedule.buildingId) return places.buildings.get(schedule.buildingId) ?? '…';
  if (schedule.assetId) return t('设备资产', 'An asset');
  return '—';
}

/**
 * Preventive maintenance (预防性维护): the school's schedules with their rule, next due day (or due
 * reading, for a schedule by meter) and template (the director pauses, resumes and makes new ones from
 * the templates; maintenance staff record a meter's reading), and the PM calendar
 * (维保日历): a month's due days, each with its work order's status and whether it is overdue.
 */
export default function MaintenancePage() {
  const t = useT();
  const zone = useSchoolZone();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [params, setParams] = useSearchParams();
  const today = schoolDay(new Date(), zone);
  const month = readMonth(params.get('month'), today);
  const setMonth = (next: string) =>
    setParams(
      (p) => {
        p.set('month', next);
        return p;
      },
      { replace: true },
    );
  const buildings = useQuery(FacilitiesMaintenanceBuildingsQuery, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId });
  const { rooms } = useRepairRooms(schoolId);
  const places: Places = useMemo(
    () => ({
      buildings: new Map((buildings.data?.buildings.nodes ?? []).map((b) => [b.id, b.name])),
      rooms: new Map(rooms.map((r) => [r.id, r])),
    }),
    [buildings.data, rooms],
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {!schoolId ? (
        <Card title={t('预防性维护', 'Preventive maintenance')}>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
          <Empty description={t('请选择学校', 'Choose a school')} />
        </Card>
      ) : (
        <SchedulesCard
          schoolId={schoolId}
          places={places}
          today={today}
          picker={<FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />}
        />
      )}
      {schoolId && <CalendarCard schoolId={schoolId} month={month} setMonth={setMonth} places={places} today={today} />}
    </Space>
  );
}

/** The school's schedules (预防性维护计划), with pause and resume, and the new-schedule form. */
function SchedulesCard({ schoolId, places, today, picker }: { schoolId: string; places: Places; today: string; picker: React.ReactNode }) {
  const t = useT();
  const access = useAccess();
  const { message } = App.useApp();
  const paging = useCursorPaging(50);
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(FacilitiesMaintenanceSchedulesQuery, {
    variables: { schoolId, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const [setActive] = useMutation(FacilitiesSetMaintenanceScheduleActiveMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [reading, setReading] = useState<Schedule | null>(null);
  const page = (data ?? previousData)?.maintenanceSchedules;
  const mayPause = access.can('setMaintenanceScheduleActive', schoolId);
  const mayRead = access.can('recordMaintenanceMeterReading', schoolId);

  async function toggle(schedule: Schedule) {
    setBusy(schedule.id);
    try {
      await setActive({ variables: { input: { id: schedule.id, version: schedule.version, active: !schedule.active } } });
      void message.success(schedule.active ? t('已暂停', 'Paused') : t('已恢复', 'Resumed'));
    } catch (failure) {
      if (hasCode(failure, 'CONFLICT')) void refetch();
      void message.error(graphProblems(failure)[0]?.message ?? String(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card
      title={t('预防性维护计划', 'Maintenance schedules')}
      extra={
        <Space wrap>
          {picker}
          {access.can('createMaintenanceSchedule', schoolId) && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="schedule-new">
              {t('新建计划', 'New schedule')}
            </Button>
          )}
        </Space>
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable<Schedule>
          data-testid="schedule-table"
          rowKey="id"
          page={page}
          paging={paging}
          loading={loading}
          onRow={(s) =>
            ({ 'data-testid': 'schedule-row', 'data-title': s.title, 'data-active': String(s.active) }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('计划', 'Schedule'),
              key: 'title',
              render: (_, s) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{s.title}</Typography.Text>
                  {s.templateCode && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('法定模板：', 'Template: ')}
                      {labelOf(MAINTENANCE_TEMPLATE, s.templateCode, t)}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: t('位置', 'Where'), key: 'place', render: (_, s) => placeText(s, places, t) },
            {
              title: t('周期', 'Interval'),
              key: 'rule',
              render: (_, s) => (
                <Space orientation="vertical" size={0}>
                  <span>{scheduleRuleText(s, t)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {labelOf(MAINTENANCE_BASIS, s.basis, t)} ·{' '}
                    {s.basis === 'METER'
                      ? t(
                          `提前 ${s.meterLead} ${s.meterUnit} 派单，${s.leadDays} 天内完成`,
                          `opened ${s.meterLead} ${s.meterUnit} ahead, ${s.leadDays} days to do`,
                        )
                      : t(`提前 ${s.leadDays} 天派单`, `opened ${s.leadDays} days ahead`)}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('下次维保', 'Next due'),
              key: 'nextDueOn',
              render: (_, s) => (
                <span data-testid="schedule-next-due">
                  {s.basis === 'METER' ? meterDueText(s, t) : (s.nextDueOn ?? t('上次完成后确定', 'Set when the last is done'))}
                  {s.nextDueOn && s.nextDueOn < today && (
                    <Tag color="red" style={{ marginLeft: 4 }}>
                      {t('已过期', 'Past')}
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: t('上次完成', 'Last done'), key: 'lastCompletedOn', render: (_, s) => s.lastCompletedOn ?? '—' },
            {
              title: t('状态', 'Status'),
              key: 'active',
              render: (_, s) => {
                const state = SCHEDULE_ACTIVE[s.active ? 'active' : 'paused'];
                return <Tag color={state.color}>{t(state.zh, state.en)}</Tag>;
              },
            },
            {
              title: '',
              key: 'actions',
              render: (_, s) => (
                <Space size={4}>
                  {mayRead && s.basis === 'METER' && (
                    <Button size="small" onClick={() => setReading(s)} data-testid="schedule-read-meter">
                      {t('录入读数', 'Read the meter')}
                    </Button>
                  )}
                  {mayPause && (
                    <Button size="small" loading={busy === s.id} onClick={() => void toggle(s)} data-testid="schedule-toggle">
                      {s.active ? t('暂停', 'Pause') : t('恢复', 'Resume')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
          expandable={{
            expandedRowRender: (s) => (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {s.checklist.map((item, i) => (
                  <li key={i}>
                    {item.label}
                    {item.unit ? ` (${item.unit})` : ''}
                  </li>
                ))}
              </ol>
            ),
          }}
        />
      )}
      {creating && (
        <NewScheduleModal schoolId={schoolId} places={places} today={today} onClose={() => setCreating(false)} refetch={refetch} />
      )}
      {reading && <MeterReadingModal schedule={reading} onClose={() => setReading(null)} refetch={refetch} />}
    </Card>
  );
}

/** A reading of a schedule's meter (运行小时表): never below the last; the work order opens near the due reading. */
function MeterReadingModal({ schedule, onClose, refetch }: { schedule: Schedule; onClose(): void; refetch(): unknown }) {
  const t = useT();
  const [record] = useMutation(FacilitiesRecordMaintenanceMeterReadingMutation);
  return (
    <ActionModal<{ reading: string }>
      open
      title={t(`录入读数：${schedule.title}`, `Meter reading: ${schedule.title}`)}
      initialValues={{ reading: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) => record({ variables: { input: { scheduleId: schedule.id, reading: normaliseDecimal(v.reading) ?? v.reading.trim() } } })}
    >
      <Typography.Paragraph type="secondary">{meterDueText(schedule, t)}</Typography.Paragraph>
      <Form.Item
        name="reading"
        label={t('当前读数', 'Reading now')}
        rules={[{ required: true, message: t('请输入读数', 'Enter the reading') }]}
      >
        <Input inputMode="decimal" suffix={schedule.meterUnit ?? undefined} autoComplete="off" data-testid="meter-reading" />
      </Form.Item>
    </ActionModal>
  );
}

interface NewScheduleValues {
  templateCode?: string;
  title?: string;
  placeKind: 'building' | 'room';
  buildingId?: string;
  roomId?: string;
  startsOn: string;
  leadDays?: number | null;
  meterReading?: string;
}

/** A schedule from a statutory template (法定维保模板) for a building or a room: the director. */
function NewScheduleModal({
  schoolId,
  places,
  today,
  onClose,
  refetch,
}: {
  schoolId: string;
  places: Places;
  today: string;
  onClose(): void;
  refetch(): unknown;
}) {
  const t = useT();
  const templates = useQuery(FacilitiesMaintenanceTemplatesQuery);
  const [create] = useMutation(FacilitiesCreateMaintenanceScheduleMutation);
  const rooms = [...places.rooms.values()];
  const isMeter = (code?: string) => templates.data?.maintenanceTemplates.find((x) => x.code === code)?.basis === 'METER';
  const withCampus = new Set(rooms.map((r) => r.campus?.name)).size > 1;
  return (
    <ActionModal<NewScheduleValues>
      open
      title={t('新建维护计划', 'New maintenance schedule')}
      initialValues={{ templateCode: undefined, title: '', placeKind: 'building', startsOn: today, leadDays: null }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        create({
          variables: {
            input: {
              schoolId,
              templateCode: v.templateCode ?? null,
              title: v.title?.trim() || null,
              buildingId: v.placeKind === 'building' ? (v.buildingId ?? null) : null,
              roomId: v.placeKind === 'room' ? (v.roomId ?? null) : null,
              startsOn: v.startsOn,
              leadDays: v.leadDays ?? null,
              meterReading: isMeter(v.templateCode) ? (normaliseDecimal(v.meterReading) ?? (v.meterReading?.trim() || null)) : null,
            },
          },
        })
      }
    >
      <Form.Item
        name="templateCode"
        label={t('法定维保模板', 'Statutory template')}
        rules={[{ required: true, message: t('请选择模板', 'Choose a template') }]}
      >
        <Select
          loading={templates.loading}
          options={(templates.data?.maintenanceTemplates ?? []).map((tpl) => ({
            value: tpl.code,
            label: `${labelOf(MAINTENANCE_TEMPLATE, tpl.code, t)} · ${scheduleRuleText(tpl, t)}`,
          }))}
          data-testid="schedule-template"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['templateCode']}>
        {({ getFieldValue }) => {
          const tpl = templates.data?.maintenanceTemplates.find((x) => x.code === getFieldValue('templateCode'));
          return tpl ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
              {tpl.title} · {templateSummary(tpl, t)}
            </Typography.Paragraph>
          ) : null;
        }}
      </Form.Item>
      <Form.Item name="title" label={t('名称（默认为模板名称）', 'Title (the template’s when empty)')}>
        <Input
          maxLength={200}
          placeholder={t('如：教学楼1号电梯维护保养', 'e.g. lift no. 1 of the teaching block')}
          data-testid="schedule-title"
        />
      </Form.Item>
      <Form.Item name="placeKind" label={t('维保对象', 'What is serviced')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'building', label: t('楼宇', 'A building') },
            { value: 'room', label: t('房间', 'A room') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['placeKind']}>
        {({ getFieldValue }) =>
          getFieldValue('placeKind') === 'room' ? (
            <Form.Item name="roomId" label={t('房间', 'Room')} rules={[{ required: true, message: t('请选择房间', 'Choose the room') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={rooms.map((r) => ({ value: r.id, label: roomOptionText(r, withCampus) }))}
                data-testid="schedule-room"
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="buildingId"
              label={t('楼宇', 'Building')}
              rules={[{ required: true, message: t('请选择楼宇', 'Choose the building') }]}
            >
              <Select options={[...places.buildings].map(([id, name]) => ({ value: id, label: name }))} data-testid="schedule-building" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="startsOn"
          label={t('首次维保日', 'First due day')}
          rules={[{ required: true, message: t('请选择日期', 'Choose a day') }]}
        >
          <Input type="date" data-testid="schedule-starts-on" />
        </Form.Item>
        <Form.Item name="leadDays" label={t('提前派单天数（默认按模板）', 'Days ahead (the template’s when empty)')}>
          <InputNumber min={0} max={60} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item noStyle dependencies={['templateCode']}>
        {({ getFieldValue }) => {
          const tpl = templates.data?.maintenanceTemplates.find((x) => x.code === getFieldValue('templateCode'));
          return tpl?.basis === 'METER' ? (
            <Form.Item
              name="meterReading"
              label={t(
                `当前读数（${tpl.meterUnit}）：首次维保在此基础上计`,
                `The meter now (${tpl.meterUnit}): the first service counts from it`,
              )}
              rules={[{ required: true, message: t('请输入当前读数', 'Enter the reading now') }]}
            >
              <Input
                inputMode="decimal"
                suffix={tpl.meterUnit}
                autoComplete="off"
                style={{ maxWidth: 240 }}
                data-testid="schedule-meter-reading"
              />
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
    </ActionModal>
  );
}

/** The PM calendar (维保日历): a month's due days in order, each with its work order and where it stands. */
function CalendarCard({
  schoolId,
  month,
  setMonth,
  places,
  today,
}: {
  schoolId: string;
  month: string;
  setMonth(month: string): void;
  places: Places;
  today: string;
}) {
  const t = useT();
  const { from, to } = monthDays(month);
  const { data, previousData, loading, error, fetchMore } = useQuery(FacilitiesMaintenanceCalendarQuery, {
    variables: { schoolId, from, to, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const schedules = useQuery(FacilitiesMaintenanceSchedulesQuery, { variables: { schoolId, first: 100 } });
  const byId = useMemo(() => new Map((schedules.data?.maintenanceSchedules.nodes ?? []).map((s) => [s.id, s])), [schedules.data]);
  const calendar = (data ?? previousData)?.maintenanceCalendar;
  const rows = useMemo(() => [...(calendar?.nodes ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn)), [calendar]);
  const [year, m] = month.split('-');

  return (
    <Card
      title={t('维保日历', 'PM calendar')}
      extra={
        <Space>
          <Button onClick={() => setMonth(shiftMonth(month, -1))} data-testid="calendar-previous">
            ‹
          </Button>
          <Typography.Text strong data-testid="calendar-month">
            {t(`${year} 年 ${Number(m)} 月`, month)}
          </Typography.Text>
          <Button onClick={() => setMonth(shiftMonth(month, 1))} data-testid="calendar-next">
            ›
          </Button>
          {month !== today.slice(0, 7) && (
            <Button type="link" onClick={() => setMonth(today.slice(0, 7))}>
              {t('本月', 'This month')}
            </Button>
          )}
        </Space>
      }
    >
      {error && !calendar ? (
        <GraphErrorResult error={error} />
      ) : (
        <>
          <Table
            data-testid="calendar-table"
            rowKey="id"
            size="middle"
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={rows}
            locale={{ emptyText: t('本月没有维保日', 'Nothing due this month') }}
            onRow={(o) =>
              ({
                'data-testid': 'calendar-row',
                'data-due-on': o.dueOn,
                'data-schedule-id': o.scheduleId,
                'data-state': occurrenceState(o, today),
                'data-overdue': String(!!o.workOrder?.overdue),
              }) as React.HTMLAttributes<HTMLElement>
            }
            columns={[
              {
                title: t('维保日', 'Due'),
                key: 'dueOn',
                render: (_, o) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{o.dueOn}</Typography.Text>
                    {o.dueReading && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="calendar-due-reading">
                        {t(
                          `读数 ${o.dueReading} ${byId.get(o.scheduleId)?.meterUnit ?? ''}`,
                          `at ${o.dueReading} ${byId.get(o.scheduleId)?.meterUnit ?? ''}`,
                        )}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: t('计划', 'Schedule'),
                key: 'schedule',
                render: (_, o) => {
                  const s = byId.get(o.scheduleId);
                  return s ? (
                    <Space orientation="vertical" size={0}>
                      <span>{s.title}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {placeText(s, places, t)}
                      </Typography.Text>
                    </Space>
                  ) : (
                    '…'
                  );
                },
              },
              {
                title: t('维修工单', 'Work order'),
                key: 'workOrder',
                render: (_, o) =>
                  o.workOrder ? (
                    <Space wrap size={4}>
                      <Link to={`/facilities/work-orders/${o.workOrder.id}`} data-testid="calendar-work-order">
                        {t('查看', 'Open')}
                      </Link>
                      <Tag color={WORK_ORDER_STATUS_COLOR[o.workOrder.status]} data-status={o.workOrder.status}>
                        {labelOf(WORK_ORDER_STATUS, o.workOrder.status, t)}
                      </Tag>
                      {o.workOrder.assignees.length > 0 && (
                        <Typography.Text type="secondary">{o.workOrder.assignees.map((a) => a.name).join(t('、', ', '))}</Typography.Text>
                      )}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('无权查看', 'Not yours to read')}</Typography.Text>
                  ),
              },
              {
                title: t('完成情况', 'Done'),
                key: 'state',
                render: (_, o) => {
                  const state = occurrenceState(o, today);
                  return (
                    <Space size={4}>
                      <Tag color={OCCURRENCE_STATE_COLOR[state]} data-testid="calendar-state">
                        {labelOf(OCCURRENCE_STATE, state, t)}
                      </Tag>
                      {o.completedOn && <Typography.Text type="secondary">{o.completedOn}</Typography.Text>}
                    </Space>
                  );
                },
              },
            ]}
          />
          {calendar?.pageInfo.hasNextPage && (
            <Button
              style={{ marginTop: 12 }}
              onClick={() =>
                void fetchMore({
                  variables: { after: calendar.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    maintenanceCalendar: {
                      ...fetchMoreResult.maintenanceCalendar,
                      nodes: [...previous.maintenanceCalendar.nodes, ...fetchMoreResult.maintenanceCalendar.nodes],
                    },
                  }),
                })
              }
            >
              {t('加载更多', 'Load more')}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
