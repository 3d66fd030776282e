import { Checkbox, Select, Space } from 'antd';
import { useT } from '../../../app/language';
import { labelOf, type Label } from './labels';
import type { SchoolOption } from './useWorkflowContext';

export interface ListFilterValues {
  status?: string;
  schoolId?: string;
  awaitingMyApproval?: boolean;
}

/**
 * The filters of a workflow list: status, school (only for a viewer of several schools) and
 * "awaiting my approval" (only for someone who approves). `onChange` gets the whole new filter.
 */
export function ListFilters({
  value,
  onChange,
  statuses,
  schools,
  approver,
}: {
  value: ListFilterValues;
  onChange(next: ListFilterValues): void;
  statuses: Record<string, Label>;
  schools: readonly SchoolOption[];
  approver: boolean;
}) {
  const t = useT();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        placeholder={t('全部状态', 'Any status')}
        style={{ minWidth: 160 }}
        value={value.status}
        onChange={(status?: string) => onChange({ ...value, status })}
        options={Object.keys(statuses).map((status) => ({ value: status, label: labelOf(statuses, status, t) }))}
        data-testid="filter-status"
      />
      {schools.length > 1 && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('全部学校', 'Any school')}
          style={{ minWidth: 200 }}
          value={value.schoolId}
          onChange={(schoolId?: string) => onChange({ ...value, schoolId })}
          options={schools.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="filter-school"
        />
      )}
      {approver && (
        <Checkbox
          checked={!!value.awaitingMyApproval}
          onChange={(e) => onChange({ ...value, awaitingMyApproval: e.target.checked || undefined })}
          data-testid="filter-awaiting-me"
        >
          {t('待我审批', 'Awaiting my approval')}
        </Checkbox>
      )}
    </Space>
  );
}

/** The filter a link opens the list with: `?awaiting=1` (awaiting my approval), `?status=…`, `?school=…`. */
export function filterFromSearch(search: URLSearchParams): ListFilterValues {
  return {
    awaitingMyApproval: search.get('awaiting') === '1' || undefined,
    status: search.get('status') ?? undefined,
    schoolId: search.get('school') ?? undefined,
  };
}
