import type { ChartOption } from '../../shared/charts';
import { escapeHtml } from '../../shared/charts';
import { formatYuan } from '../../shared/money';

/**
 * Pure helpers of a meter's page: the days and months its consumption is asked for, and the
 * consumption chart (用量图) as an ECharts option. Consumption comes as exact decimal strings; a bar's
 * height is that string as a number (display only), the tooltip prints the exact string and the cost.
 */

/** YYYY-MM-DD of a date in China Standard Time (the schools' calendar). */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The day `days` before `day` (YYYY-MM-DD), by calendar. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The ranges a meter's page asks: the last 60 days (today included) by day, and the last 12 months by month. */
export function consumptionRanges(now: Date): { dayFrom: string; monthFrom: string; to: string } {
  const to = chinaDay(now);
  const [year, month] = to.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - 11, 1)).toISOString().slice(0, 10);
  return { dayFrom: addDays(to, -59), monthFrom: first, to };
}

export interface ConsumptionPeriod {
  period: string;
  consumption: string;
  complete: boolean;
  cost: { fen: number };
}

/** An anomaly's interval, to mark the days it touches on the daily chart. */
export interface AnomalySpan {
  fromAt: string;
  toAt: string;
  suspectedLeak: boolean;
}

/** The days (China Standard Time) an interval touches, from its start's day to its end's day. */
export function daysOf(span: AnomalySpan): string[] {
  const first = chinaDay(new Date(span.fromAt));
  const last = chinaDay(new Date(span.toAt));
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Each day's mark: 'leak' (suspected leak, red) over 'anomaly' (orange); days without anomalies are absent. */
export function anomalyDays(anomalies: readonly AnomalySpan[]): Map<string, 'leak' | 'anomaly'> {
  const marks = new Map<string, 'leak' | 'anomaly'>();
  for (const a of anomalies)
    for (const day of daysOf(a)) if (a.suspectedLeak || !marks.has(day)) marks.set(day, a.suspectedLeak ? 'leak' : 'anomaly');
  return marks;
}

export const LEAK_COLOR = '#f5222d';
export const ANOMALY_COLOR = '#fa8c16';
const PARTIAL_COLOR = '#bfbfbf';

export interface ConsumptionDatum {
  value: number;
  consumption: string;
  fen: number;
  complete: boolean;
  mark?: 'leak' | 'anomaly';
  itemStyle?: { color: string };
}

export interface ConsumptionChartSpec {
  periods: readonly ConsumptionPeriod[];
  unit: string;
  color: string;
  /** Days with anomalies (daily chart only). */
  marks?: Map<string, 'leak' | 'anomaly'>;
  t(zh: string, en: string): string;
}

/** The bars: the consumption per period, red on a suspected leak's days, orange on other anomalies, grey when partial. */
export function consumptionData(spec: ConsumptionChartSpec): ConsumptionDatum[] {
  return spec.periods.map((p) => {
    const mark = spec.marks?.get(p.period);
    const color = mark === 'leak' ? LEAK_COLOR : mark === 'anomaly' ? ANOMALY_COLOR : p.complete ? undefined : PARTIAL_COLOR;
    return {
      value: Number(p.consumption),
      consumption: p.consumption,
      fen: p.cost.fen,
      complete: p.complete,
      ...(mark ? { mark } : {}),
      ...(color ? { itemStyle: { color } } : {}),
    };
  });
}

/** The tooltip of a bar: the period, its exact consumption with the unit and its cost, and what is marked. */
export function consumptionTooltip(param: { name?: string; data?: ConsumptionDatum }, unit: string, t: ConsumptionChartSpec['t']): string {
  const d = param.data;
  if (!d) return escapeHtml(param.name ?? '');
  const lines = [escapeHtml(param.name ?? ''), `<b>${escapeHtml(d.consumption)} ${escapeHtml(unit)}</b> · ${formatYuan(d.fen)}`];
  if (!d.complete) lines.push(t('读数未覆盖全时段（部分数）', 'Partial: readings do not cover the whole period'));
  if (d.mark === 'leak') lines.push(`<span style="color:${LEAK_COLOR}">${t('疑似漏水', 'Suspected leak')}</span>`);
  else if (d.mark === 'anomaly') lines.push(`<span style="color:${ANOMALY_COLOR}">${t('用量异常', 'Anomaly')}</span>`);
  return lines.join('<br/>');
}

/** The consumption chart of a meter: one bar per day or month, in its unit. */
export function consumptionChartOption(spec: ConsumptionChartSpec): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: ((p: never) => consumptionTooltip(p, spec.unit, spec.t)) as never },
    xAxis: { type: 'category', data: spec.periods.map((p) => p.period), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: spec.unit },
    series: [
      {
        type: 'bar',
        name: spec.t('用量', 'Consumption'),
        color: spec.color,
        barMaxWidth: 24,
        data: consumptionData(spec) as never,
      },
    ],
  };
}

/** The minute of an instant in China Standard Time, as a datetime-local field holds it: "2026-12-02T07:30". */
export function chinaLocalMinute(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** "2026-12-02T07:30" typed in the schools' time (China Standard Time) as an instant. */
export function chinaLocalToInstant(local: string): string {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`).toISOString();
}
