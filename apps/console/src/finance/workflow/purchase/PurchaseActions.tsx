import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/language';
import type { PurchaseRequestDetailQuery } from '../../../graphql/graphql';
import { formatYuan } from '../../../shared/money';
import { ActionModal } from '../common/ActionModal';
import { receiveLinesInput, remapListErrors, yuanInput } from '../common/inputs';
import { WorkflowSuppliersQuery } from '../common/operations';
import { CommentField, PayFields, payInput } from '../common/PayFields';
import type { PurchaseAction } from '../../../graphql/graphql';
import {
  ApprovePurchaseRequestMutation,
  SubmitDraftPurchaseRequestMutation,
  OrderPurchaseMutation,
  PayPurchaseMutation,
  ReceivePurchaseMutation,
  RejectPurchaseRequestMutation,
} from './operations';

type Request = PurchaseRequestDetailQuery['purchaseRequest'];

const BUTTONS: Record<PurchaseAction, { zh: string; en: string; primary?: boolean; danger?: boolean }> = {
  SUBMIT_DRAFT: { zh: '提交审批', en: 'Submit for approval', primary: true },
  APPROVE: { zh: '批准', en: 'Approve', primary: true },
  REJECT: { zh: '退回', en: 'Reject', danger: true },
  ORDER: { zh: '采购下单', en: 'Order', primary: true },
  RECEIVE: { zh: '验收', en: 'Receive', primary: true },
  PAY: { zh: '付款', en: 'Pay', primary: true },
};
const ORDER: PurchaseAction[] = ['SUBMIT_DRAFT', 'APPROVE', 'REJECT', 'ORDER', 'RECEIVE', 'PAY'];

/** The steps the viewer may take on the request, each a button opening its small form. */
export function PurchaseActions({ request, actions, refetch }: { request: Request; actions: readonly string[]; refetch(): unknown }) {
  const t = useT();
  const [open, setOpen] = useState<PurchaseAction | null>(null);
  const close = () => setOpen(null);
  const [submitDraft] = useMutation(SubmitDraftPurchaseRequestMutation);
  const [approve] = useMutation(ApprovePurchaseRequestMutation);
  const [reject] = useMutation(RejectPurchaseRequestMutation);
  const [order] = useMutation(OrderPurchaseMutation);
  const [receive] = useMutation(ReceivePurchaseMutation);
  const [pay] = useMutation(PayPurchaseMutation);
  const shown = ORDER.filter((a) => actions.includes(a));
  const common = { onClose: close, refetch };

  return (
    <>
      <Space wrap>
        {shown.map((action) => (
          <Button
            key={action}
            type={BUTTONS[action].primary ? 'primary' : 'default'}
            danger={BUTTONS[action].danger}
            onClick={() => setOpen(action)}
            data-testid={`action-${action.toLowerCase()}`}
          >
            {t(BUTTONS[action].zh, BUTTONS[action].en)}
          </Button>
        ))}
      </Space>
      <ActionModal
        {...common}
        open={open === 'SUBMIT_DRAFT'}
        title={t('提交草稿审批', 'Submit the draft for approval')}
        initialValues={{ reason: '' }}
        run={(v) => submitDraft({ variables: { input: { id: request.id, reason: v.reason?.trim() || null } } })}
      >
        <Form.Item name="reason" label={t('采购理由（留空则用草稿标题）', 'Why the items are needed (the draft title when empty)')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="draft-reason" />
        </Form.Item>
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'APPROVE'}
        title={t('批准采购申请', 'Approve the request')}
        initialValues={{ comment: '' }}
        run={(v) => approve({ variables: { input: { id: request.id, comment: v.comment?.trim() || null } } })}
      >
        <CommentField />
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'REJECT'}
        danger
        title={t('退回采购申请', 'Reject the request')}
        initialValues={{ reason: '' }}
        run={(v) => reject({ variables: { input: { id: request.id, reason: v.reason.trim() } } })}
      >
        <CommentField required name="reason" />
      </ActionModal>
      {open === 'ORDER' && (
        <OrderModal request={request} onClose={close} refetch={refetch} run={(input) => order({ variables: { input } })} />
      )}
      <ActionModal
        {...common}
        open={open === 'RECEIVE'}
        width={640}
        title={t('验收', 'Record goods received')}
        initialValues={{
          lines: request.lines.map((l) => ({ lineId: l.id, quantity: Math.max(0, l.quantity - l.receivedQuantity) })),
          comment: '',
        }}
        run={async (v) => {
          const { lines, formIndex } = receiveLinesInput(
            v.lines.map((row, index) => ({ lineId: request.lines[index].id, quantity: row.quantity })),
          );
          try {
            return await receive({ variables: { input: { id: request.id, lines, comment: v.comment?.trim() || null } } });
          } catch (error) {
            throw remapListErrors(error, 'lines', formIndex);
          }
        }}
      >
        <Form.List name="lines">
          {(fields) =>
            fields.map((field, index) => {
              const line = request.lines[index];
              return (
                <Form.Item
                  key={field.key}
                  name={[field.name, 'quantity']}
                  label={`${line.description}（${t('已收', 'received')} ${line.receivedQuantity}/${line.quantity} ${line.unit}）`}
                  rules={[
                    {
                      type: 'number',
                      min: 0,
                      max: line.quantity - line.receivedQuantity,
                      message: t('超出未收数量', 'More than is still due'),
                    },
                  ]}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} suffix={line.unit} />
                </Form.Item>
              );
            })
          }
        </Form.List>
        <CommentField />
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'PAY'}
        title={t(
          `付款 ${formatYuan(request.orderedTotal ?? request.estimatedTotal)}`,
          `Pay ${formatYuan(request.orderedTotal ?? request.estimatedTotal)}`,
        )}
        initialValues={{ paidOn: null, comment: '' }}
        run={(v) => pay({ variables: { input: payInput(request.id, v) } })}
      >
        <PayFields />
      </ActionModal>
    </>
  );
}

