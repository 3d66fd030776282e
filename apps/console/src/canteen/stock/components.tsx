import { useQuery } from '@apollo/client/react';
import { Input, Select, Space, Tag, Timeline } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import type { CanteenIngredientSearchQuery, CanteenPickerCanteensQuery } from '../../graphql/graphql';
import { CanteenPickerCanteensQuery as CanteensQuery } from '../canteens';
import { formatDateTime } from '../../shared/dates';
import { useSchoolZone } from '../../session/zone';
import { labelOf, STEP_ACTION, type Label } from './labels';
import { CanteenIngredientNameQuery, CanteenIngredientSearchQuery as SearchQuery } from './operations';
import { defaultUnit, type BaseUnitName, type QuantityUnitName, type QuantityValue, UNIT_LABEL, unitsFor } from './stock-helpers';

export type CanteenOption = CanteenPickerCanteensQuery['canteens']['nodes'][number];
export type IngredientOption = CanteenIngredientSearchQuery['ingredients']['nodes'][number];

/** The canteens the viewer reads (one query, cached for every page here). */
export function useCanteens() {
  const { data, loading, error } = useQuery(CanteensQuery, { fetchPolicy: 'cache-first' });
  const canteens = useMemo(() => data?.canteens.nodes ?? [], [data]);
  const byId = useMemo(() => new Map(canteens.map((c) => [c.id, c])), [canteens]);
  return { canteens, byId, loading, error };
}

/** A canteen picker; the school is named too when the viewer sees several schools' canteens. */
export function CanteenSelect({
  canteens,
  value,
  onChange,
  allowClear,
  testId = 'canteen-select',
  style,
}: {
  canteens: readonly CanteenOption[];
  value?: string;
  onChange?(id: string | undefined): void;
  allowClear?: boolean;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const t = useT();
  const schools = new Set(canteens.map((c) => c.schoolId));
  return (
    <Select
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      allowClear={allowClear}
      placeholder={t('选择食堂', 'Choose a canteen')}
      style={{ minWidth: 220, ...style }}
      showSearch={{ optionFilterProp: 'label' }}
      options={canteens.map((c) => ({ value: c.id, label: schools.size > 1 ? `${c.school.name} · ${c.name}` : c.name }))}
      data-testid={testId}
    />
  );
}

/** An ingredient of the district catalogue, searched by name or food code; forbidden foods are shown and disabled. */
export function IngredientSelect({
  value,
  onChange,
  onPick,
  testId,
}: {
  value?: string;
  onChange?(id: string | undefined): void;
  onPick?(ingredient: IngredientOption | undefined): void;
  testId?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState<string>('');
  const { data, loading } = useQuery(SearchQuery, { variables: { search: search.trim() || null } });
  const chosen = useIngredient(value);
  const found = data?.ingredients.nodes ?? [];
  // The chosen ingredient stays an option when a later search no longer finds it.
  const nodes = chosen && !found.some((n) => n.id === chosen.id) ? [{ ...chosen, forbidden: null }, ...found] : found;
  return (
    <Select
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      placeholder={t('输入名称或食物编码', 'Name or food code')}
      onChange={(id?: string) => {
        onChange?.(id);
        onPick?.(nodes.find((n) => n.id === id));
      }}
      options={nodes.map((n) => ({
        value: n.id,
        disabled: !!n.forbidden,
        label: n.forbidden ? `${n.name}（${t('禁用', 'forbidden')}）` : `${n.name} · ${n.foodCode}`,
      }))}
      notFoundContent={loading ? t('搜索中…', 'Searching…') : t('无匹配食材', 'No match')}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/**
 * An ingredient's name from its id. A stock lot carries only the id (the graph has no StockLot.ingredient),
 * so each distinct ingredient is asked once and then read from the cache.
 */
export function IngredientName({ id }: { id: string }) {
  const { data } = useQuery(CanteenIngredientNameQuery, { variables: { id }, fetchPolicy: 'cache-first' });
  return <span data-testid="ingredient-name">{data?.ingredient.name ?? '…'}</span>;
}

/** The ingredient's facts (base unit, piece weight) from its id, for a quantity field's units. */
export function useIngredient(id: string | undefined) {
  const { data } = useQuery(CanteenIngredientNameQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-first' });
  return data?.ingredient;
}

/**
 * A quantity as one form field (amount + unit), so a graph error on `…quantity` shows under it. The
 * units offered are those the ingredient's base unit converts from exactly.
 */
export function QuantityField({
  value,
  onChange,
  baseUnit,
  pieceGrams,
  testId,
}: {
  value?: QuantityValue;
  onChange?(value: QuantityValue): void;
  baseUnit?: BaseUnitName | null;
  pieceGrams?: number | null;
  testId?: string;
}) {
  const t = useT();
  const units = unitsFor(baseUnit, pieceGrams);
  const unit = value?.unit && units.includes(value.unit) ? value.unit : defaultUnit(baseUnit);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        inputMode="decimal"
        value={value?.amount === undefined || value.amount === null ? '' : String(value.amount)}
        onChange={(e) => onChange?.({ ...value, unit, amount: e.target.value })}
        style={{ textAlign: 'right' }}
        data-testid={testId}
      />
      <Select<QuantityUnitName>
        value={unit}
        onChange={(next) => onChange?.({ ...value, unit: next })}
        style={{ width: 96 }}
        options={units.map((u) => ({ value: u, label: t(UNIT_LABEL[u].zh, UNIT_LABEL[u].en) }))}
        data-testid={testId ? `${testId}-unit` : undefined}
      />
    </Space.Compact>
  );
}

export function StatusTag({
  table,
  status,
  testId = 'record-status',
}: {
  table: Record<string, Label & { color: string }>;
  status: string;
  testId?: string;
}) {
  const t = useT();
  return (
    <Tag color={table[status]?.color} data-testid={testId} data-status={status}>
      {labelOf(table, status, t)}
    </Tag>
  );
}

/** The recorded steps of a delivery or stocktake, oldest first; the viewer's own marked as such. */
export function CanteenSteps({
  steps,
  viewerAccountId,
  people = {},
}: {
  steps: readonly { id: string; action: string; actorAccountId: string; comment?: string | null; occurredAt: string }[];
  viewerAccountId: string;
  /** Names known for some accounts (the inspector's, the second inspector's). */
  people?: Record<string, string | undefined>;
}) {
  const t = useT();
  const zone = useSchoolZone();
  return (
    <Timeline
      data-testid="steps-timeline"
      items={steps.map((s) => ({
        key: s.id,
        content: (
          <div>
            <strong>{labelOf(STEP_ACTION, s.action, t)}</strong> · {formatDateTime(s.occurredAt, zone)} ·{' '}
            {s.actorAccountId === viewerAccountId ? t('我', 'me') : (people[s.actorAccountId] ?? t('他人', 'someone else'))}
            {s.comment && <div style={{ color: '#595959', whiteSpace: 'pre-wrap' }}>{s.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
