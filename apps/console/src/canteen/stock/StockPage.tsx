import { useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, InputNumber, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenStockLotsQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useSchoolZone } from '../../session/zone';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { useCursorPaging } from '../../shared/paging';
import { CanteenSelect, IngredientName, useCanteens } from './components';
import { labelOf, STORAGE_KIND } from './labels';
import { CanteenStockLotsQuery as LotsQuery } from './operations';
import { expiryState, schoolToday, type ExpiryState } from './stock-helpers';

type Lot = CanteenStockLotsQuery['stockLots']['nodes'][number];

const ROW_COLOUR: Partial<Record<ExpiryState, string>> = { EXPIRED: '#fff1f0', SOON: '#fffbe6' };

/**
 * Stock by lot (库存): a canteen's lots with what is left of each, its value and expiry; lots expiring
 * within N days (临期) highlighted, or listed alone; an expired lot marked (it is only written off).
 */
export default function StockPage() {
  const t = useT();
  const zone = useSchoolZone();
  const access = useAccess();
  const [search] = useSearchParams();
  const paging = useCursorPaging();
  const { canteens, loading: canteensLoading } = useCanteens();
  const [chosen, setChosen] = useState<string | undefined>(search.get('canteen') ?? undefined);
  const canteenId = chosen ?? canteens[0]?.id;
  const [soonDays, setSoonDays] = useState(7);
  const [onlySoon, setOnlySoon] = useState(search.get('expiring') === '1');
  const [withEmpty, setWithEmpty] = useState(false);
  const today = schoolToday(zone);
  const { data, previousData, loading, error } = useQuery(LotsQuery, {
    variables: {
      filter: { canteenId, withBalance: withEmpty ? null : true, expiringWithinDays: onlySoon ? soonDays : null },
      ...paging.variables,
    },
    skip: !canteenId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.stockLots;
  const canteen = canteens.find((c) => c.id === canteenId);

  const columns = [
    {
      title: t('食材', 'Ingredient'),
      key: 'i',
      render: (_: unknown, l: Lot) => (
        <Link to={`/canteen/stock/lots/${l.id}`} data-testid="lot-link">
          <IngredientName id={l.ingredientId} />
        </Link>
      ),
    },
    { title: t('批号', 'Batch'), key: 'b', render: (_: unknown, l: Lot) => l.batchNumber ?? '—' },
    {
      title: t('保质期至', 'Expires'),
      key: 'e',
      render: (_: unknown, l: Lot) => {
        const state = expiryState(l.expiresOn, today, soonDays, l.expired);
        return (
          <Space size={4}>
            {l.expiresOn ?? t('无', 'none')}
            {state === 'EXPIRED' && (
              <Tag color="red" data-testid="lot-expired">
                {t('已过期', 'Expired')}
              </Tag>
            )}
            {state === 'SOON' && (
              <Tag color="orange" data-testid="lot-expiring">
                {t('临期', 'Expiring')}
              </Tag>
            )}
          </Space>
        );
      },
    },
    {
      title: t('结存', 'Balance'),
      key: 'bal',
      align: 'right' as const,
      render: (_: unknown, l: Lot) => <span data-testid="lot-balance">{l.balanceQuantity.display}</span>,
    },
    { title: t('库存金额', 'Value'), key: 'v', align: 'right' as const, render: (_: unknown, l: Lot) => <Money value={l.balanceCost} /> },
    {
      title: t('库位', 'Location'),
      key: 'loc',
      render: (_: unknown, l: Lot) => (l.location ? `${l.location.name}（${labelOf(STORAGE_KIND, l.location.kind, t)}）` : '—'),
    },
    { title: t('入库日期', 'Received'), dataIndex: 'receivedOn' },
  ];

  return (
    <Card
      title={t('库存', 'Stock')}
      extra={
        canteen && (
          <Space wrap>
            {access.can('issueStock', canteen.schoolId) && (
              <Link to={`/canteen/stock/issue?canteen=${canteen.id}`}>
                <Button data-testid="go-issue">{t('出库', 'Issue')}</Button>
              </Link>
            )}
            <Link to={`/canteen/stocktakes?canteen=${canteen.id}`}>
              <Button>{t('盘点', 'Stocktakes')}</Button>
            </Link>
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <CanteenSelect
          canteens={canteens}
          value={canteenId}
          onChange={(id) => {
            setChosen(id);
            paging.reset();
          }}
        />
        <span>
          {t('临期天数', 'Expiring within')}{' '}
          <InputNumber
            min={0}
            max={366}
            precision={0}
            value={soonDays}
            onChange={(v) => {
              setSoonDays(v ?? 0);
              paging.reset();
            }}
            style={{ width: 80 }}
            data-testid="soon-days"
          />{' '}
          {t('天', 'days')}
        </span>
        <Checkbox
          checked={onlySoon}
          onChange={(e) => {
            setOnlySoon(e.target.checked);
            paging.reset();
          }}
          data-testid="only-expiring"
        >
          {t('只看临期和过期', 'Only expiring or expired')}
        </Checkbox>
        <Checkbox
          checked={withEmpty}
          onChange={(e) => {
            setWithEmpty(e.target.checked);
            paging.reset();
          }}
        >
          {t('含已用完的批次', 'Include empty lots')}
        </Checkbox>
      </Space>
      {!canteensLoading && !canteens.length ? (
        <Typography.Text type="secondary">{t('没有可查看的食堂。', 'No canteen to show.')}</Typography.Text>
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="stock-lots">
          <PagedTable<Lot>
            rowKey="id"
            columns={columns}
            page={page}
            paging={paging}
            loading={loading}
            onRow={(l) => {
              const state = expiryState(l.expiresOn, today, soonDays, l.expired);
              return { style: { background: ROW_COLOUR[state] }, 'data-expiry': state } as React.HTMLAttributes<HTMLElement>;
            }}
          />
        </div>
      )}
    </Card>
  );
}
