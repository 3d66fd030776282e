import type { ChartOption } from '../../shared/charts';
import type { Measure } from '../measures';
import type { SafetyRow } from './query';

/**
 * The district safety dashboard's measures (区级安全看板): a few columns each, grouped under a title; the
 * table and the Excel sheet are drawn from them. Rates are tenths of a percent.
 */
export const SAFETY_MEASURES: Measure<SafetyRow>[] = [
  {
    key: 'hazards',
    title: { zh: '安全隐患', en: 'Hazards' },
    columns: [
      { key: 'hazardsOpen', title: { zh: '未销号', en: 'Open' }, kind: 'integer', value: (r) => r.hazardsOpen },
      { key: 'hazardsMajor', title: { zh: '重大隐患', en: 'Major' }, kind: 'integer', value: (r) => r.hazardsMajor },
      { key: 'hazardsOverdue', title: { zh: '超期未整改', en: 'Overdue' }, kind: 'integer', value: (r) => r.hazardsOverdue },
      { key: 'hazardsOverMonth', title: { zh: '超过30天', en: 'Older than 30 days' }, kind: 'integer', value: (r) => r.hazardsOverMonth },
      { key: 'hazardsReported', title: { zh: '本月发现', en: 'Found this month' }, kind: 'integer', value: (r) => r.hazardsReported },
      { key: 'hazardsRectified', title: { zh: '本月整改', en: 'Rectified this month' }, kind: 'integer', value: (r) => r.hazardsRectified },
      {
        key: 'meanHoursToRectify',
        title: { zh: '平均整改用时（小时）', en: 'Mean hours to rectify' },
        kind: 'integer',
        value: (r) => r.meanHoursToRectify,
      },
    ],
  },
  {
    key: 'inspections',
    title: { zh: '检查与巡查', en: 'Inspections and patrols' },
    columns: [
      { key: 'roundsDue', title: { zh: '应检查', en: 'Rounds due' }, kind: 'integer', value: (r) => r.roundsDue },
      { key: 'inspectionRate', title: { zh: '检查完成率', en: 'Inspections done' }, kind: 'percent', value: (r) => r.inspectionRate },
      { key: 'roundsLate', title: { zh: '逾期完成', en: 'Done late' }, kind: 'integer', value: (r) => r.roundsLate },
      { key: 'patrolRate', title: { zh: '巡查完成率', en: 'Patrols done' }, kind: 'percent', value: (r) => r.patrolRate },
    ],
  },
  {
    key: 'equipment',
    title: { zh: '消防器材（今日）', en: 'Equipment (today)' },
    columns: [
      { key: 'equipmentRate', title: { zh: '完好率', en: 'In order' }, kind: 'percent', value: (r) => r.equipmentRate },
      { key: 'equipmentExpired', title: { zh: '过期/报废', en: 'Expired' }, kind: 'integer', value: (r) => r.equipmentExpired },
    ],
  },
  {
    key: 'training',
    title: { zh: '培训（今日）', en: 'Training (today)' },
    columns: [
      { key: 'trainingRate', title: { zh: '合规率', en: 'Compliant' }, kind: 'percent', value: (r) => r.trainingRate },
      { key: 'trainingExpired', title: { zh: '已过期', en: 'Expired' }, kind: 'integer', value: (r) => r.trainingExpired },
      { key: 'trainingMissing', title: { zh: '未培训', en: 'Missing' }, kind: 'integer', value: (r) => r.trainingMissing },
    ],
  },
  {
    key: 'incidents',
    title: { zh: '事故与演练', en: 'Incidents and drills' },
    columns: [
      { key: 'incidents', title: { zh: '事故', en: 'Incidents' }, kind: 'integer', value: (r) => r.incidents },
      { key: 'seriousIncidents', title: { zh: '较大及以上', en: 'Serious' }, kind: 'integer', value: (r) => r.seriousIncidents },
      {
        key: 'incidentsReportedLate',
        title: { zh: '逾期上报', en: 'Reported late' },
        kind: 'integer',
        value: (r) => r.incidentsReportedLate,
      },
      {
        key: 'drillGapMonths',
        title: { zh: '演练缺口（月）', en: 'Months without a drill' },
        kind: 'integer',
        value: (r) => r.drillGapMonths,
      },
    ],
  },
];

/** Open hazards per school by kind (major / overdue / the rest), the worst first: a bar opens the school's safety month. */
export function hazardChartOption(rows: readonly SafetyRow[], t: (zh: string, en: string) => string, labelWidth = 160): ChartOption {
  // A horizontal chart draws its first category at the bottom: the most open hazards last, so on top.
  const sorted = [...rows].sort((a, b) => a.hazardsOpen - b.hazardsOpen || b.name.localeCompare(a.name));
  const series = [
    { name: t('重大隐患', 'Major'), color: '#cf1322', value: (r: SafetyRow) => r.hazardsMajor },
    {
      name: t('超期（非重大）', 'Overdue (not major)'),
      color: '#fa8c16',
      value: (r: SafetyRow) => Math.max(0, r.hazardsOverdue - r.hazardsMajor),
    },
    {
      name: t('其他未销号', 'Other open'),
      color: '#1677ff',
      value: (r: SafetyRow) => Math.max(0, r.hazardsOpen - r.hazardsMajor - Math.max(0, r.hazardsOverdue - r.hazardsMajor)),
    },
  ];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: labelWidth, right: 24, top: 32, bottom: 16 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisLabel: { width: labelWidth - 12, overflow: 'truncate' } },
    series: series.map((s) => ({
      type: 'bar',
      stack: 'open',
      name: s.name,
      itemStyle: { color: s.color },
      data: sorted.map((r) => ({ value: s.value(r), id: r.schoolId })),
    })),
  } as ChartOption;
}
