import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { DatasetComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * An ECharts option built only from what src/shared/charts/setup.ts registers (bar and line
 * charts; grid, tooltip, legend, dataset). Type-only imports: nothing of ECharts reaches a bundle
 * through this file.
 */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | DatasetComponentOption
>;

/** What a click on a bar or point names: the item's id (a school or category id) and where it sits. */
export interface ChartItemClick {
  /** The `id` the adapter gave the data item (e.g. the school id), if any. */
  id?: string;
  /** The axis category clicked (e.g. the school's name or the month). */
  name: string;
  dataIndex: number;
  seriesIndex: number;
  /** The `key` the adapter gave the series (e.g. a category id), if any. */
  seriesKey?: string;
}
