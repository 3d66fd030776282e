import { useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Grid,
  Row,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { EChart, horizontalChartHeight, type ChartItemClick } from '../../shared/charts';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { currentPeriod } from '../../shared/dates';
import { downloadWorkbook } from '../../shared/excel/workbook';
import { Figure, figureColumn } from '../columns';
import { CANTEEN_COMPLIANCE_COLUMNS } from '../measures/canteen-compliance';
import { FACILITIES_COLUMNS } from '../measures/facilities';
import { parsePeriod } from '../period';
import { PeriodPicker, useDashboardPeriod } from '../PeriodPicker';
import { SchoolRepairCard } from '../RepairPanel';
import { schoolBudgetColumns, totalLine } from './budget-columns';
import { monthsWithFigures, schoolBudgetOption, schoolTrendOption } from './charts';
import { schoolFileName, schoolWorkbook } from './export';
import type { FigureSource } from './journal';
import { JournalDrawer } from './JournalDrawer';
import { DashboardSchoolsDocument, SchoolDashboardDocument, statementAddsUp, statementLines, toSchoolView, type BudgetLine } from './query';

/**
 * School dashboard (学校看板): one school's budget by category with its months, the balances and
 * the month's canteen statement (printable for posting, 公示), from ONE query; the month's work orders
 * (维修工单) from a second one of their own (SchoolRepairCard: repairSummary is non-null, so a refused
 * or failed repair report there would blank this whole page). Every figure opens the journal entries
 * it is made of. `dashboards/school` shows the viewer's own school.
 */
export default function SchoolDashboardPage() {
  const t = useT();
  const access = useAccess();
  const navigate = useNavigate();
  const params = useParams();
  const [period, setPeriod] = useDashboardPeriod();
  const schoolId = params.schoolId ?? access.schoolIds[0] ?? null;
  const choose = access.isDistrict || access.schoolIds.length > 1;
  const picker = choose ? (
    <SchoolPicker
      value={schoolId}
      onChange={(id) => void navigate(`/dashboards/school/${encodeURIComponent(id)}?period=${period.period}`)}
    />
  ) : null;

  if (!schoolId)
    return (
      <Card title={t('学校看板', 'School dashboard')} extra={picker}>
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );
  return <SchoolDashboard key={schoolId} schoolId={schoolId} period={period} setPeriod={setPeriod} picker={picker} />;
}

function SchoolPicker({ value, onChange }: { value: string | null; onChange(id: string): void }) {
  const t = useT();
  const { data, loading } = useQuery(DashboardSchoolsDocument);
  return (
    <Select
      data-testid="school-picker"
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      style={{ minWidth: 240 }}
      placeholder={t('选择学校', 'Choose a school')}
      value={value ?? undefined}
      onChange={onChange}
      options={data?.schools.nodes.map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}

function SchoolDashboard({
  schoolId,
  period,
  setPeriod,
  picker,
}: {
  schoolId: string;
  period: ReturnType<typeof parsePeriod>;
  setPeriod(period: string): void;
  picker: ReactNode;
}) {
  const t = useT();
  const { language } = useLanguage();
  const zone = useSchoolZone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const labelWidth = Grid.useBreakpoint().md === false ? 96 : undefined;
  const [trendType, setTrendType] = useState<'bar' | 'line'>('bar');
  const [source, setSource] = useState<(FigureSource & { title: string }) | null>(null);
  const [exporting, setExporting] = useState(false);
  const { data, previousData, loading, error } = useQuery(SchoolDashboardDocument, {
    variables: { schoolId, year: period.year, period: period.period },
  });
  const school = (data ?? previousData)?.school;
  const view = useMemo(() => (school ? toSchoolView(school) : null), [school]);
  const lines = useMemo(() => view?.lines ?? [], [view]);
  const now = parsePeriod(currentPeriod(zone));
  const throughMonth = monthsWithFigures(period.year, now.year, now.month);
  const budgetOption = useMemo(() => schoolBudgetOption(lines, language, t, labelWidth), [lines, language, labelWidth]); // eslint-disable-line react-hooks/exhaustive-deps
  const trendOption = useMemo(
    () => schoolTrendOption(lines, { language, type: trendType, throughMonth }),
    [lines, language, trendType, throughMonth],
  );
  const columns = schoolBudgetColumns(period.month);

  const categoryName = useCallback(
    (id: string | null) => lines.find((l) => l.categoryId === id)?.name ?? t('全部科目', 'All categories'),
    [lines, t],
  );
  const showEntries = useCallback(
    (categoryId: string | null, month: number | null, fund?: 'CANTEEN') => {
      const when =
        month === null
          ? t(`${period.year} 年`, `${period.year}`)
          : t(`${period.year} 年 ${month} 月`, `${period.year}-${String(month).padStart(2, '0')}`);
      const what = fund ? t('食堂账户', 'Canteen account') : categoryName(categoryId);
      setSource({ schoolId, year: period.year, month, categoryId, fund, title: `${t('明细', 'Entries')} · ${what} · ${when}` });
    },
    [schoolId, period.year, categoryName, t],
  );
  const onBudgetClick = useCallback((item: ChartItemClick) => item.id && showEntries(item.id, null), [showEntries]);
  const onTrendClick = useCallback(
    (item: ChartItemClick) => item.seriesKey && showEntries(item.seriesKey, item.dataIndex + 1),
    [showEntries],
  );

  if (error && !school) return <GraphErrorResult error={error} />;

  async function exportExcel() {
    if (!view) return;
    setExporting(true);
    try {
      await downloadWorkbook(schoolFileName(view.name, period.period, t), schoolWorkbook(view, columns, period, language, t));
    } catch (e) {
      void message.error(t('导出失败：', 'Export failed: ') + String(e));
    } finally {
      setExporting(false);
    }
  }

  const tableColumns: TableColumnsType<BudgetLine> = [
    {
      key: 'category',
      title: t('预算科目', 'Category'),
      fixed: 'left',
      render: (_, line) => (
        <Typography.Link data-testid={`category-${line.code}`} onClick={() => showEntries(line.categoryId, null)}>
          {line.name}
        </Typography.Link>
      ),
    },
    ...columns.map((column) => {
      const base = figureColumn(column, t);
      if (column.key !== 'month' && column.key !== 'spent') return base;
      // The spent figures open their entries: the year's, or the month's.
      const month = column.key === 'month' ? period.month : null;
      return {
        ...base,
        render: (_: unknown, line: BudgetLine) => (
          <Typography.Link onClick={() => showEntries(line.categoryId, month)}>
            <Figure kind="money" value={column.value(line)} />
          </Typography.Link>
        ),
      };
    }),
  ];
  const total = totalLine(lines);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={view ? `${t('学校看板', 'School dashboard')} · ${view.name}` : t('学校看板', 'School dashboard')}
        loading={loading && !view}
        extra={
          <Space wrap>
            {picker}
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button data-testid="export-school" onClick={() => void exportExcel()} loading={exporting} disabled={!view}>
              {t('导出 Excel', 'Download Excel')}
            </Button>
          </Space>
        }
      >
        {view && (
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t('在校生', 'Students')}>{view.studentCount.toLocaleString('zh-CN')}</Descriptions.Item>
            <Descriptions.Item label={t(`${period.year} 年生均支出`, `Spent per student ${period.year}`)}>
              <Figure kind="money" value={view.spentPerStudent} />
            </Descriptions.Item>
            <Descriptions.Item label={t('学校账户余额', 'School account')}>
              <Figure kind="money" value={view.schoolBalance} />
            </Descriptions.Item>
            <Descriptions.Item label={t('食堂账户余额', 'Canteen account')}>
              <Figure kind="money" value={view.canteenBalance} />
            </Descriptions.Item>
          </Descriptions>
        )}
        {view && view.lines === null && (
          <Alert
            type="info"
            title={t(
              '您无权查看本校账簿，仅显示食堂账目公示。',
              'You do not read this school’s books; only the canteen statement is shown.',
            )}
          />
        )}
      </Card>
      {view?.lines && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t(`${period.year} 年预算执行（按科目）`, `Budget execution ${period.year} by category`)}>
                <EChart
                  option={budgetOption}
                  height={horizontalChartHeight(budgetOption)}
                  testId="chart-budget"
                  label={t('预算执行', 'Budget execution')}
                  onItemClick={onBudgetClick}
                />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card
                title={t('月度支出趋势', 'Spending by month')}
                extra={
                  <Segmented
                    size="small"
                    value={trendType}
                    onChange={(value) => setTrendType(value as 'bar' | 'line')}
                    options={[
                      { value: 'bar', label: t('柱状', 'Bars') },
                      { value: 'line', label: t('折线', 'Lines') },
                    ]}
                  />
                }
              >
                <EChart
                  option={trendOption}
                  height={horizontalChartHeight(budgetOption)}
                  testId="chart-trend"
                  label={t('月度支出趋势', 'Spending by month')}
                  onItemClick={onTrendClick}
                />
              </Card>
            </Col>
          </Row>
          <Card
            title={t('预算执行明细', 'Budget lines')}
            extra={
              <Typography.Text type="secondary">
                {t('点击科目或金额查看凭证', 'Click a category or an amount for its entries')}
              </Typography.Text>
            }
          >
            <Table<BudgetLine>
              data-testid="table-school"
              rowKey="categoryId"
              columns={tableColumns}
              dataSource={lines}
              pagination={false}
              size="middle"
              bordered
              scroll={{ x: 'max-content' }}
              summary={() =>
                lines.length ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('合计', 'Total')}</Typography.Text>
                    </Table.Summary.Cell>
                    {columns.map((column, index) => (
                      <Table.Summary.Cell key={column.key} index={index + 1} align="right">
                        <Typography.Text strong>
                          <Figure kind={column.kind} value={column.value(total)} />
                        </Typography.Text>
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                ) : null
              }
            />
          </Card>
        </>
      )}
      {view && (
        <Card
          title={t(`食堂账目公示 · ${period.year} 年 ${period.month} 月`, `Canteen statement · ${period.period}`)}
          extra={
            <Space>
              <Button size="small" onClick={() => showEntries(null, period.month, 'CANTEEN')} disabled={view.lines === null}>
                {t('本月凭证', 'Entries')}
              </Button>
              <Button
                size="small"
                type="primary"
                data-testid="print-canteen"
                disabled={!view.statement}
                onClick={() => void navigate(`/dashboards/school/${encodeURIComponent(view.id)}/canteen-statement?period=${period.period}`)}
              >
                {t('打印公示', 'Print for posting')}
              </Button>
            </Space>
          }
        >
          {view.statement ? (
            <>
              <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 3 }} data-testid="canteen-statement">
                {statementLines(view.statement).map((line) => (
                  <Descriptions.Item key={line.key} label={t(line.title.zh, line.title.en)}>
                    <Figure kind="money" value={line.fen} />
                  </Descriptions.Item>
                ))}
              </Descriptions>
              {!statementAddsUp(view.statement) && (
                <Alert
                  style={{ marginTop: 12 }}
                  type="warning"
                  title={t(
                    '期初余额加收入减支出不等于期末余额（含内部转账等）。',
                    'Opening plus income less expenses differs from the closing balance (transfers and the like).',
                  )}
                />
              )}
            </>
          ) : (
            <Empty description={t('无可查看的食堂账目', 'No canteen statement to show')} />
          )}
        </Card>
      )}
      {view?.canteenCompliance && (
        <Card title={t(`食堂监管 · ${period.year} 年 ${period.month} 月`, `Canteen compliance · ${period.period}`)}>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} data-testid="canteen-compliance">
            {CANTEEN_COMPLIANCE_COLUMNS.map((column) => (
              <Descriptions.Item key={column.key} label={t(column.title.zh, column.title.en)}>
                <Figure kind={column.kind} value={column.value(view)} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      {view && FACILITIES_COLUMNS.some((column) => column.value(view) !== null) && (
        <Card title={t(`后勤资产 · ${period.year} 年 ${period.month} 月`, `Facilities · ${period.period}`)}>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} data-testid="school-facilities">
            {FACILITIES_COLUMNS.map((column) => (
              <Descriptions.Item key={column.key} label={t(column.title.zh, column.title.en)}>
                <Figure kind={column.kind} value={column.value(view)} />
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      )}
      <SchoolRepairCard schoolId={schoolId} period={period} />
      <JournalDrawer source={source} title={source?.title ?? ''} onClose={() => setSource(null)} />
    </Space>
  );
}
