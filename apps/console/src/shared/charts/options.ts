import { fenToYuan, formatYuan } from '../money';
import type { ChartOption } from './types';

/**
 * Pure adapters' building blocks: dashboard figures (integer fen) → ECharts options. Amounts are
 * kept in fen to the last step: a bar's value is the yuan number parsed from the exact decimal
 * string (fenToYuan), and the tooltip prints the fen as the ledger's yuan, so what a user reads is
 * never a floating-point sum. No ECharts import here: options are plain data (and formatter
 * functions), testable without a canvas.
 */

/** Yuan as a chart value, from fen: 123450 → 1234.5, exactly the decimal "1234.50" (no division of sums). */
export function chartYuan(fen: number): number {
  return Number(fenToYuan(fen));
}

/** One bar or point: its value in yuan, its exact fen for the tooltip, and an id for clicks. */
export interface MoneyDatum {
  value: number | null;
  fen: number | null;
  id?: string;
}

export function moneyDatum(fen: number | null | undefined, id?: string): MoneyDatum {
  if (fen === null || fen === undefined) return { value: null, fen: null, id };
  return { value: chartYuan(fen), fen, id };
}

/** A series of amounts, in the order of the axis categories. */
export interface MoneySeries {
  /** Legend name. */
  name: string;
  /** Handed back on click as seriesKey (e.g. a category id). */
  key?: string;
  /** Fen per axis category; null where there is no figure (shown as a gap, not as zero). */
  fen: (number | null)[];
  /** Series with the same stack are stacked. */
  stack?: string;
  color?: string;
}

export interface MoneyChartSpec {
  /** Axis categories (school names, category names, months). */
  categories: string[];
  /** An id per category handed back on click (school id, category id). */
  categoryIds?: string[];
  series: MoneySeries[];
  /** 'bar' (default) or 'line'. */
  type?: 'bar' | 'line';
  /** Bars along the y axis (for long school names). */
  horizontal?: boolean;
  /** Room for a category's label in pixels (names longer are cut with …); less on a phone. */
  labelWidth?: number;
  language: 'zh' | 'en';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Names come from users (school and category names): the tooltip is HTML, so they are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** An axis tick: "12万" / "1.2k" — display only, the exact figures are in the tooltip and the table. */
export function axisYuanLabel(yuan: number, language: 'zh' | 'en'): string {
  const abs = Math.abs(yuan);
  if (language === 'zh') {
    if (abs >= 100_000_000) return `${trim(yuan / 100_000_000)}亿`;
    if (abs >= 10_000) return `${trim(yuan / 10_000)}万`;
    return trim(yuan);
  }
  if (abs >= 1_000_000) return `${trim(yuan / 1_000_000)}M`;
  if (abs >= 1_000) return `${trim(yuan / 1_000)}k`;
  return trim(yuan);
}

function trim(n: number): string {
  return String(Math.round(n * 100) / 100);
}

interface TooltipParam {
  axisValueLabel?: string;
  name?: string;
  marker?: string;
  seriesName?: string;
  data?: MoneyDatum | number | null;
}

/** The tooltip of an axis: the category, then each series' exact amount (¥1,234.50). */
export function moneyTooltip(params: TooltipParam | TooltipParam[]): string {
  const list = Array.isArray(params) ? params : [params];
  if (!list.length) return '';
  const title = escapeHtml(list[0].axisValueLabel ?? list[0].name ?? '');
  const lines = list.map((p) => {
    const datum = p.data && typeof p.data === 'object' ? p.data : null;
    const amount = datum && datum.fen !== null ? formatYuan(datum.fen) : '—';
    return `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}: <b>${amount}</b>`;
  });
  return [title, ...lines].join('<br/>');
}

/** A bar (or line) chart of amounts: one axis of categories, one of yuan, a series per measure. */
export function moneyChartOption(spec: MoneyChartSpec): ChartOption {
  const type = spec.type ?? 'bar';
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: { interval: 0, hideOverlap: true, width: spec.labelWidth ?? (spec.horizontal ? 200 : 100), overflow: 'truncate' as const },
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: (value: number) => axisYuanLabel(value, spec.language) },
  };
  const series = spec.series.map((s) => {
    const data = s.fen.map((fen, index) => moneyDatum(fen, spec.categoryIds?.[index]));
    const common = { name: s.name, id: s.key, data, color: s.color, emphasis: { focus: 'series' as const } };
    if (type === 'line') return { ...common, type: 'line' as const, stack: s.stack, connectNulls: false, symbolSize: 6 };
    return { ...common, type: 'bar' as const, stack: s.stack, barMaxWidth: 28 };
  });
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: type === 'bar' ? 'shadow' : 'line' },
      formatter: moneyTooltip as never,
      confine: true,
    },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series,
  };
}

/**
 * The height of a chart with bars along the y axis: room for each category's bars (grouped, or one
 * stacked), never less than a usual chart, so fifty schools stay readable.
 */
export function horizontalChartHeight(option: ChartOption, minimum = 280): number {
  const axis = option.yAxis as { data?: unknown[] } | undefined;
  const categories = axis?.data?.length ?? 0;
  const series = (option.series as { stack?: string }[] | undefined) ?? [];
  const stacks = new Set(series.map((s, index) => s.stack ?? `#${index}`)).size;
  return Math.max(minimum, 72 + categories * (Math.max(1, stacks) * 12 + 16));
}
