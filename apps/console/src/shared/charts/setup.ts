import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import langZH from 'echarts/i18n/langZH-obj';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts, tree-shaken: only the charts and components the dashboards draw, on canvas. Imported
 * only by EChartCanvas, which EChart loads lazily, so ECharts is a chunk of its own that the first
 * page never downloads. A dashboard needing another chart type (pie, gauge) registers it here.
 */
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, DatasetComponent, CanvasRenderer]);
// The Chinese texts (legend, tooltips, months); the UMD locale file exports its parts as a CommonJS module.
if (langZH?.time) echarts.registerLocale('ZH', langZH);

export { echarts };
