import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Empty, InputNumber, Segmented, Select, Space, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { HazardFilter, HazardLevel, HazardStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { EXPORT_LIMIT, ExportButton } from '../../shared/import/ExportButton';
import { labelOf } from '../../shared/labels';
import { collectAllPages, MAX_PAGE_SIZE, useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { ageDays, hazardFilter, hazardPlace, hazardViews, registerRows, type HazardView } from './hazards';
import { HAZARD_ACTION_BUTTON, HAZARD_LEVEL, HAZARD_LEVEL_COLOR, HAZARD_SOURCE, HAZARD_STATUS, HAZARD_STATUS_COLOR } from './labels';
import { SafetyHazardsQuery } from './operations';

const VIEW_LABEL: Record<HazardView, { zh: string; en: string }> = {
  office: { zh: '待处理', en: 'Open' },
  mine: { zh: '我负责的', en: 'Mine to fix' },
  reported: { zh: '我上报的', en: 'I reported' },
  all: { zh: '隐患台账', en: 'Register' },
};

/**
 * The hazard register (隐患台账): the safety office's open hazards, what the viewer must rectify, what they
 * reported, and the whole register (every school for the district), filtered by level, state, age and
 * overdue (超期), a page at a time, and exported to Excel as filtered.
 */
export default function HazardListPage() {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const { schoolId, setSchoolId } = useSchoolParam();
  const views = hazardViews({
    assign: access.can('assignHazard', schoolId),
    readAll: access.can('readSafety', schoolId) || access.isDistrict,
    hasStaff: !!viewer?.staffId,
  });
  const asked = params.get('view') as HazardView | null;
  const view: HazardView = asked && views.includes(asked) ? asked : views[0];
  const setView = (next: HazardView) =>
    setParams(
      (p) => {
        p.set('view', next);
        return p;
      },
      { replace: true },
    );
  const [status, setStatus] = useState<HazardStatus | undefined>();
  const [level, setLevel] = useState<HazardLevel | undefined>((params.get('level') as HazardLevel | null) ?? undefined);
  const [overdue, setOverdue] = useState(params.get('overdue') === '1');
  const [minAgeDays, setMinAgeDays] = useState<number | null>(null);
  const filter = hazardFilter(view, { schoolId, status, level, overdue, minAgeDays }, viewer?.staffId);
  const needsSchool = !schoolId && !access.isDistrict && view !== 'reported' && view !== 'mine';

  async function exportRegister() {
    const { items, truncated } = await collectAllPages(async (after) => {
      const result = await client.query({
        query: SafetyHazardsQuery,
        variables: { filter, first: MAX_PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      });
      return result.data!.hazards;
    }, EXPORT_LIMIT);
    const rows = registerRows(items, {
      level: (k) => labelOf(HAZARD_LEVEL, k, t),
      status: (k) => labelOf(HAZARD_STATUS, k, t),
      source: (k) => labelOf(HAZARD_SOURCE, k, t),
    });
    type Row = (typeof rows)[number];
    await downloadWorkbook(`${t('隐患台账', 'hazard-register')}-${new Date().toISOString().slice(0, 10)}.xlsx`, [
      sheet<Row>({
        name: t('隐患台账', 'Hazards'),
        caption: [`${t('隐患台账', 'Hazard register')}${truncated ? t('（仅前 5000 行）', ' (first 5000 rows)') : ''}`],
        columns: [
          { header: t('学校', 'School'), value: (r) => r.school, width: 24 },
          { header: t('隐患', 'Hazard'), value: (r) => r.title, width: 32 },
          { header: t('位置', 'Where'), value: (r) => r.place, width: 20 },
          { header: t('等级', 'Level'), value: (r) => r.level },
          { header: t('来源', 'Source'), value: (r) => r.source },
          { header: t('状态', 'Status'), value: (r) => r.status },
          { header: t('发现日期', 'Reported'), value: (r) => r.reportedOn, kind: 'date' },
          { header: t('时长（天）', 'Age (days)'), value: (r) => r.ageDays, kind: 'integer' },
          { header: t('整改责任人', 'Responsible'), value: (r) => r.responsible },
          { header: t('整改措施', 'Measure'), value: (r) => r.measure, width: 32 },
          { header: t('整改期限', 'Deadline'), value: (r) => r.deadline, kind: 'date' },
          { header: t('超期', 'Overdue'), value: (r) => r.overdue },
        ],
        rows,
      }),
    ]);
    return { truncated, count: items.length };
  }

  return (
    <Card
      title={t('安全隐患', 'Hazards')}
      extra={
        <Space wrap>
          <ExportButton run={exportRegister} disabled={needsSchool} />
          {access.can('reportHazard', schoolId) && (
            <Link to={`/safety/hazards/new${schoolId ? `?school=${schoolId}` : ''}`}>
              <Button type="primary" data-testid="hazard-new">
                {t('上报隐患', 'Report a hazard')}
              </Button>
            </Link>
          )}
        </Space>
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
        {views.length > 1 && (
          <Segmented<HazardView>
            value={view}
            onChange={setView}
            options={views.map((v) => ({ value: v, label: t(VIEW_LABEL[v].zh, VIEW_LABEL[v].en) }))}
            data-testid="hazard-view"
          />
        )}
        <Select<HazardStatus>
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('全部状态', 'Every status')}
          value={status}
          onChange={setStatus}
          options={Object.keys(HAZARD_STATUS).map((s) => ({ value: s as HazardStatus, label: labelOf(HAZARD_STATUS, s, t) }))}
          data-testid="hazard-status-filter"
        />
        <Select<HazardLevel>
          allowClear
          style={{ minWidth: 110 }}
          placeholder={t('全部等级', 'Every level')}
          value={level}
          onChange={setLevel}
          options={Object.keys(HAZARD_LEVEL).map((l) => ({ value: l as HazardLevel, label: labelOf(HAZARD_LEVEL, l, t) }))}
          data-testid="hazard-level-filter"
        />
        <InputNumber
          min={0}
          max={3650}
          precision={0}
          placeholder={t('超过天数', 'Older than (days)')}
          value={minAgeDays}
          onChange={(value) => setMinAgeDays(value)}
          style={{ width: 140 }}
          data-testid="hazard-age-filter"
        />
        <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="hazard-overdue-filter">
          {t('仅超期', 'Overdue only')}
        </Checkbox>
      </Space>
      {needsSchool ? <Empty description={t('请选择学校', 'Choose a school')} /> : <HazardTable filter={filter} />}
    </Card>
  );
}

/** One paged table of hazards for a filter. */
function HazardTable({ filter }: { filter: HazardFilter }) {
  const t = useT();
  const paging = useCursorPaging();
  const { reset } = paging;
  const key = JSON.stringify(filter);
  const stable = useMemo(() => JSON.parse(key) as HazardFilter, [key]);
  useEffect(() => reset(), [stable, reset]);
  const { data, previousData, loading, error } = useQuery(SafetyHazardsQuery, {
    variables: { filter: stable, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.hazards;
  if (error && !page) return <GraphErrorResult error={error} />;
  return (
    <PagedTable
      data-testid="hazard-table"
      rowKey="id"
      size="small"
      loading={loading}
      page={page}
      paging={paging}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('隐患', 'Hazard'),
          key: 'title',
          render: (_, h) => (
            <Link to={`/safety/hazards/${h.id}`} data-testid="hazard-link">
              {h.title}
            </Link>
          ),
        },
        ...(filter.schoolId
          ? []
          : [{ title: t('学校', 'School'), key: 'school', render: (_: unknown, h: (typeof page & {})['nodes'][number]) => h.school.name }]),
        { title: t('位置', 'Where'), key: 'place', render: (_, h) => hazardPlace(h) },
        {
          title: t('等级', 'Level'),
          key: 'level',
          render: (_, h) => <Tag color={HAZARD_LEVEL_COLOR[h.level]}>{labelOf(HAZARD_LEVEL, h.level, t)}</Tag>,
        },
        {
          title: t('状态', 'Status'),
          key: 'status',
          render: (_, h) => (
            <Space size={4} wrap>
              <Tag color={HAZARD_STATUS_COLOR[h.status]} data-status={h.status} data-testid="hazard-row-status">
                {labelOf(HAZARD_STATUS, h.status, t)}
              </Tag>
              {h.awaitingRepair && <Tag>{t('待维修', 'Awaiting repair')}</Tag>}
              {h.viewerActions.map((a) => (
                <Tag key={a} color="processing">
                  {labelOf(HAZARD_ACTION_BUTTON, a, t)}
                </Tag>
              ))}
            </Space>
          ),
        },
        { title: t('来源', 'Source'), key: 'source', render: (_, h) => labelOf(HAZARD_SOURCE, h.source, t) },
        { title: t('整改责任人', 'Responsible'), key: 'responsible', render: (_, h) => h.responsible?.name ?? '—' },
        {
          title: t('整改期限', 'Deadline'),
          key: 'deadline',
          render: (_, h) => (
            <Space size={4}>
              {h.deadline ?? '—'}
              {h.overdue && <Tag color="red">{t('超期', 'Overdue')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('发现时间', 'Reported'),
          key: 'reported',
          render: (_, h) => (
            <Space size={4}>
              <DateTime value={h.reportedAt} />
              <span>{t(`${ageDays(h.reportedAt)} 天`, `${ageDays(h.reportedAt)} d`)}</span>
            </Space>
          ),
        },
      ]}
    />
  );
}
