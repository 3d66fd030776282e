import type { EntityManager } from 'typeorm';
import type { FixedAsset } from '../asset/asset.entity';
import type { FacilitiesContext } from '../context';

/** What an approval asks of disposal/ for a MISSING asset (盘亏): a disposal request, in the approval's transaction. */
export interface StocktakeDisposalRequester {
  requestIn(
    manager: EntityManager,
    asset: FixedAsset,
    request: { reason: string; method: 'LOST'; source: 'STOCKTAKE' },
  ): Promise<{ id: string }>;
}

/** ctx.disposals (disposal/), as the approval of a stocktake uses it. */
export function disposalsOf(ctx: FacilitiesContext): StocktakeDisposalRequester {
  const disposals = (ctx as FacilitiesContext & { disposals?: StocktakeDisposalRequester }).disposals;
  if (!disposals) throw new Error('ctx.disposals (disposal/) is not wired into the facilities context.');
  return disposals;
}
