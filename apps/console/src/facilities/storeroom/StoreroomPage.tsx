import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { Can, useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { Money } from '../../shared/components/Money';
import { PagedTable } from '../../shared/components/PagedTable';
import { labelOf } from '../../shared/labels';
import { formatYuan } from '../../shared/money';
import { useCursorPaging } from '../../shared/paging';
import { FacilitiesSchoolPicker, useFacilitiesSchool } from '../school-picker';
import { CONSUMABLE_CATEGORY, MOVEMENT_KIND } from './labels';
import { useStoreLookups, type ConsumableRef } from './lookups';
import {
  FacilitiesRecordStoreReceiptMutation,
  FacilitiesReorderSuggestionsQuery,
  FacilitiesRequestReorderPurchaseMutation,
  FacilitiesStoreMovementsQuery,
  FacilitiesStoreStockQuery,
} from './operations';
import { quantityText, receiptLines, receiptTotalFen, roomText, type ReceiptFormLine, type StoreRoomRef } from './storeroom';

/**
 * The consumables storeroom (低值易耗品仓库) for the storekeeper: stock per storeroom with its value,
 * items at or below their reorder point highlighted, goods received (入库单), an item's movements
 * (出入库流水), and the reorder list (补货清单) sent to finance as a draft purchase request.
 */
export default function StoreroomPage() {
  const t = useT();
  const access = useAccess();
  const { schoolId, setSchoolId } = useFacilitiesSchool();
  const lookups = useStoreLookups(schoolId);
  const [storeroomRoomId, setStoreroomRoomId] = useState<string | undefined>();
  const [itemId, setItemId] = useState<string | undefined>();
  const [receiving, setReceiving] = useState(false);
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, storeroomRoomId, reset]);
  const stock = useQuery(FacilitiesStoreStockQuery, {
    variables: { filter: { storeroomRoomId }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    skip: !schoolId,
  });
  const page = (stock.data ?? stock.previousData)?.storeStock;
  // storeStock has no school filter: a district viewer sees the chosen school's rows only.
  const rows = useMemo(
    () =>
      page
        ? {
            ...page,
            nodes: page.nodes.filter(
              (n) => !schoolId || lookups.storerooms.length === 0 || lookups.storerooms.some((s) => s.id === n.storeroomRoomId),
            ),
          }
        : page,
    [page, schoolId, lookups.storerooms],
  );

  if (!schoolId)
    return (
      <Card title={t('低值易耗品仓库', 'Storeroom')}>
        <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
        <Empty description={t('请选择学校', 'Choose a school')} />
      </Card>
    );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('库存', 'Stock')}
        extra={
          <Can action="recordStoreReceipt" schoolId={schoolId}>
            <Button type="primary" onClick={() => setReceiving(true)} disabled={lookups.loading} data-testid="receive-goods">
              {t('入库', 'Receive goods')}
            </Button>
          </Can>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <FacilitiesSchoolPicker value={schoolId} onChange={setSchoolId} />
          <Select
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('全部仓库', 'Every storeroom')}
            value={storeroomRoomId}
            onChange={setStoreroomRoomId}
            options={lookups.storerooms.map((s) => ({ value: s.id, label: roomText(s) }))}
            data-testid="storeroom-filter"
          />
        </Space>
        {stock.error && !page ? (
          <GraphErrorResult error={stock.error} />
        ) : (
          <PagedTable
            data-testid="stock-table"
            rowKey="id"
            loading={stock.loading}
            page={rows}
            paging={paging}
            size="small"
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ onClick: () => setItemId(row.itemId), style: { cursor: 'pointer' } })}
            rowClassName={(row) => (row.item?.atOrBelowReorderPoint ? 'stock-low' : '')}
            columns={[
              {
                title: t('物品', 'Item'),
                key: 'i',
                render: (_, row) => (
                  <Space size={4} data-testid="stock-item" data-low={row.item?.atOrBelowReorderPoint ? 'true' : 'false'}>
                    <Typography.Link>{row.item?.name ?? row.itemId}</Typography.Link>
                    {row.item?.atOrBelowReorderPoint && (
                      <Tag color="red" data-testid="stock-low">
                        {t('需补货', 'Reorder')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              { title: t('类别', 'Category'), key: 'c', render: (_, row) => labelOf(CONSUMABLE_CATEGORY, row.item?.category, t) },
              { title: t('仓库', 'Storeroom'), key: 's', render: (_, row) => roomText(row.storeroom) },
              {
                title: t('结存', 'In stock'),
                key: 'q',
                align: 'right',
                render: (_, row) => (
                  <Typography.Text type={row.item?.atOrBelowReorderPoint ? 'danger' : undefined} strong={row.item?.atOrBelowReorderPoint}>
                    {quantityText(row.quantity, row.item?.unit, t)}
                  </Typography.Text>
                ),
              },
              {
                title: t('全校结存 / 再订货点', 'School stock / reorder point'),
                key: 'r',
                align: 'right',
                render: (_, row) => (row.item ? `${row.item.stockQuantity} / ${row.item.reorderPoint}` : '—'),
              },
              {
                title: t('平均单价', 'Average cost'),
                key: 'a',
                align: 'right',
                render: (_, row) => (row.averageUnitCost ? <Money value={row.averageUnitCost} /> : '—'),
              },
              { title: t('金额', 'Value'), key: 'v', align: 'right', render: (_, row) => <Money value={row.value} /> },
            ]}
          />
        )}
      </Card>
      {itemId && (
        <MovementsCard
          itemId={itemId}
          storeroomRoomId={storeroomRoomId}
          item={lookups.items.find((i) => i.id === itemId)}
          onClose={() => setItemId(undefined)}
        />
      )}
      {access.can('readFacilities', schoolId) && <ReorderCard schoolId={schoolId} storeroomRoomId={storeroomRoomId} />}
      <ReceiptModal
        open={receiving}
        schoolId={schoolId}
        items={lookups.items}
        storerooms={lookups.storerooms}
        storeroomRoomId={storeroomRoomId}
        onClose={() => setReceiving(false)}
        onDone={() => {
          setReceiving(false);
          void stock.refetch();
        }}
      />
      <style>{'.stock-low td { background: #fff1f0 !important; }'}</style>
    </Space>
  );
}

/** An item's movements (出入库流水), newest first. */
function MovementsCard({
  itemId,
  storeroomRoomId,
  item,
  onClose,
}: {
  itemId: string;
  storeroomRoomId?: string;
  item?: ConsumableRef;
  onClose(): void;
}) {
  const t = useT();
  const paging = useCursorPaging();
  const { reset } = paging;
  useEffect(() => reset(), [itemId, storeroomRoomId, reset]);
  const { data, previousData, loading, error } = useQuery(FacilitiesStoreMovementsQuery, {
    variables: { filter: { itemId, storeroomRoomId }, ...paging.variables },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.storeMovements;
  return (
    <Card
      title={t(`出入库流水：${item?.name ?? ''}`, `Movements: ${item?.name ?? ''}`)}
      extra={<Button onClick={onClose}>{t('关闭', 'Close')}</Button>}
      data-testid="movements"
    >
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <PagedTable
          rowKey="id"
          size="small"
          loading={loading}
          page={page}
          paging={paging}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('时间', 'When'), key: 'w', render: (_, m) => <DateTime value={m.occurredAt} /> },
            { title: t('类型', 'Kind'), key: 'k', render: (_, m) => labelOf(MOVEMENT_KIND, m.kind, t) },
            { title: t('仓库', 'Storeroom'), key: 's', render: (_, m) => roomText(m.storeroom) },
            { title: t('领用地点', 'For room'), key: 'r', render: (_, m) => (m.room ? roomText(m.room) : '—') },
            { title: t('数量', 'Quantity'), key: 'q', align: 'right', render: (_, m) => (m.quantity > 0 ? `+${m.quantity}` : m.quantity) },
            { title: t('结存', 'Balance'), dataIndex: 'balanceAfter', align: 'right' },
            { title: t('金额', 'Value'), key: 'v', align: 'right', render: (_, m) => <Money value={m.value} /> },
          ]}
        />
      )}
    </Card>
  );
}

