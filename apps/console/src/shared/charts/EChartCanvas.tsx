import { useEffect, useRef } from 'react';
import { echarts } from './setup';
import type { ChartItemClick, ChartOption } from './types';

interface Props {
  option: ChartOption;
  locale: 'ZH' | 'EN';
  onItemClick?: (item: ChartItemClick) => void;
  label: string;
}

interface ClickParams {
  name: string;
  dataIndex: number;
  seriesIndex: number;
  seriesId?: string;
  data?: unknown;
}

/**
 * The canvas of one chart (loaded lazily by EChart): initialised in the viewer's language,
 * resized when its container changes size (the menu folding, a phone turning), disposed on unmount.
 */
export default function EChartCanvas({ option, locale, onItemClick, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);

  useEffect(() => {
    click.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { locale, renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (raw) => {
      const params = raw as unknown as ClickParams;
      const data = params.data as { id?: unknown } | null | undefined;
      click.current?.({
        id: data && typeof data === 'object' && typeof data.id === 'string' ? data.id : undefined,
        name: params.name,
        dataIndex: params.dataIndex,
        seriesIndex: params.seriesIndex,
        seriesKey: params.seriesId && !params.seriesId.startsWith('\0') ? params.seriesId : undefined,
      });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, locale]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height: '100%' }} />;
}
