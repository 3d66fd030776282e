import { useQuery } from '@apollo/client/react';
import { Button, Card, Grid, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../../app/language';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { Money } from '../../../shared/components/Money';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { StatusTag } from '../common/components';
import { filterFromSearch, ListFilters, type ListFilterValues } from '../common/ListFilters';
import { useAccess } from '../../../session/access';
import { CLAIM_STATUS } from '../common/labels';
import { useWorkflowViewer } from '../common/useWorkflowContext';
import { ExpenseClaimListQuery } from './operations';
import type { ExpenseClaimFilter, ExpenseClaimListQuery as ListData } from '../../../graphql/graphql';

type Row = ListData['expenseClaims']['nodes'][number];

/** Expense claims (报销): all of a school for its finance staff and the district, one's own otherwise. A teacher uses it on a phone. */
export default function ClaimListPage() {
  const t = useT();
  const viewer = useWorkflowViewer();
  // Whoever approves somewhere (审批权限) gets the "awaiting my approval" filter.
  const access = useAccess();
  const paging = useCursorPaging();
  const [search] = useSearchParams();
  const [filter, setFilter] = useState<ListFilterValues>(() => filterFromSearch(search));
  const { data, loading, error, previousData } = useQuery(ExpenseClaimListQuery, {
    variables: { filter: filter as ExpenseClaimFilter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.expenseClaims;

  const phone = !Grid.useBreakpoint().md;
  // On a phone (a teacher checking a claim) what it is, its amount and where it stands, the date under its title
  const phoneColumns = [
    {
      title: t('报销事由', 'For'),
      dataIndex: 'title',
      render: (title: string, r: Row) => (
        <div style={{ maxWidth: '34vw', whiteSpace: 'normal', wordBreak: 'break-word' }}>
          <Link to={`/finance/claims/${r.id}`} data-testid="claim-link">
            {title}
          </Link>
          <div>
            <Typography.Text type="secondary">
              <DateTime value={r.createdAt} dateOnly />
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('金额', 'Amount'), key: 'amount', align: 'right' as const, render: (_: unknown, r: Row) => <Money value={r.total} /> },
    { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <StatusTag table={CLAIM_STATUS} status={s} /> },
  ];
  const columns = [
    { title: t('申请日期', 'Filed'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} dateOnly /> },
    ...(viewer.listSchools.length > 1
      ? [{ title: t('学校', 'School'), key: 'school', render: (_: unknown, r: Row) => r.school.name }]
      : []),
    {
      title: t('报销事由', 'For'),
      dataIndex: 'title',
      render: (title: string, r: Row) => (
        <Link to={`/finance/claims/${r.id}`} data-testid="claim-link">
          {title}
        </Link>
      ),
    },
    { title: t('申请人', 'Requester'), key: 'requester', render: (_: unknown, r: Row) => r.requester?.name ?? '—' },
    {
      title: t('金额', 'Amount'),
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, r: Row) => <Money value={r.total} />,
    },
    { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <StatusTag table={CLAIM_STATUS} status={s} /> },
  ];

  return (
    <Card
      title={t('报销', 'Expense claims')}
      extra={
        viewer.filingSchools.length > 0 && (
          <Link to="/finance/claims/new">
            <Button type="primary" data-testid="new-claim">
              {t('我要报销', 'New claim')}
            </Button>
          </Link>
        )
      }
    >
      <ListFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          paging.reset();
        }}
        statuses={CLAIM_STATUS}
        schools={viewer.listSchools}
        approver={access.can('approvePurchaseRequest')}
      />
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="claim-list">
          <PagedTable<Row> rowKey="id" columns={phone ? phoneColumns : columns} page={page} paging={paging} loading={loading} />
        </div>
      )}
    </Card>
  );
}
