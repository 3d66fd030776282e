import type { WorkItem } from '../../work/WorkList';
import { STOCKTAKE_SCOPE } from './labels';
import { roomLabel } from './lookups';

type T = (zh: string, en: string) => string;

/** A closed stocktake as My work reads it. */
export interface WaitingStocktake {
  id: string;
  scope: string;
  note?: string | null;
  closedAt?: string | null;
  createdAt: string;
  viewerActions: readonly string[];
  room?: { number: string; name: string; building: { name: string } } | null;
  summary?: { missing: number; wrongRoom: number; unregistered: number } | null;
}

/**
 * Closed stocktakes the viewer may decide (APPROVE among its viewerActions: never one they closed
 * themselves), each opening its page, with its differences counted.
 */
export function stocktakeWorkItems(stocktakes: readonly WaitingStocktake[], t: T): WorkItem[] {
  return stocktakes
    .filter((s) => s.viewerActions.includes('APPROVE'))
    .map((s) => {
      const scope = STOCKTAKE_SCOPE[s.scope];
      const what = s.room ? roomLabel(s.room) : scope ? t(scope.zh, scope.en) : s.scope;
      const d = s.summary;
      return {
        id: s.id,
        to: `/facilities/stocktakes/${s.id}`,
        title: `${t('资产盘点', 'Stocktake')}：${what}${s.note ? ` · ${s.note}` : ''}`,
        tag: { text: t('待审批', 'To approve'), color: 'gold' },
        subtitle: d
          ? t(
              `盘亏 ${d.missing} · 位置不符 ${d.wrongRoom} · 无账 ${d.unregistered}`,
              `${d.missing} missing · ${d.wrongRoom} wrong room · ${d.unregistered} unregistered`,
            )
          : undefined,
        at: s.closedAt ?? s.createdAt,
      };
    });
}
