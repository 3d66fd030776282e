import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenStocktakeListQuery, StocktakeStatus } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { PagedTable } from '../../shared/components/PagedTable';
import { graphProblems } from '../../shared/graph-errors';
import { useCursorPaging } from '../../shared/paging';
import { CanteenSelect, StatusTag, useCanteens } from './components';
import { labelOf, STOCKTAKE_STATUS } from './labels';
import { CanteenOpenStocktakeMutation, CanteenStocktakeListQuery as ListQuery } from './operations';

type Row = CanteenStocktakeListQuery['stocktakes']['nodes'][number];

/** Stocktakes (盘点单), newest first: open one for a canteen, follow each to its counts and approval. `?status=SUBMITTED` lists those awaiting the director. */
export default function StocktakeListPage() {
  const t = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const [search] = useSearchParams();
  const paging = useCursorPaging();
  const { canteens, byId } = useCanteens();
  const [canteenId, setCanteenId] = useState<string | undefined>(search.get('canteen') ?? undefined);
  const [status, setStatus] = useState<StocktakeStatus | undefined>((search.get('status') as StocktakeStatus | null) ?? undefined);
  const { data, previousData, loading, error } = useQuery(ListQuery, {
    variables: { filter: { canteenId, status }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const [open, opening] = useMutation(CanteenOpenStocktakeMutation);
  const page = (data ?? previousData)?.stocktakes;
  const counting = canteens.filter((c) => access.can('openStocktake', c.schoolId));
  const openFor = canteenId ? counting.find((c) => c.id === canteenId) : counting.length === 1 ? counting[0] : undefined;

  async function openStocktake() {
    if (!openFor) return;
    const result = await open({ variables: { input: { canteenId: openFor.id } } }).catch(() => null);
    const id = result?.data?.openStocktake.id;
    if (id) void navigate(`/canteen/stocktakes/${id}`);
  }

  const columns = [
    {
      title: t('开始时间', 'Opened'),
      key: 'o',
      render: (_: unknown, r: Row) => (
        <Link to={`/canteen/stocktakes/${r.id}`} data-testid="stocktake-link">
          <DateTime value={r.createdAt} />
        </Link>
      ),
    },
    { title: t('食堂', 'Canteen'), key: 'c', render: (_: unknown, r: Row) => byId.get(r.canteenId)?.name ?? '—' },
    { title: t('已盘批次', 'Lots counted'), key: 'n', align: 'right' as const, render: (_: unknown, r: Row) => r.counts.length },
    {
      title: t('有差异', 'With a difference'),
      key: 'd',
      align: 'right' as const,
      render: (_: unknown, r: Row) => r.counts.filter((c) => c.difference !== 0).length,
    },
    { title: t('状态', 'Status'), key: 's', render: (_: unknown, r: Row) => <StatusTag table={STOCKTAKE_STATUS} status={r.status} /> },
  ];

  return (
    <Card
      title={t('盘点', 'Stocktakes')}
      extra={
        openFor && (
          <Button type="primary" loading={opening.loading} onClick={() => void openStocktake()} data-testid="open-stocktake">
            {t(`开始盘点：${openFor.name}`, `Open a stocktake: ${openFor.name}`)}
          </Button>
        )
      }
    >
      {opening.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={graphProblems(opening.error)
            .map((p) => p.message)
            .join(' ')}
          data-testid="form-error"
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <CanteenSelect
          canteens={canteens}
          allowClear
          value={canteenId}
          onChange={(id) => {
            setCanteenId(id);
            paging.reset();
          }}
        />
        <Select
          allowClear
          placeholder={t('全部状态', 'Any status')}
          style={{ minWidth: 160 }}
          value={status}
          onChange={(s?: StocktakeStatus) => {
            setStatus(s);
            paging.reset();
          }}
          options={Object.keys(STOCKTAKE_STATUS).map((s) => ({ value: s, label: labelOf(STOCKTAKE_STATUS, s, t) }))}
          data-testid="filter-status"
        />
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="stocktake-list">
          <PagedTable<Row> rowKey="id" columns={columns} page={page} paging={paging} loading={loading} />
        </div>
      )}
    </Card>
  );
}
