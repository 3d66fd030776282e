import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Space, Spin, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenStockLotQuery } from '../../graphql/graphql';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { IngredientName, StatusTag } from './components';
import { labelOf, MOVEMENT_KIND, STORAGE_KIND } from './labels';
import { CanteenStockLotQuery as LotQuery } from './operations';
import { expiryState, schoolToday } from './stock-helpers';

type Movement = CanteenStockLotQuery['stockLot']['movements'][number];

/** One stock lot (库存批次): where it sits, what is left and its value, and every movement (库存流水), oldest first. */
export default function LotPage() {
  const t = useT();
  const zone = useSchoolZone();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(LotQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const lot = data?.stockLot;

  if (error && !lot) return <GraphErrorResult error={error} />;
  if (!lot) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;
  const state = expiryState(lot.expiresOn, schoolToday(zone), 7, lot.expired);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('库存批次', 'Stock lot')} <IngredientName id={lot.ingredientId} />
            {state === 'EXPIRED' && <Tag color="red">{t('已过期', 'Expired')}</Tag>}
            {state === 'SOON' && <Tag color="orange">{t('临期', 'Expiring')}</Tag>}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('批号', 'Batch')}>{lot.batchNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('库位', 'Location')}>
            {lot.location ? `${lot.location.name}（${labelOf(STORAGE_KIND, lot.location.kind, t)}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('入库日期', 'Received on')}>{lot.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={t('生产日期', 'Produced')}>{lot.productionDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('保质期至', 'Expires')}>{lot.expiresOn ?? t('无', 'none')}</Descriptions.Item>
          <Descriptions.Item label={t('入库数量', 'Received')}>{lot.received.display}</Descriptions.Item>
          <Descriptions.Item label={t('结存数量', 'Balance')}>
            <span data-testid="lot-balance">{lot.balanceQuantity.display}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('进价金额', 'Cost')}>
            <Money value={lot.cost} />
          </Descriptions.Item>
          <Descriptions.Item label={t('库存金额', 'Value left')}>
            <Money value={lot.balanceCost} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('库存流水', 'Movements')}>
        <Table<Movement>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={lot.movements}
          data-testid="lot-movements"
          columns={[
            { title: t('时间', 'When'), key: 'at', render: (_, m) => <DateTime value={m.at} /> },
            {
              title: t('类型', 'Kind'),
              key: 'k',
              render: (_, m) => <StatusTag table={MOVEMENT_KIND} status={m.kind} testId="movement-kind" />,
            },
            { title: t('数量', 'Quantity'), key: 'q', align: 'right', render: (_, m) => m.moved.display },
            { title: t('金额', 'Cost'), key: 'c', align: 'right', render: (_, m) => <Money value={m.cost} /> },
            { title: t('说明', 'Reason'), key: 'r', render: (_, m) => m.reason ?? '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
