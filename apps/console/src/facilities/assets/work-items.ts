import type { MoneyValue } from '../../shared/money';
import type { WorkItem } from '../../work/WorkList';
import { DISPOSAL_APPROVER, DISPOSAL_METHOD } from './labels';

type T = (zh: string, en: string) => string;

/** A disposal request waiting for the viewer, as My work reads it. */
export interface WaitingDisposal {
  id: string;
  method: string;
  createdAt: string;
  reason: string;
  nextApprovalRole?: string | null;
  netBookValue: MoneyValue;
  asset?: { tagNumber: string; name: string } | null;
}

/** Disposal requests waiting at a level the viewer decides (待我审批), each opening its page. */
export function disposalWorkItems(disposals: readonly WaitingDisposal[], t: T): WorkItem[] {
  return disposals.map((d) => {
    const method = DISPOSAL_METHOD[d.method];
    const level = d.nextApprovalRole ? DISPOSAL_APPROVER[d.nextApprovalRole] : undefined;
    return {
      id: d.id,
      to: `/facilities/disposals/${d.id}`,
      title: `${method ? t(method.zh, method.en) : d.method}：${d.asset ? `${d.asset.tagNumber} ${d.asset.name}` : ''}`,
      tag: { text: level ? t(`待审批（${level.zh}）`, `To approve (${level.en})`) : t('待审批', 'To approve'), color: 'gold' },
      subtitle: d.reason,
      amount: d.netBookValue,
      at: d.createdAt,
    };
  });
}
