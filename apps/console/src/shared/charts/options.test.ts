// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { axisYuanLabel, chartYuan, escapeHtml, horizontalChartHeight, moneyChartOption, moneyDatum, moneyTooltip } from './options';

describe('chart values from fen', () => {
  it('turns fen into yuan numbers through the exact decimal, never by dividing a float sum', () => {
    expect(chartYuan(123450)).toBe(1234.5);
    expect(chartYuan(10 + 20)).toBe(0.3); // 0.1 + 0.2 would be 0.30000000000000004
    expect(chartYuan(-5)).toBe(-0.05);
    expect(chartYuan(900719925474099)).toBe(9007199254740.99);
    expect(() => chartYuan(1.5)).toThrow(RangeError);
    expect(moneyDatum(null)).toEqual({ value: null, fen: null, id: undefined });
    expect(moneyDatum(7, 's1')).toEqual({ value: 0.07, fen: 7, id: 's1' });
  });

  it('labels the axis in 万/亿 (zh) or k/M (en), for reading only', () => {
    expect(axisYuanLabel(1_250_000, 'zh')).toBe('125万');
    expect(axisYuanLabel(350_000_000, 'zh')).toBe('3.5亿');
    expect(axisYuanLabel(800, 'zh')).toBe('800');
    expect(axisYuanLabel(1_250_000, 'en')).toBe('1.25M');
    expect(axisYuanLabel(12_000, 'en')).toBe('12k');
  });

  it('prints the tooltip’s amounts exactly and escapes the names users typed', () => {
    const html = moneyTooltip([
      { axisValueLabel: '<b>第一小学</b>', marker: '●', seriesName: '已支出', data: moneyDatum(158056966) },
      { axisValueLabel: '<b>第一小学</b>', marker: '●', seriesName: '预算', data: { value: null, fen: null } },
    ]);
    expect(html).toBe('&lt;b&gt;第一小学&lt;/b&gt;<br/>●已支出: <b>¥1,580,569.66</b><br/>●预算: <b>—</b>');
    expect(escapeHtml(`a&"'`)).toBe('a&amp;&quot;&#39;');
  });
});

describe('a money chart', () => {
  const spec = {
    categories: ['第一小学', '第二中学'],
    categoryIds: ['s1', 's2'],
    series: [
      { name: '预算', fen: [207390000, 196870000] },
      { name: '已支出', key: 'spent', fen: [158056966, null], stack: 'x' },
    ],
    language: 'zh' as const,
  };

  it('puts the categories on the x axis and one bar series per measure, each bar carrying its fen and id', () => {
    const option = moneyChartOption(spec);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['第一小学', '第二中学'] });
    expect(option.yAxis).toMatchObject({ type: 'value' });
    const series = option.series as { type: string; name: string; id?: string; stack?: string; data: unknown[] }[];
    expect(series.map((s) => [s.type, s.name, s.id, s.stack])).toEqual([
      ['bar', '预算', undefined, undefined],
      ['bar', '已支出', 'spent', 'x'],
    ]);
    expect(series[0].data).toEqual([
      { value: 2073900, fen: 207390000, id: 's1' },
      { value: 1968700, fen: 196870000, id: 's2' },
    ]);
    expect(series[1].data[1]).toEqual({ value: null, fen: null, id: 's2' });
  });

  it('lays bars along the y axis when asked, and draws lines for a trend', () => {
    const horizontal = moneyChartOption({ ...spec, horizontal: true });
    expect(horizontal.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(horizontal.xAxis).toMatchObject({ type: 'value' });
    const line = moneyChartOption({ ...spec, type: 'line' });
    expect((line.series as { type: string }[]).map((s) => s.type)).toEqual(['line', 'line']);
  });

  it('grows a horizontal chart with its categories and bars, from a usual minimum', () => {
    const two = moneyChartOption({ ...spec, horizontal: true });
    // Two schools: the first series alone, the second in stack x — two bars each.
    expect(horizontalChartHeight(two)).toBe(280);
    const fifty = moneyChartOption({ ...spec, horizontal: true, categories: Array.from({ length: 50 }, (_, i) => `学校${i}`) });
    expect(horizontalChartHeight(fifty)).toBe(72 + 50 * (2 * 12 + 16));
  });
});
