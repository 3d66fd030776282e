import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { REPLACEMENT_CONFIDENCE, REPLACEMENT_STATE, REPLACEMENT_STATE_COLOR } from './labels';
import { FacilitiesDueReplacementsQuery } from './operations';
import { addDays, mondayOf, quantityText, replacementBasisText, roomText, roundOrder, schoolToday } from './storeroom';

const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .replacement-round .ant-card { box-shadow: none; border: none; }
  .replacement-round td, .replacement-round th { font-size: 11pt; }
}
`;

/**
 * This week's predicted replacements (本周预测更换): what to bring to which room before anyone asks,
 * from each room's requisition history (dueReplacements), in the order of the storekeeper's round
 * (campus, building, room), with how each was predicted; printable for the round.
 */
export default function ReplacementsPage() {
  const t = useT();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const [weekOf, setWeekOf] = useState(() => mondayOf(schoolToday()));
  const { data, loading, error } = useQuery(FacilitiesDueReplacementsQuery, {
    variables: { schoolId: schoolId ?? '', weekOf, first: 100 },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId,
  });
  const rows = useMemo(() => roundOrder(data?.dueReplacements.nodes ?? []), [data]);
  const more = data?.dueReplacements.pageInfo.hasNextPage;

  return (
    <div className="replacement-round">
      <style>{PRINT_CSS}</style>
      <Card
        title={t(`本周预测更换（${weekOf} – ${addDays(weekOf, 6)}）`, `Replacements due (${weekOf} – ${addDays(weekOf, 6)})`)}
        extra={
          <Button
            className="no-print"
            type="primary"
            onClick={() => window.print()}
            disabled={!rows.length}
            data-testid="replacements-print"
          >
            {t('打印巡回清单', 'Print the round')}
          </Button>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Space className="no-print" wrap style={{ marginBottom: 16 }}>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
          <DatePicker
            picker="week"
            allowClear={false}
            value={dayjs(weekOf)}
            onChange={(d) => d && setWeekOf(mondayOf(d.format('YYYY-MM-DD')))}
            data-testid="replacements-week"
          />
          <Button onClick={() => setWeekOf(mondayOf(schoolToday()))}>{t('本周', 'This week')}</Button>
          <Button onClick={() => setWeekOf(addDays(weekOf, 7))}>{t('下周', 'Next week')}</Button>
        </Space>
        {!schoolId ? (
          <Empty description={t('请选择学校', 'Choose a school')} />
        ) : error && !data ? (
          <GraphErrorResult error={error} />
        ) : (
          <>
            <Table
              data-testid="replacements-table"
              rowKey={(r) => `${r.roomId}:${r.itemId}`}
              size="small"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: '✓', key: 'tick', width: 32, render: () => '☐' },
                {
                  title: t('房间', 'Room'),
                  key: 'room',
                  render: (_, r) => <span data-testid="replacement-room">{roomText(r.room)}</span>,
                },
                {
                  title: t('物品', 'Item'),
                  key: 'item',
                  render: (_, r) => <span data-testid="replacement-item">{r.item?.name ?? r.itemId}</span>,
                },
                {
                  title: t('上次领用', 'Last requisitioned'),
                  key: 'last',
                  render: (_, r) => `${r.lastRequisitionedOn}（${quantityText(r.lastQuantity, r.item?.unit, t)}）`,
                },
                {
                  title: t('预测日期', 'Predicted'),
                  key: 'on',
                  render: (_, r) => (
                    <Space size={4}>
                      {r.predictedOn}
                      <Tag color={REPLACEMENT_STATE_COLOR[r.state]}>{labelOf(REPLACEMENT_STATE, r.state, t)}</Tag>
                    </Space>
                  ),
                },
                {
                  title: t('带去数量', 'Bring'),
                  key: 'q',
                  align: 'right',
                  render: (_, r) => <Typography.Text strong>{quantityText(r.quantityToBring, r.item?.unit, t)}</Typography.Text>,
                },
                {
                  title: t('预测依据', 'How predicted'),
                  key: 'basis',
                  render: (_, r) => (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {replacementBasisText(r, t)} · {t('可信度', 'confidence')} {labelOf(REPLACEMENT_CONFIDENCE, r.confidence, t)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
            {more && (
              <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
                {t('仅显示前 100 项。', 'The first 100 only.')}
              </Typography.Paragraph>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
