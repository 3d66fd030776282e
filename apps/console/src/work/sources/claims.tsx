import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useAccess } from '../../session/access';
import type { WorkSource } from '../sources';
import { WorkList } from '../WorkList';
import { claimWorkItems } from './items';

const MyWorkClaimsQuery = graphql(`
  query MyWorkClaims($approves: Boolean!, $reviews: Boolean!) {
    awaitingApproval: expenseClaims(first: 20, filter: { awaitingMyApproval: true }) @include(if: $approves) {
      ...MyWorkClaimPage
    }
    awaitingReview: expenseClaims(first: 20, filter: { status: SUBMITTED }) @include(if: $reviews) {
      ...MyWorkClaimPage
    }
  }
  fragment MyWorkClaimPage on ExpenseClaimConnection {
    nodes {
      id
      title
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
      total {
        yuan
        fen
      }
    }
    pageInfo {
      hasNextPage
    }
  }
`);

const approves = (access: ReturnType<typeof useAccess>) =>
  access.hasRole('GENERAL_AFFAIRS_DIRECTOR', 'PRINCIPAL', 'DISTRICT_ADMIN') || access.can('approveExpenseClaim');
const reviews = (access: ReturnType<typeof useAccess>) => access.hasRole('ACCOUNTANT') || access.can('reviewExpenseClaim');

function ClaimsCard() {
  const t = useT();
  const access = useAccess();
  const { data, loading, error } = useQuery(MyWorkClaimsQuery, {
    variables: { approves: approves(access), reviews: reviews(access) },
    fetchPolicy: 'cache-and-network',
  });
  const items = claimWorkItems(data?.awaitingApproval?.nodes ?? [], data?.awaitingReview?.nodes ?? [], access.accountId, t);
  const more = data?.awaitingApproval?.pageInfo.hasNextPage || data?.awaitingReview?.pageInfo.hasNextPage;
  return (
    <WorkList
      title={t('待我处理的报销', 'Expense claims for me')}
      items={items}
      loading={loading}
      error={error}
      more={
        more
          ? { to: data?.awaitingApproval?.pageInfo.hasNextPage ? '/finance/claims?awaiting=1' : '/finance/claims?status=SUBMITTED' }
          : null
      }
      testId="my-work-claims"
    />
  );
}

/** Expense claims waiting for the viewer: to approve (审批) at their level, or to review (审核) as the school's accountant. */
export const claimWorkSource: WorkSource = {
  key: 'claims',
  title: { zh: '报销', en: 'Expense claims' },
  visible: (access) => approves(access) || reviews(access),
  Card: ClaimsCard,
  subjects: { ExpenseClaim: (id) => `/finance/claims/${id}` },
};
