import type { TableColumnsType } from 'antd';
import { Money } from '../shared/components/Money';
import { fenToYuan } from '../shared/money';
import { formatTenths } from './figures';
import type { FigureKind, Measure, MeasureColumn } from './measures';

/** A figure as a table cell: money as the ledger's yuan, a rate as 76.2%, — where the graph has none. */
export function Figure({ kind, value }: { kind: FigureKind; value: number | null }) {
  if (value === null) return <span>—</span>;
  if (kind === 'money') return <Money value={{ fen: value, yuan: fenToYuan(value) }} />;
  if (kind === 'percent') return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatTenths(value)}</span>;
  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value.toLocaleString('zh-CN')}</span>;
}

function compareNullable(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return a - b;
}

export function figureColumn<Row>(column: MeasureColumn<Row>, t: (zh: string, en: string) => string): TableColumnsType<Row>[number] {
  return {
    key: column.key,
    title: t(column.title.zh, column.title.en),
    align: 'right',
    sorter: (a: Row, b: Row) => compareNullable(column.value(a), column.value(b)),
    // Each cell names its measure's column, for browser tests and anyone reading the page's markup.
    onCell: () => ({ 'data-column': column.key }) as React.HTMLAttributes<HTMLElement>,
    render: (_: unknown, row: Row) => <Figure kind={column.kind} value={column.value(row)} />,
  };
}

/** Every measure's columns, grouped under the measure's title. */
export function measureColumns<Row>(measures: readonly Measure<Row>[], t: (zh: string, en: string) => string): TableColumnsType<Row> {
  return measures.map((measure) => ({
    key: measure.key,
    title: t(measure.title.zh, measure.title.en),
    children: measure.columns.map((column) => figureColumn(column, t)),
  }));
}