/** The reorder list (补货清单) and the button that sends it to finance (requestReorderPurchase). */
function ReorderCard({ schoolId, storeroomRoomId }: { schoolId: string; storeroomRoomId?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(FacilitiesReorderSuggestionsQuery, {
    variables: { schoolId, storeroomRoomId, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const [request, { loading: sending, error: sendError }] = useMutation(FacilitiesRequestReorderPurchaseMutation);
  const rows = data?.reorderSuggestions.nodes ?? [];
  const open = rows.filter((r) => !r.openReorderId);
  return (
    <Card
      title={t('补货清单', 'Reorder list')}
      data-testid="reorder"
      extra={
        <Can action="requestReorderPurchase" schoolId={schoolId}>
          <Popconfirm
            title={t(
              '将未在途的补货项生成采购申请草稿（财务）？',
              'Send the items not already on order to finance as a draft purchase request?',
            )}
            onConfirm={async () => {
              const result = await request({
                variables: { input: { schoolId, storeroomRoomId, itemIds: open.map((r) => r.itemId) } },
              }).catch(() => null);
              if (result?.data) {
                void message.success(
                  t(
                    `已生成补货申请「${result.data.requestReorderPurchase.title}」，${formatYuan(result.data.requestReorderPurchase.estimatedTotal)}`,
                    `Reorder "${result.data.requestReorderPurchase.title}" sent, ${formatYuan(result.data.requestReorderPurchase.estimatedTotal)}`,
                  ),
                );
                void refetch();
              }
            }}
          >
            <Button type="primary" disabled={!open.length} loading={sending} data-testid="reorder-request">
              {t('生成采购申请', 'Request purchase')}
            </Button>
          </Popconfirm>
        </Can>
      }
    >
      {sendError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={sendError.message} />}
      {error && !data ? (
        <GraphErrorResult error={error} />
      ) : (
        <Table
          rowKey={(r) => `${r.itemId}:${r.storeroomRoomId ?? ''}`}
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('物品', 'Item'), key: 'i', render: (_, r) => r.item?.name ?? r.itemId },
            { title: t('仓库', 'Storeroom'), key: 's', render: (_, r) => (r.storeroom ? roomText(r.storeroom) : '—') },
            { title: t('结存', 'In stock'), key: 'q', align: 'right', render: (_, r) => `${r.quantityInStock} / ${r.reorderPoint}` },
            {
              title: t('建议数量', 'Suggested'),
              key: 'n',
              align: 'right',
              render: (_, r) => quantityText(r.suggestedQuantity, r.item?.unit, t),
            },
            { title: t('预计单价', 'Unit price'), key: 'p', align: 'right', render: (_, r) => <Money value={r.estimatedUnitPrice} /> },
            { title: t('预计金额', 'Estimated'), key: 't', align: 'right', render: (_, r) => <Money value={r.estimatedTotal} /> },
            {
              title: t('在途', 'On order'),
              key: 'o',
              render: (_, r) => (r.openReorderId ? <Tag color="blue">{t('已申请', 'Requested')}</Tag> : '—'),
            },
          ]}
        />
      )}
    </Card>
  );
}

interface ReceiptValues {
  storeroomRoomId?: string;
  lines: ReceiptFormLine[];
  note?: string;
}

/** Receive goods (入库单): a storeroom, lines of item, quantity and unit price in yuan. */
function ReceiptModal({
  open,
  schoolId,
  items,
  storerooms,
  storeroomRoomId,
  onClose,
  onDone,
}: {
  open: boolean;
  schoolId: string;
  items: ConsumableRef[];
  storerooms: StoreRoomRef[];
  storeroomRoomId?: string;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(FacilitiesRecordStoreReceiptMutation);
  const lines = Form.useWatch('lines', form) ?? [];
  useEffect(() => {
    if (open)
      form.setFieldsValue({
        storeroomRoomId: storeroomRoomId ?? (storerooms.length === 1 ? storerooms[0].id : undefined),
        lines: [{}],
        note: '',
      });
  }, [open, form, storeroomRoomId, storerooms]);

  async function onFinish(values: ReceiptValues) {
    const checked = receiptLines(values.lines ?? [], t);
    if (checked.errors.length) {
      if (checked.errors.some((e) => e.name.length === 1)) void message.error(t('至少一行', 'At least one line'));
      form.setFields(checked.errors.map((e) => ({ name: e.name as never, errors: e.errors })));
      return;
    }
    const done = await submit(() =>
      record({
        variables: {
          input: { schoolId, storeroomRoomId: values.storeroomRoomId ?? '', lines: checked.lines, note: values.note?.trim() || null },
        },
      }),
    );
    if (done) {
      void message.success(t('已入库', 'Received'));
      onDone();
    }
  }

  return (
    <Modal
      open={open}
      title={t('入库单', 'Receive goods')}
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('入库', 'Receive')}
      okButtonProps={{ loading: submitting, 'data-testid': 'receipt-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {alert}
        <Form.Item
          name="storeroomRoomId"
          label={t('仓库', 'Storeroom')}
          rules={[{ required: true, message: t('请选择仓库', 'Choose a storeroom') }]}
        >
          <Select options={storerooms.map((s) => ({ value: s.id, label: roomText(s) }))} data-testid="receipt-storeroom" />
        </Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'itemId']} label={i === 0 ? t('物品', 'Item') : undefined}>
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: 220 }}
                      options={items.map((item) => ({ value: item.id, label: item.name }))}
                      data-testid="receipt-item"
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'quantity']} label={i === 0 ? t('数量', 'Quantity') : undefined}>
                    <InputNumber min={1} precision={0} style={{ width: 100 }} data-testid="receipt-quantity" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitCost']} label={i === 0 ? t('单价（元）', 'Unit price (¥)') : undefined}>
                    <Input style={{ width: 120 }} inputMode="decimal" placeholder="12.50" data-testid="receipt-unit-cost" />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} disabled={fields.length === 1} style={{ marginTop: i === 0 ? 30 : 0 }}>
                    {t('删除', 'Remove')}
                  </Button>
                </Space>
              ))}
              <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
                <Button onClick={() => add({})} data-testid="receipt-add-line">
                  {t('添加一行', 'Add a line')}
                </Button>
                <Typography.Text strong data-testid="receipt-total">
                  {t('合计', 'Total')} {formatYuan(receiptTotalFen(lines))}
                </Typography.Text>
              </Space>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('备注（供应商、发票号）', 'Note (supplier, invoice)')}>
          <Input.TextArea autoSize={{ minRows: 1 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
