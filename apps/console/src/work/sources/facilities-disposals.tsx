import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { disposalWorkItems } from '../../facilities/assets/work-items';
import { graphql } from '../../graphql';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';

const MyWorkFacilitiesDisposalsQuery = graphql(`
  query MyWorkFacilitiesDisposals {
    assetDisposals(first: 20, filter: { awaitingMyApproval: true }) {
      nodes {
        id
        method
        reason
        createdAt
        nextApprovalRole
        netBookValue {
          yuan
          fen
        }
        asset {
          id
          tagNumber
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function DisposalsCard() {
  const t = useT();
  const { data, loading, error } = useQuery(MyWorkFacilitiesDisposalsQuery, { fetchPolicy: 'cache-and-network' });
  const page = data?.assetDisposals;
  return (
    <WorkList
      title={t('待我审批的资产处置', 'Asset disposals to approve')}
      items={disposalWorkItems(page?.nodes ?? [], t)}
      loading={loading}
      error={error}
      more={page?.pageInfo.hasNextPage ? { to: '/facilities/disposals?awaiting=me' } : null}
      testId="my-work-facilities-disposals"
    />
  );
}

/** Asset disposal requests waiting at a level the viewer decides (资产处置审批): directors, principals, the district. */
export const facilitiesDisposalWorkSource: WorkSource = {
  key: 'facilities-disposals',
  title: { zh: '资产处置审批', en: 'Asset disposals' },
  visible: (access) => access.can('approveAssetDisposal'),
  Card: DisposalsCard,
  subjects: { ASSET_DISPOSAL: (id) => `/facilities/disposals/${id}` },
};
