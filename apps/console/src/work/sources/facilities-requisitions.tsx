import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { requisitionWorkItems } from '../../facilities/storeroom/storeroom';
import { graphql } from '../../graphql';
import { useAccess } from '../../session/access';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';

const MyWorkFacilitiesRequisitionsQuery = graphql(`
  query MyWorkFacilitiesRequisitions($approver: Boolean!, $issuer: Boolean!) {
    requested: requisitions(first: 30, filter: { status: REQUESTED }) @include(if: $approver) {
      ...MyWorkRequisitionFields
      pageInfo {
        hasNextPage
      }
    }
    approved: requisitions(first: 30, filter: { status: APPROVED }) @include(if: $issuer) {
      ...MyWorkRequisitionFields
      pageInfo {
        hasNextPage
      }
    }
    toConfirm: requisitions(first: 30, filter: { status: ISSUED, mine: true }) {
      ...MyWorkRequisitionFields
      pageInfo {
        hasNextPage
      }
    }
  }

  fragment MyWorkRequisitionFields on RequisitionConnection {
    nodes {
      id
      status
      createdAt
      purpose
      viewerActions
      estimatedValue {
        yuan
        fen
      }
      requester {
        id
        name
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
      department {
        id
        name
      }
      lines {
        id
        quantity
        item {
          id
          name
          unit
        }
      }
    }
  }
`);

function RequisitionsCard({ approver, issuer }: { approver: boolean; issuer: boolean }) {
  const t = useT();
  const { data, loading, error } = useQuery(MyWorkFacilitiesRequisitionsQuery, {
    variables: { approver: approver || issuer, issuer },
    fetchPolicy: 'cache-and-network',
  });
  const items = requisitionWorkItems([data?.toConfirm?.nodes ?? [], data?.requested?.nodes ?? [], data?.approved?.nodes ?? []], t);
  const more = !!(data?.requested?.pageInfo.hasNextPage || data?.approved?.pageInfo.hasNextPage || data?.toConfirm?.pageInfo.hasNextPage);
  return (
    <WorkList
      title={t('待我处理的领用', 'Requisitions waiting for me')}
      items={items}
      loading={loading}
      error={error}
      more={more ? { to: '/facilities/requisitions' } : null}
      testId="my-work-facilities-requisitions"
    />
  );
}

function Card() {
  const access = useAccess();
  return <RequisitionsCard approver={access.can('approveRequisition')} issuer={access.can('issueRequisition')} />;
}

/**
 * Requisitions (领用单) waiting for the viewer: to approve for the director, to issue for the
 * storekeeper, to confirm receipt for the requester.
 */
export const facilitiesRequisitionWorkSource: WorkSource = {
  key: 'facilities-requisitions',
  title: { zh: '领用', en: 'Requisitions' },
  visible: (access) => access.can('requestRequisition') || access.can('issueRequisition') || access.can('approveRequisition'),
  Card,
  subjects: { REQUISITION: (id) => `/facilities/requisitions/${id}` },
};
