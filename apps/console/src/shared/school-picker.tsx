import { Select } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../app/language';
import { SchoolSelect } from '../directory/admin/SchoolSelect';
import { useAccess } from '../session/access';
import { useViewer } from '../session/viewer';

/**
 * The school a page of one school's records shows (facilities, safety …), kept in the address
 * (`?school=`) so a link or a reload keeps it:
 * the viewer's own school when they hold roles at one, their choice among several, or any school of
 * the district for district roles (who must pick one first).
 */
export function useSchoolParam(): { schoolId: string | undefined; setSchoolId(id: string | undefined): void } {
  const access = useAccess();
  const [search, setSearch] = useSearchParams();
  const chosen = search.get('school') ?? undefined;
  const schoolId = chosen ?? (access.schoolIds.length === 1 ? access.schoolIds[0] : undefined);
  const setSchoolId = (id: string | undefined) =>
    setSearch(
      (params) => {
        if (id) params.set('school', id);
        else params.delete('school');
        return params;
      },
      { replace: true },
    );
  return { schoolId, setSchoolId };
}

/** Picks the school of such a page: hidden for a viewer of one school. */
export function SchoolPicker({ value, onChange }: { value?: string; onChange(id: string | undefined): void }) {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const ownSchools = useMemo(() => {
    const named = new Map<string, string>();
    for (const role of viewer?.roles ?? []) if (role.school) named.set(role.school.id, role.school.name);
    return [...named].map(([id, name]) => ({ value: id, label: name }));
  }, [viewer]);
  if (access.isDistrict)
    return (
      <SchoolSelect value={value} onChange={(id) => onChange(id ?? undefined)} style={{ minWidth: 260 }} data-testid="school-select" />
    );
  if (ownSchools.length <= 1) return null;
  return (
    <Select
      value={value}
      onChange={(id?: string) => onChange(id)}
      options={ownSchools}
      placeholder={t('选择学校', 'Choose a school')}
      style={{ minWidth: 220 }}
      data-testid="school-select"
    />
  );
}