/** Order from a supplier at actual prices (采购): the supplier, and each line's actual unit price. */
function OrderModal({
  request,
  onClose,
  refetch,
  run,
}: {
  request: Request;
  onClose(): void;
  refetch(): unknown;
  run(input: { id: string; supplierId: string; lines: { actualUnitPrice: string }[] }): Promise<unknown>;
}) {
  const t = useT();
  const [search, setSearch] = useState<string | undefined>();
  const { data, loading } = useQuery(WorkflowSuppliersQuery, { variables: { nameContains: search || null } });
  return (
    <ActionModal
      open
      onClose={onClose}
      refetch={refetch}
      width={720}
      title={t('采购下单', 'Order from a supplier')}
      initialValues={{
        supplierId: undefined as string | undefined,
        lines: request.lines.map((l) => ({ actualUnitPrice: l.estimatedUnitPrice.yuan })),
      }}
      run={(v) =>
        run({
          id: request.id,
          supplierId: v.supplierId ?? '',
          lines: v.lines.map((l: { actualUnitPrice?: string }) => ({ actualUnitPrice: yuanInput(l.actualUnitPrice) })),
        })
      }
    >
      <Form.Item
        name="supplierId"
        label={t('供应商', 'Supplier')}
        rules={[{ required: true, message: t('请选择供应商', 'Choose a supplier') }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          loading={loading}
          placeholder={t('输入名称搜索', 'Type to search')}
          options={(data?.suppliers.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))}
          data-testid="order-supplier"
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('各行实际单价（元）', 'Actual unit price of each line (yuan)')}</Typography.Paragraph>
      <Form.List name="lines">
        {(fields) =>
          fields.map((field) => {
            const line = request.lines[field.name];
            return (
              <Form.Item
                key={field.key}
                name={[field.name, 'actualUnitPrice']}
                label={t(
                  `${line.description}（${line.quantity} ${line.unit}，预估 ${formatYuan(line.estimatedUnitPrice)}）`,
                  `${line.description} (${line.quantity} ${line.unit}, estimate ${formatYuan(line.estimatedUnitPrice)})`,
                )}
                rules={[{ required: true, message: t('请填写实际单价', 'Enter the actual unit price') }]}
              >
                <Input inputMode="decimal" prefix="¥" style={{ maxWidth: 200 }} />
              </Form.Item>
            );
          })
        }
      </Form.List>
    </ActionModal>
  );
}
