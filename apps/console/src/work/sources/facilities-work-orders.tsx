import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { workOrderWorkItems } from '../../facilities/repairs/repairs';
import { graphql } from '../../graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';

const MyWorkFacilitiesWorkOrdersQuery = graphql(`
  query MyWorkFacilitiesWorkOrders(
    $staffId: ID!
    $coster: Boolean!
    $reviewer: Boolean!
    $assigner: Boolean!
    $worker: Boolean!
    $accounter: Boolean!
  ) {
    reported: workOrders(first: 20, filter: { status: REPORTED }) @include(if: $coster) {
      ...MyWorkWorkOrderFields
    }
    costed: workOrders(first: 20, filter: { status: COSTED }) @include(if: $reviewer) {
      ...MyWorkWorkOrderFields
    }
    approved: workOrders(first: 20, filter: { status: APPROVED }) @include(if: $assigner) {
      ...MyWorkWorkOrderFields
    }
    assigned: workOrders(first: 20, filter: { status: ASSIGNED, assigneeStaffId: $staffId }) @include(if: $worker) {
      ...MyWorkWorkOrderFields
    }
    inProgress: workOrders(first: 20, filter: { status: IN_PROGRESS, assigneeStaffId: $staffId }) @include(if: $worker) {
      ...MyWorkWorkOrderFields
    }
    repaired: workOrders(first: 20, filter: { status: REPAIRED }) @include(if: $accounter) {
      ...MyWorkWorkOrderFields
    }
    toRate: workOrders(first: 20, filter: { status: ACCOUNTED }) {
      ...MyWorkWorkOrderFields
    }
  }

  fragment MyWorkWorkOrderFields on WorkOrderConnection {
    nodes {
      id
      title
      status
      category
      reportedAt
      dueAt
      overdue
      viewerActions
      estimate {
        yuan
        fen
      }
      room {
        id
        number
        name
        building {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
`);

function Card() {
  const t = useT();
  const access = useAccess();
  const { viewer } = useViewer();
  const staffId = viewer?.staffId ?? null;
  const { data, loading, error } = useQuery(MyWorkFacilitiesWorkOrdersQuery, {
    variables: {
      staffId: staffId ?? '',
      coster: access.can('costWorkOrder') || access.can('triageWorkOrder'),
      reviewer: access.can('reviewWorkOrder'),
      assigner: access.can('assignWorkOrder'),
      worker: !!staffId && access.can('startWorkOrder'),
      accounter: access.can('accountWorkOrder'),
    },
    fetchPolicy: 'cache-and-network',
  });
  const lists = [data?.inProgress, data?.assigned, data?.reported, data?.costed, data?.approved, data?.repaired, data?.toRate];
  const items = workOrderWorkItems(
    lists.map((list) => list?.nodes ?? []),
    t,
  );
  const more = lists.some((list) => list?.pageInfo.hasNextPage);
  return (
    <WorkList
      title={t('待我处理的维修', 'Repairs waiting for me')}
      items={items}
      loading={loading}
      error={error}
      more={more ? { to: '/facilities/work-orders' } : null}
      testId="my-work-facilities-work-orders"
    />
  );
}

/**
 * Repair work orders (维修工单) waiting for the viewer: to triage and cost (the director, maintenance
 * staff), to review, to assign, to start and finish (assigned to me), to account, and to rate (what I
 * reported). Each list is narrowed by status on the graph and to the steps the viewer may take
 * (viewerActions) here. A work order overdue notification (维修超期督办) opens its page.
 */
export const facilitiesWorkOrderWorkSource: WorkSource = {
  key: 'facilities-work-orders',
  title: { zh: '维修', en: 'Repairs' },
  visible: (access) => access.can('reportWorkOrder') || access.can('readWorkOrders'),
  Card,
  subjects: { WorkOrder: (id) => `/facilities/work-orders/${id}` },
};
