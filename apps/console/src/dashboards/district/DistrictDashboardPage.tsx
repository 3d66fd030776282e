import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Grid, Row, Select, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { EChart, horizontalChartHeight, type ChartItemClick } from '../../shared/charts';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { withRestOf } from '../../shared/paging';
import { downloadWorkbook } from '../../shared/excel/workbook';
import { Figure, measureColumns } from '../columns';
import { executionTenths } from '../figures';
import { DISTRICT_MEASURES } from '../measures';
import { PeriodPicker, useDashboardPeriod } from '../PeriodPicker';
import { useDistrictRepairs } from '../RepairPanel';
import { withRepairs } from '../repairs';
import { districtFileName, districtWorkbook } from './export';
import { DistrictDashboardDocument, districtCategories, toDistrictRows, type DistrictRow } from './query';

export function schoolDashboardPath(schoolId: string, period: string): string {
  return `/dashboards/school/${encodeURIComponent(schoolId)}?period=${period}`;
}

/**
 * District dashboard (区级看板): every school side by side for a month of a fiscal year, from ONE
 * query, and the month's work orders (维修工单) per school from a second (useDistrictRepairs: in the
 * first they would pass the gateway's cost limit), merged into the same rows. The measures
 * (measures/index.ts) give the table's columns, the charts and the Excel sheet; a school (its name or
 * a bar) opens its own dashboard.
 */
export default function DistrictDashboardPage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [period, setPeriod] = useDashboardPeriod();
  const labelWidth = Grid.useBreakpoint().md === false ? 96 : undefined;
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, fetchMore } = useQuery(DistrictDashboardDocument, {
    variables: { year: period.year, period: period.period },
    notifyOnNetworkStatusChange: false,
  });
  const connection = (data ?? previousData)?.districtBudgetComparison;
  const repairs = useDistrictRepairs(period);
  const rows = useMemo(() => withRepairs(toDistrictRows(connection?.nodes ?? []), repairs), [connection, repairs]);
  const categories = useMemo(() => districtCategories(rows), [rows]);
  const open = useCallback((schoolId: string) => void navigate(schoolDashboardPath(schoolId, period.period)), [navigate, period.period]);
  const onBarClick = useCallback((item: ChartItemClick) => item.id && open(item.id), [open]);

  const charts = useMemo(
    () =>
      DISTRICT_MEASURES.flatMap((measure) =>
        measure.chart
          ? [{ measure, chart: measure.chart, option: measure.chart.option(rows, { language, t, categoryId, labelWidth }) }]
          : [],
      ),
    // t follows language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, language, categoryId, labelWidth],
  );

  /** Every school, the pages after the first fetched in turn (a district of more than 50 schools); the table grows as they come. */
  async function loadRest(): Promise<DistrictRow[]> {
    setLoadingMore(true);
    try {
      const nodes = await withRestOf(connection, async (after) => {
        const more = await fetchMore({
          variables: { after },
          updateQuery: (previous, { fetchMoreResult }) => ({
            districtBudgetComparison: {
              ...fetchMoreResult.districtBudgetComparison,
              nodes: [...previous.districtBudgetComparison.nodes, ...fetchMoreResult.districtBudgetComparison.nodes],
            },
          }),
        });
        return more.data?.districtBudgetComparison;
      });
      return withRepairs(toDistrictRows(nodes), repairs);
    } finally {
      setLoadingMore(false);
    }
  }

  async function exportExcel() {
    setExporting(true);
    try {
      // The file holds every school, not only the page shown.
      const all = connection?.pageInfo.hasNextPage ? await loadRest() : rows;
      await downloadWorkbook(districtFileName(period.period, t), districtWorkbook(all, DISTRICT_MEASURES, period.period, t));
    } catch (e) {
      void message.error(t('导出失败：', 'Export failed: ') + String(e));
    } finally {
      setExporting(false);
    }
  }

  if (error && !connection) return <GraphErrorResult error={error} />;

  const columns: TableColumnsType<DistrictRow> = [
    {
      key: 'school',
      title: t('学校', 'School'),
      fixed: 'left',
      render: (_, row) => (
        <Link
          to={schoolDashboardPath(row.schoolId, period.period)}
          data-testid={`open-school-${row.schoolId}`}
          onClick={(e) => e.stopPropagation()}
        >
          {row.name}
        </Link>
      ),
    },
    ...measureColumns(DISTRICT_MEASURES, t),
  ];

  const categoryColumns: TableColumnsType<DistrictRow> = [
    {
      key: 'school',
      title: t('学校', 'School'),
      fixed: 'left',
      render: (_, row) => <Link to={schoolDashboardPath(row.schoolId, period.period)}>{row.name}</Link>,
    },
    ...categories.map((category) => ({
      key: category.id,
      title: category.name,
      align: 'right' as const,
      render: (_: unknown, row: DistrictRow) => {
        const figures = row.byCategory.find((c) => c.categoryId === category.id);
        if (!figures) return '—';
        return (
          <Tooltip title={<Figure kind="money" value={figures.allocated} />}>
            <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
              <Figure kind="money" value={figures.spent} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Figure kind="percent" value={executionTenths(figures.spent, figures.allocated)} />
              </Typography.Text>
            </Space>
          </Tooltip>
        );
      },
    })),
  ];

  const categoryPicker = (
    <Select
      data-testid="category-picker"
      style={{ minWidth: 180 }}
      value={categoryId ?? ''}
      onChange={(value) => setCategoryId(value || null)}
      options={[{ value: '', label: t('全部科目', 'All categories') }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('区级看板', 'District dashboard')}
        extra={
          <Space wrap>
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button data-testid="export-district" onClick={() => void exportExcel()} loading={exporting} disabled={!rows.length}>
              {t('导出 Excel', 'Download Excel')}
            </Button>
          </Space>
        }
      >
        <Typography.Text type="secondary">
          {t(
            `${period.year} 年度预算执行（截至目前），食堂账目为 ${period.month} 月。点击学校查看学校看板。`,
            `Fiscal year ${period.year} to date; canteen figures for ${period.period}. Click a school to open its dashboard.`,
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
      <Row gutter={[16, 16]}>
        {charts.map(({ measure, chart, option }) => (
          <Col key={measure.key} xs={24} xl={chart.byCategory ? 24 : 12}>
            <Card
              title={t(chart.title.zh, chart.title.en)}
              extra={chart.byCategory ? categoryPicker : undefined}
              loading={loading && !connection}
            >
              <EChart
                option={option}
                height={horizontalChartHeight(option)}
                testId={chart.testId}
                label={t(chart.title.zh, chart.title.en)}
                onItemClick={onBarClick}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('学校对比', 'Schools side by side')}>
        <Table<DistrictRow>
          data-testid="table-district"
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
      <Card title={t('按科目执行（已支出 / 执行率）', 'By category (spent / execution)')}>
        <Table<DistrictRow>
          data-testid="table-district-categories"
          rowKey="schoolId"
          columns={categoryColumns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </Space>
  );
}
