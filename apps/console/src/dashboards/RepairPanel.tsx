import { useApolloClient, useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../app/language';
import { WORK_ORDER_STATUS, WORK_ORDER_STATUS_COLOR } from '../facilities/repairs/labels';
import { durationText } from '../facilities/repairs/repairs';
import { labelOf } from '../shared/labels';
import { collectAllPages } from '../shared/paging';
import { Figure } from './columns';
import { REPAIR_COLUMNS } from './measures/repairs';
import { monthRange, type DashboardPeriod } from './period';
import {
  DistrictRepairSummaryDocument,
  repairFiguresBySchool,
  SchoolRepairSummaryDocument,
  statusCounts,
  toRepairFigures,
  type RepairFigures,
} from './repairs';

/** The first and last day of the dashboard's month: the repair report's period (this month unless another is picked). */
export function repairPeriod(period: DashboardPeriod): { from: string; to: string } {
  const { fromDate, toDate } = monthRange(period.year, period.month);
  return { from: fromDate, to: toDate };
}

/**
 * Every active school's repair figures for the month (the district dashboard's work-order columns),
 * 100 schools a page, all pages (at most 2000 schools); an empty map while they load or when the
 * viewer may not read them (the columns then show —).
 */
export function useDistrictRepairs(period: DashboardPeriod): ReadonlyMap<string, RepairFigures> {
  const client = useApolloClient();
  const { from, to } = repairPeriod(period);
  const [state, setState] = useState<{ key: string; figures: Map<string, RepairFigures> } | null>(null);
  const key = `${from}/${to}`;
  useEffect(() => {
    let live = true;
    void collectAllPages(async (after) => {
      const result = await client.query({ query: DistrictRepairSummaryDocument, variables: { from, to, after } });
      return result.data!.schools;
    }, 2000).then(
      ({ items }) => live && setState({ key, figures: repairFiguresBySchool(items) }),
      () => live && setState({ key, figures: new Map() }),
    );
    return () => {
      live = false;
    };
  }, [client, from, to, key]);
  return useMemo(() => (state?.key === key ? state.figures : new Map<string, RepairFigures>()), [state, key]);
}

/**
 * The school dashboard's work orders (维修工单) for the month, from a query of its own: counts by
 * status, due-time compliance (按时完成率), mean time to repair and the final accounts. Nothing when the
 * viewer may not read the school's work orders.
 */
export function SchoolRepairCard({ schoolId, period }: { schoolId: string; period: DashboardPeriod }) {
  const t = useT();
  const { from, to } = repairPeriod(period);
  const { data, previousData, loading } = useQuery(SchoolRepairSummaryDocument, { variables: { schoolId, from, to } });
  const figures = toRepairFigures((data ?? previousData)?.school.repairSummary);
  if (!figures) return loading ? <Card loading title={t('维修工单', 'Work orders')} /> : null;
  const row = { repairs: figures };
  return (
    <Card
      title={t(`维修工单 · ${period.year} 年 ${period.month} 月`, `Work orders · ${period.period}`)}
      extra={
        <Link to={`/facilities/work-orders?school=${encodeURIComponent(schoolId)}&view=all`}>{t('查看工单', 'Open the work orders')}</Link>
      }
      data-testid="school-repairs"
    >
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }}>
        {REPAIR_COLUMNS.map((column) =>
          column.key === 'repairsMeanMinutes' ? (
            <Descriptions.Item key={column.key} label={t('平均维修用时', 'Mean time to repair')}>
              <span data-testid="school-repairs-mttr">{durationText(figures.meanMinutesToRepair, t)}</span>
            </Descriptions.Item>
          ) : (
            <Descriptions.Item key={column.key} label={t(column.title.zh, column.title.en)}>
              <span data-testid={`school-${column.key}`}>
                <Figure kind={column.kind} value={column.value(row)} />
              </span>
            </Descriptions.Item>
          ),
        )}
        <Descriptions.Item label={t('平均评价', 'Mean rating')}>{figures.averageRating ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Space wrap size={[4, 8]} style={{ marginTop: 12 }} data-testid="school-repairs-by-status">
        <Typography.Text type="secondary">{t('按状态：', 'By status: ')}</Typography.Text>
        {statusCounts(figures.byStatus).map(({ status, count }) => (
          <Tag key={status} color={WORK_ORDER_STATUS_COLOR[status]} data-status={status}>
            {labelOf(WORK_ORDER_STATUS, status, t)} {count}
          </Tag>
        ))}
        {!figures.reported && <Typography.Text type="secondary">{t('本月无报修', 'Nothing reported this month')}</Typography.Text>}
      </Space>
    </Card>
  );
}
