import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../app/language';
import type { CanteenStockLotsQuery as LotsData, CanteenStocktakeQuery } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { remapListErrors } from '../../finance/workflow/common/inputs';
import { CanteenSteps, IngredientName, QuantityField, StatusTag, useCanteens } from './components';
import { STOCKTAKE_STATUS } from './labels';
import {
  CanteenApproveStocktakeMutation,
  CanteenRecordStocktakeCountsMutation,
  CanteenRejectStocktakeMutation,
  CanteenStockLotsQuery,
  CanteenStocktakeQuery as StocktakeQuery,
  CanteenSubmitStocktakeMutation,
} from './operations';
import { filledRows, hasAmount, mayActAsSecond, quantityInput, type BaseUnitName, type QuantityValue } from './stock-helpers';

type Lot = LotsData['stockLots']['nodes'][number];
type Count = CanteenStocktakeQuery['stocktake']['counts'][number];
interface CountFormValues {
  counts?: { lotId: string; quantity?: QuantityValue }[];
}

/**
 * One stocktake (盘点单): while open, the canteen's lots with what the books say and a count field each
 * (saved as counted, then submitted); then the counts with their differences (盘盈/盘亏), which the
 * general-affairs director approves into movements or rejects — never the one who submitted it.
 */
export default function StocktakePage() {
  const t = useT();
  const { id = '' } = useParams();
  const access = useAccess();
  const { message } = App.useApp();
  const { byId } = useCanteens();
  const { data, loading, error, refetch } = useQuery(StocktakeQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const stocktake = data?.stocktake;
  const lots = useQuery(CanteenStockLotsQuery, {
    variables: { filter: { canteenId: stocktake?.canteenId, withBalance: true }, first: 100 },
    skip: !stocktake,
    fetchPolicy: 'cache-and-network',
  });
  const [form] = Form.useForm<CountFormValues>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [record] = useMutation(CanteenRecordStocktakeCountsMutation);
  const [submitStocktake, submitState] = useMutation(CanteenSubmitStocktakeMutation);
  const [approve] = useMutation(CanteenApproveStocktakeMutation);
  const [reject] = useMutation(CanteenRejectStocktakeMutation);
  const [decision, setDecision] = useState<'APPROVE' | 'REJECT' | null>(null);

  if (error && !stocktake) return <GraphErrorResult error={error} />;
  if (!stocktake) return <Spin spinning={loading} style={{ display: 'block', margin: 48 }} />;

  const lotRows: Lot[] = lots.data?.stockLots.nodes ?? [];
  const lotById = new Map(lotRows.map((l) => [l.id, l]));
  const countByLot = new Map(stocktake.counts.map((c) => [c.lotId, c]));
  const counting = stocktake.status === 'OPEN' && access.can('recordStocktakeCounts', stocktake.schoolId);
  const deciding =
    stocktake.status === 'SUBMITTED' &&
    access.can('approveStocktake', stocktake.schoolId) &&
    mayActAsSecond(access.accountId, stocktake.submittedByAccountId);
  const refetchAll = () => Promise.all([refetch(), lots.refetch()]);

  async function saveCounts() {
    const values = form.getFieldsValue(true) as CountFormValues;
    const rows = values.counts ?? [];
    const { inputs, formIndex } = filledRows(
      rows,
      (r) => hasAmount(r.quantity),
      (r) => ({ lotId: r.lotId, quantity: quantityInput(r.quantity) }),
    );
    if (!inputs.length) {
      void message.info(t('请先填写盘点数量', 'Enter a count first'));
      return;
    }
    const result = await submit(async () => {
      try {
        return await record({ variables: { input: { id: stocktake!.id, counts: inputs } } });
      } catch (e) {
        throw remapListErrors(e, 'counts', formIndex);
      }
    });
    if (!result?.data) return;
    void message.success(t('已保存盘点数', 'Counts saved'));
    form.resetFields();
    await refetchAll();
  }

  async function submitForApproval() {
    const result = await submitStocktake({ variables: { input: { id: stocktake!.id } } }).catch(() => null);
    if (result?.data) {
      void message.success(t('已提交审批', 'Submitted for approval'));
      await refetchAll();
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {t('盘点单', 'Stocktake')} {byId.get(stocktake.canteenId)?.name}
            <StatusTag table={STOCKTAKE_STATUS} status={stocktake.status} testId="stocktake-status" />
          </Space>
        }
        extra={
          deciding && (
            <Space wrap>
              <Button type="primary" onClick={() => setDecision('APPROVE')} data-testid="action-approve">
                {t('批准差异', 'Approve the differences')}
              </Button>
              <Button danger onClick={() => setDecision('REJECT')} data-testid="action-reject">
                {t('驳回', 'Reject')}
              </Button>
            </Space>
          )
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('开始时间', 'Opened')}>
            <DateTime value={stocktake.createdAt} />
          </Descriptions.Item>
          <Descriptions.Item label={t('已盘批次', 'Lots counted')}>{stocktake.counts.length}</Descriptions.Item>
        </Descriptions>
        <Table<Count>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={stocktake.counts}
          data-testid="stocktake-counts"
          locale={{ emptyText: t('尚未录入盘点数', 'Nothing counted yet') }}
          columns={[
            {
              title: t('食材', 'Ingredient'),
              key: 'i',
              render: (_, c) => {
                const lot = lotById.get(c.lotId);
                return lot ? (
                  <IngredientName id={lot.ingredientId} />
                ) : (
                  <Typography.Text type="secondary">{c.lotId.slice(-8)}</Typography.Text>
                );
              },
            },
            { title: t('批号', 'Batch'), key: 'b', render: (_, c) => lotById.get(c.lotId)?.batchNumber ?? '—' },
            { title: t('账面数量', 'Books'), key: 'book', align: 'right', render: (_, c) => c.bookQuantity.display },
            { title: t('实盘数量', 'Counted'), key: 'counted', align: 'right', render: (_, c) => c.counted.display },
            {
              title: t('差异', 'Difference'),
              key: 'd',
              align: 'right',
              render: (_, c) => (
                <span
                  style={{ color: c.difference < 0 ? '#cf1322' : c.difference > 0 ? '#389e0d' : undefined }}
                  data-testid="count-difference"
                >
                  {c.difference > 0 ? '+' : ''}
                  {c.differenceQuantity.display}
                  {c.difference > 0 ? t('（盘盈）', ' (gain)') : c.difference < 0 ? t('（盘亏）', ' (loss)') : ''}
                </span>
              ),
            },
          ]}
        />
      </Card>
      {counting && (
        <Card
          title={t('录入盘点数', 'Enter counts')}
          extra={
            <Button
              onClick={() => void submitForApproval()}
              loading={submitState.loading}
              disabled={!stocktake.counts.length}
              data-testid="submit-stocktake"
            >
              {t('提交审批', 'Submit for approval')}
            </Button>
          }
        >
          {submitState.error && <GraphErrorResult error={submitState.error} />}
          <Form<CountFormValues> form={form} initialValues={{ counts: lotRows.map((l) => ({ lotId: l.id })) }} key={lotRows.length}>
            <Table<Lot>
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              loading={lots.loading}
              dataSource={lotRows}
              data-testid="stocktake-lots"
              columns={[
                { title: t('食材', 'Ingredient'), key: 'i', render: (_, l) => <IngredientName id={l.ingredientId} /> },
                { title: t('批号', 'Batch'), key: 'b', render: (_, l) => l.batchNumber ?? '—' },
                { title: t('库位', 'Location'), key: 'loc', render: (_, l) => l.location?.name ?? '—' },
                { title: t('账面结存', 'Books'), key: 'bal', align: 'right', render: (_, l) => l.balanceQuantity.display },
                {
                  title: t('已盘', 'Counted'),
                  key: 'done',
                  align: 'right',
                  render: (_, l) => countByLot.get(l.id)?.counted.display ?? '—',
                },
                {
                  title: t('实盘数量', 'Count'),
                  key: 'count',
                  width: 240,
                  render: (_, l, index) => (
                    <>
                      <Form.Item name={['counts', index, 'lotId']} hidden initialValue={l.id}>
                        <Input />
                      </Form.Item>
                      <Form.Item name={['counts', index, 'quantity']} style={{ margin: 0 }}>
                        <QuantityField baseUnit={l.baseUnit as BaseUnitName} testId="count-quantity" />
                      </Form.Item>
                    </>
                  ),
                },
              ]}
            />
            <div style={{ marginTop: 12 }}>
              {alert}
              <Button type="primary" loading={submitting} onClick={() => void saveCounts()} data-testid="save-counts">
                {t('保存盘点数', 'Save counts')}
              </Button>
            </div>
          </Form>
        </Card>
      )}
      <Card title={t('流程记录', 'Steps')}>
        <CanteenSteps steps={stocktake.steps} viewerAccountId={access.accountId} />
      </Card>
      <ActionModal
        open={decision === 'APPROVE'}
        title={t('批准盘点差异（生成盘盈/盘亏）', 'Approve: the differences become movements')}
        initialValues={{ comment: '' }}
        onClose={() => setDecision(null)}
        refetch={refetchAll}
        run={(v) => approve({ variables: { input: { id: stocktake.id, comment: v.comment?.trim() || null } } })}
      >
        <Form.Item name="comment" label={t('意见', 'Comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
      <ActionModal
        open={decision === 'REJECT'}
        danger
        title={t('驳回盘点', 'Reject the stocktake')}
        initialValues={{ comment: '' }}
        onClose={() => setDecision(null)}
        refetch={refetchAll}
        run={(v) => reject({ variables: { input: { id: stocktake.id, comment: v.comment.trim() } } })}
      >
        <Form.Item
          name="comment"
          label={t('驳回原因', 'Why')}
          rules={[{ required: true, whitespace: true, message: t('请填写原因', 'Say why') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
