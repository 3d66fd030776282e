import { useQuery } from '@apollo/client/react';
import { Select, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import type { CanteenPickerCanteensQuery } from '../../graphql/graphql';
import { CanteenPickerCanteensQuery as CanteensQuery } from '../canteens';
import { labelOf, type Label } from './labels';
import { CanteenKitchenStaffSearchQuery, CanteenRosterQuery } from './operations';

export type KitchenCanteen = CanteenPickerCanteensQuery['canteens']['nodes'][number];

/** The canteens the viewer reads (one query, cached for every page here). */
export function useKitchenCanteens() {
  const { data, loading, error } = useQuery(CanteensQuery, { fetchPolicy: 'cache-first' });
  const canteens = useMemo(() => data?.canteens.nodes ?? [], [data]);
  const byId = useMemo(() => new Map(canteens.map((c) => [c.id, c])), [canteens]);
  return { canteens, byId, loading, error };
}

/**
 * The canteen a page works on: the one picked, else the viewer's only (or first) canteen, so a canteen
 * manager with one kitchen never has to choose.
 */
export function useChosenCanteen(canteens: readonly KitchenCanteen[], initial?: string | null) {
  const [picked, setPicked] = useState<string | undefined>(initial ?? undefined);
  const chosen = canteens.find((c) => c.id === picked) ?? canteens[0];
  return { canteen: chosen, canteenId: chosen?.id, setCanteenId: setPicked };
}

/** A canteen picker; the school is named too when the viewer sees several schools' canteens. */
export function KitchenCanteenSelect({
  canteens,
  value,
  onChange,
  testId = 'kitchen-canteen',
  style,
}: {
  canteens: readonly KitchenCanteen[];
  value?: string;
  onChange?(id: string): void;
  testId?: string;
  style?: React.CSSProperties;
}) {
  const t = useT();
  const schools = new Set(canteens.map((c) => c.schoolId));
  return (
    <Select
      value={value}
      onChange={(id: string) => onChange?.(id)}
      placeholder={t('选择食堂', 'Choose a canteen')}
      style={{ minWidth: 220, ...style }}
      showSearch={{ optionFilterProp: 'label' }}
      options={canteens.map((c) => ({ value: c.id, label: schools.size > 1 ? `${c.school.name} · ${c.name}` : c.name }))}
      data-testid={testId}
    />
  );
}

/** A canteen's roster (食堂从业人员), with certificates and today's checks. */
export function useRoster(canteenId: string | undefined) {
  return useQuery(CanteenRosterQuery, { variables: { canteenId: canteenId ?? '' }, skip: !canteenId, fetchPolicy: 'cache-and-network' });
}

/** Someone on a canteen's roster, picked by name (who took a sample, whose certificate). */
export function RosterSelect({
  canteenId,
  value,
  onChange,
  testId,
}: {
  canteenId: string | undefined;
  value?: string;
  onChange?(id: string): void;
  testId?: string;
}) {
  const t = useT();
  const roster = useRoster(canteenId);
  return (
    <Select
      value={value}
      onChange={(id: string) => onChange?.(id)}
      loading={roster.loading}
      placeholder={t('选择人员', 'Choose a person')}
      showSearch={{ optionFilterProp: 'label' }}
      options={(roster.data?.canteenStaff.nodes ?? []).map((m) => ({ value: m.staffId, label: m.staff.name }))}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

/** A staff member of the school, searched by name (the directory's staff list). */
export function SchoolStaffSelect({
  schoolId,
  value,
  onChange,
  testId,
}: {
  schoolId: string | undefined;
  value?: string;
  onChange?(id: string): void;
  testId?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(CanteenKitchenStaffSearchQuery, {
    variables: { schoolId: schoolId ?? '', search: search.trim() || null },
    skip: !schoolId,
  });
  return (
    <Select
      value={value}
      onChange={(id: string) => onChange?.(id)}
      loading={loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('输入姓名搜索', 'Search by name')}
      options={(data?.staff.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}

export function LabelTag({
  table,
  value,
  testId,
}: {
  table: Record<string, Label & { color?: string }>;
  value: string | null | undefined;
  testId?: string;
}) {
  const t = useT();
  if (!value) return null;
  return (
    <Tag color={table[value]?.color} data-testid={testId} data-value={value}>
      {labelOf(table, value, t)}
    </Tag>
  );
}
