import type { MoneyValue } from '../../shared/money';
import type { WorkItem } from '../WorkList';

type T = (zh: string, en: string) => string;

/** A delivery waiting for its second inspection, as the work source reads it. */
export interface WaitingDelivery {
  id: string;
  deliveredOn: string;
  createdAt: string;
  inspectorAccountId: string;
  acceptedTotal: MoneyValue;
  supplier: { name: string };
  canteen?: { name: string } | null;
  school: { name: string };
}

/**
 * Deliveries of bulk staples waiting for a second inspector (大宗食品复核): every one the viewer did not
 * inspect first (the graph refuses the first inspector as second, so theirs are not work for them).
 */
export function secondInspectionItems(deliveries: readonly WaitingDelivery[], viewerAccountId: string, t: T): WorkItem[] {
  return deliveries
    .filter((d) => d.inspectorAccountId !== viewerAccountId)
    .map((d) => ({
      id: d.id,
      to: `/canteen/deliveries/${d.id}`,
      title: t(`${d.supplier.name} ${d.deliveredOn} 到货`, `${d.supplier.name}, delivered ${d.deliveredOn}`),
      tag: { text: t('待复核', 'To inspect'), color: 'gold' },
      subtitle: [d.canteen?.name, d.school.name].filter(Boolean).join(' · '),
      amount: d.acceptedTotal,
      at: d.createdAt,
    }));
}

/** A stocktake or write-off waiting for the director, as the work source reads it. */
export interface WaitingStocktake {
  id: string;
  canteenId: string;
  createdAt: string;
  submittedByAccountId?: string | null;
  counts: readonly { difference: number }[];
}
export interface WaitingWriteOff {
  id: string;
  createdAt: string;
  requestedByAccountId: string;
  reason: string;
  quantityToWriteOff: { display: string };
  lotId: string;
}

/**
 * Stocktake differences and write-offs waiting for the general-affairs director (盘点差异, 报损审批),
 * never the ones the viewer submitted or asked for (the graph refuses those to them).
 */
export function stockDecisionItems(
  stocktakes: readonly WaitingStocktake[],
  writeOffs: readonly WaitingWriteOff[],
  viewerAccountId: string,
  canteenName: (id: string) => string | undefined,
  t: T,
): WorkItem[] {
  const counted = stocktakes
    .filter((s) => s.submittedByAccountId !== viewerAccountId)
    .map((s) => {
      const differences = s.counts.filter((c) => c.difference !== 0).length;
      return {
        id: s.id,
        to: `/canteen/stocktakes/${s.id}`,
        title: t(`盘点：${differences} 个批次有差异`, `Stocktake: ${differences} lot(s) with a difference`),
        tag: { text: t('待审批', 'To approve'), color: 'gold' },
        subtitle: canteenName(s.canteenId),
        at: s.createdAt,
      };
    });
  const written = writeOffs
    .filter((w) => w.requestedByAccountId !== viewerAccountId)
    .map((w) => ({
      id: w.id,
      to: `/canteen/write-offs/${w.id}`,
      title: t(`报损 ${w.quantityToWriteOff.display}：${w.reason}`, `Write off ${w.quantityToWriteOff.display}: ${w.reason}`),
      tag: { text: t('待审批', 'To approve'), color: 'orange' },
      at: w.createdAt,
    }));
  return [...counted, ...written];
}
