import type { MoneyValue } from '../../shared/money';
import type { WorkItem } from '../WorkList';

/** A finance record as the work sources read it. */
export interface FinanceRecordRow {
  id: string;
  createdAt: string;
  requesterAccountId: string;
  school: { name: string };
  requester?: { name: string } | null;
}

const LEVEL: Record<string, { zh: string; en: string }> = {
  DIRECTOR: { zh: '总务主任', en: 'director' },
  PRINCIPAL: { zh: '校长', en: 'principal' },
  DISTRICT: { zh: '区教育局', en: 'district' },
};

/** "周老师 · 第一实验小学" */
export function whoAndWhere(row: FinanceRecordRow): string {
  return [row.requester?.name, row.school.name].filter(Boolean).join(' · ');
}

/** The approval tag: "待审批（校长）". */
export function approvalTag(level: string | null | undefined, t: (zh: string, en: string) => string): { text: string; color: string } {
  const name = level ? LEVEL[level] : undefined;
  return { text: name ? t(`待审批（${name.zh}）`, `To approve (${name.en})`) : t('待审批', 'To approve'), color: 'gold' };
}

/**
 * The claims waiting for the viewer: those awaiting their approval, then those awaiting their
 * review as the school's accountant — never their own claim (the graph would refuse to review it),
 * each once.
 */
export function claimWorkItems<R extends FinanceRecordRow & { title: string; total: MoneyValue; nextApprovalLevel?: string | null }>(
  awaitingApproval: readonly R[],
  awaitingReview: readonly R[],
  viewerAccountId: string,
  t: (zh: string, en: string) => string,
): WorkItem[] {
  const seen = new Set<string>();
  const items: WorkItem[] = [];
  const push = (row: R, tag: WorkItem['tag']) => {
    if (seen.has(row.id) || row.requesterAccountId === viewerAccountId) return;
    seen.add(row.id);
    items.push({
      id: row.id,
      to: `/finance/claims/${row.id}`,
      title: row.title,
      tag,
      subtitle: whoAndWhere(row),
      amount: row.total,
      at: row.createdAt,
    });
  };
  for (const row of awaitingApproval) push(row, approvalTag(row.nextApprovalLevel, t));
  for (const row of awaitingReview) push(row, { text: t('待审核', 'To review'), color: 'orange' });
  return items;
}
