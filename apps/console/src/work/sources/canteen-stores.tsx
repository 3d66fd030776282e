import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useAccess } from '../../session/access';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';
import { secondInspectionItems, stockDecisionItems } from './canteen-stores-items';

const MyWorkCanteenInspectionsQuery = graphql(`
  query MyWorkCanteenInspections {
    deliveries(first: 20, filter: { status: PENDING_SECOND_INSPECTION }) {
      nodes {
        id
        deliveredOn
        createdAt
        inspectorAccountId
        acceptedTotal {
          yuan
          fen
        }
        supplier {
          id
          name
        }
        canteen {
          id
          name
        }
        school {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const MyWorkCanteenStockDecisionsQuery = graphql(`
  query MyWorkCanteenStockDecisions {
    stocktakes(first: 20, filter: { status: SUBMITTED }) {
      nodes {
        id
        canteenId
        createdAt
        submittedByAccountId
        counts {
          id
          difference
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    stockWriteOffs(first: 20, filter: { status: PENDING }) {
      nodes {
        id
        lotId
        createdAt
        requestedByAccountId
        reason
        quantityToWriteOff {
          display
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    canteens(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

function InspectionsCard() {
  const t = useT();
  const access = useAccess();
  const { data, loading, error } = useQuery(MyWorkCanteenInspectionsQuery, { fetchPolicy: 'cache-and-network' });
  const page = data?.deliveries;
  return (
    <WorkList
      title={t('待我复核的进货（大宗食品）', 'Deliveries to inspect a second time')}
      items={secondInspectionItems(page?.nodes ?? [], access.accountId, t)}
      loading={loading}
      error={error}
      more={page?.pageInfo.hasNextPage ? { to: '/canteen/deliveries?status=PENDING_SECOND_INSPECTION' } : null}
      testId="my-work-canteen-inspections"
    />
  );
}

function StockDecisionsCard() {
  const t = useT();
  const access = useAccess();
  const { data, loading, error } = useQuery(MyWorkCanteenStockDecisionsQuery, { fetchPolicy: 'cache-and-network' });
  const names = new Map((data?.canteens.nodes ?? []).map((c) => [c.id, c.name]));
  const items = stockDecisionItems(
    data?.stocktakes.nodes ?? [],
    data?.stockWriteOffs.nodes ?? [],
    access.accountId,
    (id) => names.get(id),
    t,
  );
  return (
    <WorkList
      title={t('待我审批的盘点和报损', 'Stocktakes and write-offs to approve')}
      items={items}
      loading={loading}
      error={error}
      more={data?.stocktakes.pageInfo.hasNextPage ? { to: '/canteen/stocktakes?status=SUBMITTED' } : null}
      testId="my-work-canteen-stock"
    />
  );
}

/** Deliveries of bulk staples waiting for a second inspector (大宗食品复核): the kitchen and school leaders. */
export const canteenInspectionWorkSource: WorkSource = {
  key: 'canteen-inspections',
  title: { zh: '进货复核', en: 'Second inspections' },
  visible: (access) => access.can('secondInspectDelivery'),
  Card: InspectionsCard,
  subjects: { DELIVERY: (id) => `/canteen/deliveries/${id}` },
};

/** Stocktake differences and write-offs waiting for the general-affairs director (盘点, 报损). */
export const canteenStockDecisionWorkSource: WorkSource = {
  key: 'canteen-stock-decisions',
  title: { zh: '盘点和报损审批', en: 'Stocktakes and write-offs' },
  visible: (access) => access.can('approveStocktake') || access.can('approveStockWriteOff'),
  Card: StockDecisionsCard,
  subjects: {
    STOCKTAKE: (id) => `/canteen/stocktakes/${id}`,
    STOCK_WRITE_OFF: (id) => `/canteen/write-offs/${id}`,
  },
};
