export { EChart, type EChartProps } from './EChart';
export {
  axisYuanLabel,
  chartYuan,
  escapeHtml,
  horizontalChartHeight,
  moneyChartOption,
  moneyDatum,
  moneyTooltip,
  type MoneyChartSpec,
  type MoneySeries,
} from './options';
export type { ChartItemClick, ChartOption } from './types';
