import type { ChartOption } from '../../shared/charts';
import type { DistrictRow } from '../district/query';

/**
 * A measure of the district dashboard (区级看板): a few columns of the schools' table and, when it
 * has one, a chart. The table, the Excel download and the chart are all drawn from these lists, so a
 * measure is written once, as plain data and pure functions (testable without a browser).
 *
 * To add one (the canteen, facilities or safety services, as they land):
 *   1. ask its fields in the ONE query, under `school { … }` (district/query.ts), and read them into
 *      DistrictRow in toDistrictRows (plain numbers, money in fen, null when the graph has none);
 *   2. write src/dashboards/measures/<name>.ts exporting a DistrictMeasure (columns, optional chart);
 *   3. add it to DISTRICT_MEASURES in measures/index.ts — its columns, sheet and chart appear.
 */
export interface Label {
  zh: string;
  en: string;
}

/** How a column's figure is shown and exported: money in fen, a rate in tenths of a percent, a count. */
export type FigureKind = 'money' | 'percent' | 'integer';

export interface MeasureColumn<Row> {
  key: string;
  title: Label;
  kind: FigureKind;
  /** The figure, or null when the graph has none for this row (shown as —, an empty cell in Excel). */
  value(row: Row): number | null;
}

export interface ChartContext {
  language: 'zh' | 'en';
  t(zh: string, en: string): string;
  /** The budget category picked on the dashboard, or null for all categories. */
  categoryId: string | null;
  /** Room for a school's name on the axis, in pixels (less on a phone). */
  labelWidth?: number;
}

export interface MeasureChart<Row> {
  /** data-testid of the chart's container, e.g. "chart-budget". */
  testId: string;
  title: Label;
  /** Whether the chart offers the category picker (budget by category). */
  byCategory?: boolean;
  /** A pure adapter: rows → ECharts option; each bar's data id is the row's schoolId (a click opens it). */
  option(rows: readonly Row[], context: ChartContext): ChartOption;
}

export interface Measure<Row> {
  key: string;
  title: Label;
  columns: MeasureColumn<Row>[];
  chart?: MeasureChart<Row>;
}

export type DistrictMeasure = Measure<DistrictRow>;
