import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';

const SchoolNameQuery = graphql(`
  query AdminSchoolName($id: ID!) {
    school(id: $id) {
      id
      name
    }
  }
`);

/** A school's name where a record carries only its id (a webhook's school filter); read once per school from the cache. */
export function SchoolName({ id }: { id: string | null | undefined }) {
  const t = useT();
  const { data, error } = useQuery(SchoolNameQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-first' });
  if (!id) return <>{t('全学区', 'Whole district')}</>;
  if (error) return <>{id}</>;
  return <>{data?.school.name ?? '…'}</>;
}
