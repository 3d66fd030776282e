import { useMutation } from '@apollo/client/react';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/language';
import type { ExpenseClaimDetailQuery } from '../../../graphql/graphql';
import { formatYuan } from '../../../shared/money';
import { ActionModal } from '../common/ActionModal';
import { CommentField, PayFields, payInput } from '../common/PayFields';
import type { ClaimAction } from '../../../graphql/graphql';
import { ApproveExpenseClaimMutation, PayExpenseClaimMutation, RejectExpenseClaimMutation, ReviewExpenseClaimMutation } from './operations';

type Claim = ExpenseClaimDetailQuery['expenseClaim'];

const BUTTONS: Record<ClaimAction, { zh: string; en: string; primary?: boolean; danger?: boolean }> = {
  REVIEW: { zh: '审核通过', en: 'Review', primary: true },
  APPROVE: { zh: '批准', en: 'Approve', primary: true },
  REJECT: { zh: '退回', en: 'Reject', danger: true },
  PAY: { zh: '付款', en: 'Pay', primary: true },
};
const ORDER: ClaimAction[] = ['REVIEW', 'APPROVE', 'REJECT', 'PAY'];

/** The steps the viewer may take on the claim (审核, 审批, 退回, 付款), each a button opening its small form. */
export function ClaimActions({ claim, actions, refetch }: { claim: Claim; actions: readonly string[]; refetch(): unknown }) {
  const t = useT();
  const [open, setOpen] = useState<ClaimAction | null>(null);
  const [review] = useMutation(ReviewExpenseClaimMutation);
  const [approve] = useMutation(ApproveExpenseClaimMutation);
  const [reject] = useMutation(RejectExpenseClaimMutation);
  const [pay] = useMutation(PayExpenseClaimMutation);
  const common = { onClose: () => setOpen(null), refetch };
  const comment = (v: { comment?: string }) => v.comment?.trim() || null;

  return (
    <>
      <Space wrap>
        {ORDER.filter((a) => actions.includes(a)).map((action) => (
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
        open={open === 'REVIEW'}
        title={t('审核报销', 'Review the claim')}
        initialValues={{ comment: '' }}
        run={(v) => review({ variables: { input: { id: claim.id, comment: comment(v) } } })}
      >
        <CommentField />
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'APPROVE'}
        title={t('批准报销', 'Approve the claim')}
        initialValues={{ comment: '' }}
        run={(v) => approve({ variables: { input: { id: claim.id, comment: comment(v) } } })}
      >
        <CommentField />
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'REJECT'}
        danger
        title={t('退回报销', 'Reject the claim')}
        initialValues={{ reason: '' }}
        run={(v) => reject({ variables: { input: { id: claim.id, reason: v.reason.trim() } } })}
      >
        <CommentField required name="reason" />
      </ActionModal>
      <ActionModal
        {...common}
        open={open === 'PAY'}
        title={t(`付款 ${formatYuan(claim.total)}`, `Pay ${formatYuan(claim.total)}`)}
        initialValues={{ paidOn: null, comment: '' }}
        run={(v) => pay({ variables: { input: payInput(claim.id, v) } })}
      >
        <PayFields />
      </ActionModal>
    </>
  );
}
