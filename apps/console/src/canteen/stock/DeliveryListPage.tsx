import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenDeliveryListQuery, DeliveryFilter, DeliveryStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { CanteenSelect, StatusTag, useCanteens } from './components';
import { DELIVERY_STATUS, labelOf } from './labels';
import { CanteenDeliveryListQuery as ListQuery } from './operations';

type Row = CanteenDeliveryListQuery['deliveries']['nodes'][number];

/** Deliveries and their inspection (进货查验记录), newest first: by canteen, status and days; `?status=…` opens it filtered. */
export default function DeliveryListPage() {
  const t = useT();
  const access = useAccess();
  const [search] = useSearchParams();
  const paging = useCursorPaging();
  const { canteens } = useCanteens();
  const [filter, setFilter] = useState<DeliveryFilter>(() => ({ status: (search.get('status') as DeliveryStatus | null) ?? undefined }));
  const change = (next: DeliveryFilter) => {
    setFilter(next);
    paging.reset();
  };
  const { data, previousData, loading, error } = useQuery(ListQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.deliveries;
  const receives = canteens.some((c) => access.can('recordDelivery', c.schoolId));

  const columns = [
    { title: t('到货日期', 'Delivered'), dataIndex: 'deliveredOn' },
    { title: t('食堂', 'Canteen'), key: 'c', render: (_: unknown, r: Row) => r.canteen?.name ?? '—' },
    {
      title: t('供应商', 'Supplier'),
      key: 's',
      render: (_: unknown, r: Row) => (
        <Link to={`/canteen/deliveries/${r.id}`} data-testid="delivery-link">
          {r.supplier.name}
        </Link>
      ),
    },
    { title: t('票据号', 'Invoice'), dataIndex: 'invoiceNumber' },
    { title: t('查验人', 'Inspector'), key: 'i', render: (_: unknown, r: Row) => r.inspector?.name ?? '—' },
    {
      title: t('验收金额', 'Accepted'),
      key: 'a',
      align: 'right' as const,
      render: (_: unknown, r: Row) => <Money value={r.acceptedTotal} />,
    },
    { title: t('状态', 'Status'), key: 'st', render: (_: unknown, r: Row) => <StatusTag table={DELIVERY_STATUS} status={r.status} /> },
  ];

  return (
    <Card
      title={t('进货查验', 'Deliveries')}
      extra={
        receives && (
          <Link to="/canteen/deliveries/new">
            <Button type="primary" data-testid="new-delivery">
              {t('登记进货', 'Receive a delivery')}
            </Button>
          </Link>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {canteens.length > 1 && (
          <CanteenSelect
            canteens={canteens}
            allowClear
            value={filter.canteenId ?? undefined}
            onChange={(canteenId) => change({ ...filter, canteenId })}
          />
        )}
        <Select
          allowClear
          placeholder={t('全部状态', 'Any status')}
          style={{ minWidth: 160 }}
          value={filter.status ?? undefined}
          onChange={(status?: DeliveryStatus) => change({ ...filter, status })}
          options={Object.keys(DELIVERY_STATUS).map((s) => ({ value: s, label: labelOf(DELIVERY_STATUS, s, t) }))}
          data-testid="filter-status"
        />
        <Input
          type="date"
          aria-label={t('起始日期', 'From')}
          value={filter.deliveredFrom ?? ''}
          onChange={(e) => change({ ...filter, deliveredFrom: e.target.value || undefined })}
          style={{ width: 160 }}
        />
        <span>—</span>
        <Input
          type="date"
          aria-label={t('截止日期', 'To')}
          value={filter.deliveredTo ?? ''}
          onChange={(e) => change({ ...filter, deliveredTo: e.target.value || undefined })}
          style={{ width: 160 }}
        />
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="delivery-list">
          <PagedTable<Row> rowKey="id" columns={columns} page={page} paging={paging} loading={loading} />
        </div>
      )}
    </Card>
  );
}
