import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useAccess } from '../../../session/access';
import { useViewer } from '../../../session/viewer';
import { WorkflowCategoriesQuery, WorkflowSchoolsQuery } from './operations';
import { schoolsWhere } from '../../../shared/permissions';

export interface SchoolOption {
  id: string;
  name: string;
}

/**
 * What the workflow pages know of the viewer: their account, their name, the schools they may file at
 * (from finance's permission table), and the schools a list may filter by
 * (every school for a district role, read from the graph only then).
 */
export function useWorkflowViewer() {
  const { viewer } = useViewer();
  const access = useAccess();
  const { data: schoolsData } = useQuery(WorkflowSchoolsQuery, { skip: !access.isDistrict });
  return useMemo(() => {
    const own = new Map<string, SchoolOption>();
    for (const role of viewer?.roles ?? []) if (role.school) own.set(role.school.id, { id: role.school.id, name: role.school.name });
    // Filing is a school role's right (submitPurchaseRequest and submitExpenseClaim share it).
    const filing = schoolsWhere(access.permissions, 'submitPurchaseRequest');
    const filingIds = filing === 'all' ? [...own.keys()] : filing;
    const filingSchools = filingIds.map((id) => own.get(id) ?? { id, name: id });
    const listSchools: SchoolOption[] = access.isDistrict ? (schoolsData?.schools.nodes ?? []) : [...own.values()];
    return {
      accountId: viewer?.id ?? access.accountId,
      displayName: viewer?.displayName ?? null,
      filingSchools,
      listSchools,
      isDistrict: access.isDistrict,
    };
  }, [viewer, access, schoolsData]);
}

/** The district's active budget categories, and a lookup by id. */
export function useCategories() {
  const { data, loading } = useQuery(WorkflowCategoriesQuery, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const categories = data?.budgetCategories ?? [];
    return { categories, byId: new Map(categories.map((c) => [c.id, c])), loading };
  }, [data, loading]);
}
