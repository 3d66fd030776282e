import { useQuery } from '@apollo/client/react';
import { Button, Card } from 'antd';
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
import { PURCHASE_STATUS } from '../common/labels';
import { useWorkflowViewer } from '../common/useWorkflowContext';
import { PurchaseRequestListQuery } from './operations';
import type { PurchaseRequestFilter, PurchaseRequestListQuery as ListData } from '../../../graphql/graphql';

type Row = ListData['purchaseRequests']['nodes'][number];

/** Purchase requests (采购申请): all of a school for its finance staff and the district, one's own otherwise. */
export default function PurchaseListPage() {
  const t = useT();
  const viewer = useWorkflowViewer();
  // Whoever approves somewhere (审批权限) gets the "awaiting my approval" filter.
  const access = useAccess();
  const paging = useCursorPaging();
  const [search] = useSearchParams();
  const [filter, setFilter] = useState<ListFilterValues>(() => filterFromSearch(search));
  const { data, loading, error, previousData } = useQuery(PurchaseRequestListQuery, {
    variables: { filter: filter as PurchaseRequestFilter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.purchaseRequests;

  const columns = [
    { title: t('申请日期', 'Filed'), dataIndex: 'createdAt', render: (v: string) => <DateTime value={v} dateOnly /> },
    ...(viewer.listSchools.length > 1
      ? [{ title: t('学校', 'School'), key: 'school', render: (_: unknown, r: Row) => r.school.name }]
      : []),
    {
      title: t('事由', 'Reason'),
      dataIndex: 'reason',
      render: (reason: string, r: Row) => (
        <Link to={`/finance/purchases/${r.id}`} data-testid="purchase-link">
          {reason}
        </Link>
      ),
    },
    { title: t('科目', 'Category'), key: 'category', render: (_: unknown, r: Row) => r.category.name },
    { title: t('申请人', 'Requester'), key: 'requester', render: (_: unknown, r: Row) => r.requester?.name ?? '—' },
    {
      title: t('金额', 'Amount'),
      key: 'amount',
      align: 'right' as const,
      render: (_: unknown, r: Row) => <Money value={r.orderedTotal ?? r.estimatedTotal} />,
    },
    { title: t('状态', 'Status'), dataIndex: 'status', render: (s: string) => <StatusTag table={PURCHASE_STATUS} status={s} /> },
  ];

  return (
    <Card
      title={t('采购申请', 'Purchase requests')}
      extra={
        viewer.filingSchools.length > 0 && (
          <Link to="/finance/purchases/new">
            <Button type="primary" data-testid="new-purchase">
              {t('提交申请', 'New request')}
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
        statuses={PURCHASE_STATUS}
        schools={viewer.listSchools}
        approver={access.can('approvePurchaseRequest')}
      />
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="purchase-list">
          <PagedTable<Row> rowKey="id" columns={columns} page={page} paging={paging} loading={loading} />
        </div>
      )}
    </Card>
  );
}
