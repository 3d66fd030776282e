import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';
import { approvalTag, whoAndWhere } from './items';

const MyWorkPurchasesQuery = graphql(`
  query MyWorkPurchases {
    purchaseRequests(first: 20, filter: { awaitingMyApproval: true }) {
      nodes {
        id
        reason
        createdAt
        requesterAccountId
        nextApprovalLevel
        school {
          id
          name
        }
        requester {
          id
          name
        }
        estimatedTotal {
          yuan
          fen
        }
        orderedTotal {
          yuan
          fen
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function PurchasesCard() {
  const t = useT();
  const { data, loading, error } = useQuery(MyWorkPurchasesQuery, { fetchPolicy: 'cache-and-network' });
  const page = data?.purchaseRequests;
  const items = (page?.nodes ?? []).map((r) => ({
    id: r.id,
    to: `/finance/purchases/${r.id}`,
    title: r.reason,
    tag: approvalTag(r.nextApprovalLevel, t),
    subtitle: whoAndWhere(r),
    amount: r.orderedTotal ?? r.estimatedTotal,
    at: r.createdAt,
  }));
  return (
    <WorkList
      title={t('待我审批的采购申请', 'Purchase requests to approve')}
      items={items}
      loading={loading}
      error={error}
      more={page?.pageInfo.hasNextPage ? { to: '/finance/purchases?awaiting=1' } : null}
      testId="my-work-purchases"
    />
  );
}

/** Purchase requests waiting for the viewer's approval (审批): directors, principals, the district. */
export const purchaseWorkSource: WorkSource = {
  key: 'purchases',
  title: { zh: '采购申请', en: 'Purchase requests' },
  visible: (access) => access.hasRole('GENERAL_AFFAIRS_DIRECTOR', 'PRINCIPAL', 'DISTRICT_ADMIN') || access.can('approvePurchaseRequest'),
  Card: PurchasesCard,
  subjects: { PurchaseRequest: (id) => `/finance/purchases/${id}` },
};
