import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Grid, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/language';
import { EChart, horizontalChartHeight, type ChartItemClick } from '../../shared/charts';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { withRestOf } from '../../shared/paging';
import { downloadWorkbook, sheet } from '../../shared/excel/workbook';
import { measureColumns } from '../columns';
import { exportFileName, sheetColumn } from '../export';
import { monthRange } from '../period';
import { PeriodPicker, useDashboardPeriod } from '../PeriodPicker';
import { hazardChartOption, SAFETY_MEASURES } from './measures';
import { SafetyDashboardDocument, toSafetyRows, type SafetyRow } from './query';

/** A school's safety month on one page (安全月报). */
export function safetyMonthPath(schoolId: string, period: string): string {
  return `/safety/month?school=${encodeURIComponent(schoolId)}&period=${period}`;
}

/**
 * District safety dashboard (区级安全看板): every school's safety month side by side from ONE query —
 * hazards open by kind and age, inspection and patrol completion, equipment and training compliance,
 * incidents and drill gaps — with a chart of open hazards, an Excel download of every school, and a
 * school (its name or a bar) opening its safety month.
 */
export default function SafetyDashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [period, setPeriod] = useDashboardPeriod();
  const labelWidth = Grid.useBreakpoint().md === false ? 96 : 160;
  const { fromDate: from, toDate: to } = monthRange(period.year, period.month);
  const [exporting, setExporting] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, fetchMore } = useQuery(SafetyDashboardDocument, { variables: { from, to } });
  const connection = (data ?? previousData)?.schools;
  const rows = useMemo(() => toSafetyRows(connection?.nodes ?? []), [connection]);
  const open = useCallback((schoolId: string) => void navigate(safetyMonthPath(schoolId, period.period)), [navigate, period.period]);
  const onBarClick = useCallback((item: ChartItemClick) => item.id && open(item.id), [open]);
  const chart = useMemo(() => hazardChartOption(rows, t, labelWidth), [rows, labelWidth, t]);

  /** Every school, the pages after the first fetched in turn; the table grows as they come. */
  async function loadRest(): Promise<SafetyRow[]> {
    setLoadingMore(true);
    try {
      const nodes = await withRestOf(connection, async (after) => {
        const more = await fetchMore({
          variables: { after },
          updateQuery: (previous, { fetchMoreResult }) => ({
            schools: { ...fetchMoreResult.schools, nodes: [...previous.schools.nodes, ...fetchMoreResult.schools.nodes] },
          }),
        });
        return more.data?.schools;
      });
      return toSafetyRows(nodes);
    } finally {
      setLoadingMore(false);
    }
  }

  async function exportExcel() {
    setExporting(true);
    try {
      const all = connection?.pageInfo.hasNextPage ? await loadRest() : rows;
      const title = t('区级安全看板', 'District safety dashboard');
      await downloadWorkbook(exportFileName(t('区级安全看板', 'District-safety'), period.period), [
        sheet<SafetyRow>({
          name: t('学校对比', 'Schools'),
          caption: [`${title} ${period.period}`],
          rows: all,
          columns: [
            { header: t('学校', 'School'), value: (r) => r.name, width: 36 },
            ...SAFETY_MEASURES.flatMap((m) => m.columns.map((c) => sheetColumn(c, t))),
          ],
        }),
      ]);
    } catch (e) {
      void message.error(t('导出失败：', 'Export failed: ') + String(e));
    } finally {
      setExporting(false);
    }
  }

  if (error && !connection) return <GraphErrorResult error={error} />;

  const columns: TableColumnsType<SafetyRow> = [
    {
      key: 'school',
      title: t('学校', 'School'),
      fixed: 'left',
      render: (_, row) => (
        <Link
          to={safetyMonthPath(row.schoolId, period.period)}
          data-testid={`open-safety-${row.schoolId}`}
          onClick={(e) => e.stopPropagation()}
        >
          {row.name}
        </Link>
      ),
    },
    ...measureColumns(SAFETY_MEASURES, t),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('区级安全看板', 'District safety dashboard')}
        extra={
          <Space wrap>
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button data-testid="export-safety" onClick={() => void exportExcel()} loading={exporting} disabled={!rows.length}>
              {t('导出 Excel', 'Download Excel')}
            </Button>
          </Space>
        }
      >
        <Typography.Text type="secondary">
          {t(
            `隐患、器材与培训为今日状态；发现、整改、检查、巡查、事故与演练为 ${period.period} 月。点击学校查看其安全月报。`,
            `Hazards, equipment and training as they stand today; found, rectified, inspections, patrols, incidents and drills in ${period.period}. Click a school for its safety month.`,
          )}
        </Typography.Text>
        {connection?.pageInfo.hasNextPage && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            title={t(`已显示前 ${rows.length} 所学校`, `The first ${rows.length} schools are shown`)}
            action={
              <Button size="small" loading={loadingMore} onClick={() => void loadRest()}>
                {t('加载全部', 'Load all')}
              </Button>
            }
          />
        )}
      </Card>
      <Card title={t('未销号隐患', 'Open hazards')} loading={loading && !connection}>
        <EChart
          option={chart}
          height={horizontalChartHeight(chart)}
          testId="chart-safety-hazards"
          label={t('未销号隐患', 'Open hazards')}
          onItemClick={onBarClick}
        />
      </Card>
      <Card title={t('学校对比', 'Schools side by side')}>
        <Table<SafetyRow>
          data-testid="table-safety"
          rowKey="schoolId"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          size="middle"
          bordered
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => open(row.schoolId), style: { cursor: 'pointer' } })}
        />
      </Card>
    </Space>
  );
}
