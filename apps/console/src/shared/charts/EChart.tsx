import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useLanguage } from '../../app/language';
import type { ChartItemClick, ChartOption } from './types';

// ECharts arrives with the canvas, in a chunk of its own, the first time a chart is drawn.
const EChartCanvas = lazy(() => import('./EChartCanvas'));

export interface EChartProps {
  /** From a pure adapter (src/shared/charts/options.ts and the dashboards' own). */
  option: ChartOption;
  /** data-testid of the container, e.g. "chart-budget". */
  testId: string;
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  label: string;
  height?: number;
  /** A bar or point clicked: the id its adapter gave the item (a school, a category). */
  onItemClick?: (item: ChartItemClick) => void;
}

/** THE chart of the console: an ECharts canvas in the viewer's language, loaded lazily. */
export function EChart({ option, testId, label, height = 320, onItemClick }: EChartProps) {
  const { language } = useLanguage();
  return (
    <div data-testid={testId} style={{ width: '100%', height }}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
        <EChartCanvas option={option} locale={language === 'zh' ? 'ZH' : 'EN'} onItemClick={onItemClick} label={label} />
      </Suspense>
    </div>
  );
}
