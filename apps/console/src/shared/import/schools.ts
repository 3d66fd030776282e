import { useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql';

/**
 * The schools a register's pickers offer: exactly those the graph lets the viewer see (all of the
 * district for district roles, else the schools where they hold a role), with their campuses.
 */
export const RegisterSchoolsQuery = graphql(`
  query RegisterSchools {
    schools(first: 100) {
      nodes {
        id
        code
        name
        campuses {
          id
          name
        }
      }
    }
  }
`);

export type RegisterSchool = { id: string; code: string; name: string; campuses: { id: string; name: string }[] };

export function useRegisterSchools(): { schools: RegisterSchool[]; loading: boolean } {
  const { data, loading } = useQuery(RegisterSchoolsQuery, { fetchPolicy: 'cache-first' });
  return { schools: data?.schools.nodes ?? [], loading };
}
