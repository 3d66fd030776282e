import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';

const SchoolOptionsQuery = graphql(`
  query AdminSchoolOptions($search: String) {
    schools(filter: { search: $search }, first: 20) {
      nodes {
        id
        code
        name
        active
      }
    }
  }
`);

/**
 * A school picker for the administration forms: searches the district's schools by name or code as
 * one types (the graph's own search), and keeps the label of a school already chosen.
 */
export function SchoolSelect({
  value,
  onChange,
  initialLabel,
  excludeId,
  ...rest
}: Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption' | 'onSearch'> & { initialLabel?: string; excludeId?: string }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(SchoolOptionsQuery, { variables: { search: search.trim() || null } });
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = useMemo(() => {
    const found = (data?.schools.nodes ?? [])
      .filter((s) => s.id !== excludeId)
      .map((s) => ({ value: s.id, label: `${s.name}（${s.code}）${s.active ? '' : t(' 已撤并', ' closed')}` }));
    if (value && !found.some((o) => o.value === value)) found.unshift({ value, label: known[value] ?? initialLabel ?? value });
    return found;
  }, [data, excludeId, value, known, initialLabel, t]);
  return (
    <Select<string>
      {...rest}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      options={options}
      placeholder={rest.placeholder ?? t('搜索学校名称或代码', 'Search by school name or code')}
      onChange={(next, option) => {
        const label = (Array.isArray(option) ? undefined : option)?.label;
        if (next && typeof label === 'string') setKnown((k) => ({ ...k, [next]: label }));
        setSearch('');
        onChange?.(next, option);
      }}
    />
  );
}
