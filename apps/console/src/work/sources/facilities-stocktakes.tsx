import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { stocktakeWorkItems } from '../../facilities/stocktake/work-items';
import { graphql } from '../../graphql';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';

const MyWorkFacilitiesStocktakesQuery = graphql(`
  query MyWorkFacilitiesStocktakes {
    assetStocktakes(first: 20, filter: { status: CLOSED }) {
      nodes {
        id
        scope
        note
        closedAt
        createdAt
        viewerActions
        room {
          id
          number
          name
          building {
            id
            name
          }
        }
        summary {
          missing
          wrongRoom
          unregistered
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function StocktakesCard() {
  const t = useT();
  const { data, loading, error } = useQuery(MyWorkFacilitiesStocktakesQuery, { fetchPolicy: 'cache-and-network' });
  const page = data?.assetStocktakes;
  return (
    <WorkList
      title={t('待我审批的资产盘点', 'Stocktakes to approve')}
      items={stocktakeWorkItems(page?.nodes ?? [], t)}
      loading={loading}
      error={error}
      more={page?.pageInfo.hasNextPage ? { to: '/facilities/stocktakes?status=CLOSED' } : null}
      testId="my-work-facilities-stocktakes"
    />
  );
}

/** Closed asset stocktakes waiting for the general-affairs director's decision (资产盘点审批), never one they closed. */
export const facilitiesStocktakeWorkSource: WorkSource = {
  key: 'facilities-stocktakes',
  title: { zh: '资产盘点审批', en: 'Asset stocktakes' },
  visible: (access) => access.can('approveAssetStocktake'),
  Card: StocktakesCard,
  subjects: { ASSET_STOCKTAKE: (id) => `/facilities/stocktakes/${id}` },
};
