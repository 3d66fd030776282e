import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenDeliveryDetailQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { CanteenSteps, StatusTag } from './components';
import { DELIVERY_STATUS, ITEM_STATUS, labelOf, STORAGE_KIND } from './labels';
import { CanteenDeliveryDetailQuery as DetailQuery, CanteenSecondInspectDeliveryMutation } from './operations';
import { mayActAsSecond, UNIT_LABEL, type QuantityUnitName } from './stock-helpers';

type Item = CanteenDeliveryDetailQuery['delivery']['items'][number];

/**
 * One delivery's inspection record (进货查验记录): where it stands, its documents, each item as found at
 * the door and the lot it became, its steps; and, while it waits for one, the second inspection
 * (复核) for a different person than the first inspector.
 */
export default function DeliveryDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [secondInspect] = useMutation(CanteenSecondInspectDeliveryMutation);
  const [open, setOpen] = useState<'CONFIRM' | 'REFUSE' | null>(null);
  const delivery = data?.delivery;
  const unitText = (unit: string) => {
    const label = UNIT_LABEL[unit as QuantityUnitName];
    return label ? t(label.zh, label.en) : unit;
  };

  if (error && !delivery) return <GraphErrorResult error={error} />;
  if (!delivery) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;

  const waiting = delivery.status === 'PENDING_SECOND_INSPECTION';
  const mayInspect = waiting && access.can('secondInspectDelivery', delivery.schoolId);
  const different = mayActAsSecond(access.accountId, delivery.inspectorAccountId);
  const people: Record<string, string | undefined> = {
    [delivery.inspectorAccountId]: delivery.inspector?.name,
    ...(delivery.secondInspectorAccountId ? { [delivery.secondInspectorAccountId]: delivery.secondInspector?.name } : {}),
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('进货查验记录', 'Delivery inspection')}
            <StatusTag table={DELIVERY_STATUS} status={delivery.status} testId="delivery-status" />
          </Space>
        }
        extra={
          mayInspect &&
          (different ? (
            <Space wrap>
              <Button type="primary" onClick={() => setOpen('CONFIRM')} data-testid="second-inspect-confirm">
                {t('复核通过', 'Confirm')}
              </Button>
              <Button danger onClick={() => setOpen('REFUSE')} data-testid="second-inspect-refuse">
                {t('复核不通过', 'Refuse')}
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary" data-testid="second-inspect-not-you">
              {t('待另一人复核（查验人不能复核自己的记录）', 'Awaiting another person’s second inspection')}
            </Typography.Text>
          ))
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('学校', 'School')}>{delivery.school.name}</Descriptions.Item>
          <Descriptions.Item label={t('食堂', 'Canteen')}>{delivery.canteen?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('供应商', 'Supplier')}>{delivery.supplier.name}</Descriptions.Item>
          <Descriptions.Item label={t('到货日期', 'Delivered on')}>{delivery.deliveredOn}</Descriptions.Item>
          <Descriptions.Item label={t('食品经营许可证号', 'Food licence sighted')}>{delivery.supplierLicenceNumber}</Descriptions.Item>
          <Descriptions.Item label={t('发票/送货单号', 'Invoice / delivery note')}>{delivery.invoiceNumber}</Descriptions.Item>
          <Descriptions.Item label={t('查验人', 'Inspector')}>{delivery.inspector?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('查验时间', 'Inspected')}>
            <DateTime value={delivery.createdAt} />
          </Descriptions.Item>
          {delivery.secondInspectionRequired && (
            <Descriptions.Item label={t('复核人', 'Second inspector')}>
              {delivery.secondInspectorAccountId ? (
                <>
                  {delivery.secondInspector?.name ?? '—'} · <DateTime value={delivery.secondInspectedAt} />
                </>
              ) : (
                <Tag color="gold">{t('待复核（大宗食品）', 'Awaiting (bulk staples)')}</Tag>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('验收金额', 'Accepted total')}>
            <span data-testid="delivery-accepted-total">
              <Money value={delivery.acceptedTotal} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('到货金额', 'Delivered total')}>
            <Money value={delivery.deliveredTotal} />
          </Descriptions.Item>
          <Descriptions.Item label={t('保存期限', 'Keep until')}>{delivery.retainUntil}</Descriptions.Item>
          {delivery.remarks && (
            <Descriptions.Item label={t('备注', 'Remarks')} span="filled">
              <span style={{ whiteSpace: 'pre-wrap' }}>{delivery.remarks}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Table<Item>
          rowKey="id"
          size="small"
          pagination={false}
          style={{ marginTop: 16 }}
          scroll={{ x: 'max-content' }}
          dataSource={delivery.items}
          data-testid="delivery-items"
          columns={[
            { title: '#', dataIndex: 'lineNo' },
            { title: t('食材', 'Ingredient'), key: 'i', render: (_, i) => i.ingredient?.name ?? '—' },
            {
              title: t('数量', 'Quantity'),
              key: 'q',
              align: 'right',
              render: (_, i) => (
                <span title={i.quantity.display}>
                  {i.deliveredAmount} {unitText(i.deliveredUnit)}
                </span>
              ),
            },
            { title: t('单价', 'Unit price'), key: 'p', align: 'right', render: (_, i) => <Money value={i.unitPrice} /> },
            { title: t('金额', 'Amount'), key: 'a', align: 'right', render: (_, i) => <Money value={i.lineTotal} /> },
            { title: t('批号', 'Batch'), dataIndex: 'batchNumber' },
            { title: t('生产日期', 'Produced'), dataIndex: 'productionDate' },
            { title: t('保质期至', 'Expires'), key: 'e', render: (_, i) => i.expiresOn ?? t('无', 'none') },
            {
              title: t('贮存/温度', 'Kept / temp.'),
              key: 'k',
              render: (_, i) => `${labelOf(STORAGE_KIND, i.keptAt, t)}${i.arrivalTemperature ? ` ${i.arrivalTemperature}` : ''}`,
            },
            { title: t('检疫证明', 'Quarantine cert.'), key: 'qc', render: (_, i) => i.quarantineCertificateNumber ?? '—' },
            {
              title: t('感官', 'Sensory'),
              key: 's',
              render: (_, i) =>
                i.sensoryOk ? t('合格', 'Passed') : `${t('不合格', 'Failed')}${i.sensoryNotes ? `：${i.sensoryNotes}` : ''}`,
            },
            {
              title: t('结论', 'Verdict'),
              key: 'v',
              render: (_, i) => (
                <>
                  <StatusTag table={ITEM_STATUS} status={i.status} testId="item-status" />
                  {i.rejectionReason && <Typography.Text type="danger">{i.rejectionReason}</Typography.Text>}
                </>
              ),
            },
            { title: t('库位', 'Location'), key: 'l', render: (_, i) => i.location?.name ?? '—' },
            {
              title: t('入库批次', 'Lot'),
              key: 'lot',
              render: (_, i) =>
                i.lot ? (
                  <Link to={`/canteen/stock/lots/${i.lot.id}`} data-testid="item-lot">
                    {t('结存', 'left')} {i.lot.balanceQuantity.display}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('流程记录', 'Steps')}>
        <CanteenSteps steps={delivery.steps} viewerAccountId={access.accountId} people={people} />
      </Card>
      <ActionModal
        open={open === 'CONFIRM'}
        title={t('复核通过：验收入库', 'Confirm: accept into stock')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => secondInspect({ variables: { input: { id: delivery.id, confirmed: true, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('意见', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="second-inspect-comment" />
        </Form.Item>
      </ActionModal>
      <ActionModal
        open={open === 'REFUSE'}
        danger
        title={t('复核不通过：整单拒收', 'Refuse the delivery')}
        initialValues={{ comment: '' }}
        onClose={() => setOpen(null)}
        refetch={() => refetch()}
        run={(v) => secondInspect({ variables: { input: { id: delivery.id, confirmed: false, comment: v.comment.trim() } } })}
      >
        <Form.Item
          name="comment"
          label={t('拒收原因', 'Why refused')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
