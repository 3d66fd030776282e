import { formatYuan, type MoneyValue } from '../money';

/** A money value as the graph gives it, right-aligned digits, negative in red. */
export function Money({ value }: { value: MoneyValue | null | undefined }) {
  if (!value) return <span>—</span>;
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', color: value.fen < 0 ? '#cf1322' : undefined, whiteSpace: 'nowrap' }}>
      {formatYuan(value)}
    </span>
  );
}
