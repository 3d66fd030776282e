import { registerEnumType } from 'type-graphql';
import type { Viewer } from '@houqin/auth';
import type { AssetStocktake } from './stocktake.entity';
import { AssetStocktakeAction, assetStocktakeFlow } from './stocktake.flow';

/** A step of a stocktake the viewer could take now, by its mutation. */
export enum AssetStocktakeViewerAction {
  SCAN = 'SCAN',
  CLOSE = 'CLOSE',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(AssetStocktakeViewerAction, {
  name: 'AssetStocktakeViewerAction',
  description: 'A step of an asset stocktake you could take now, by its mutation.',
  valuesConfig: {
    SCAN: { description: 'recordAssetScans (扫码).' },
    CLOSE: { description: 'closeAssetStocktake (结束盘点).' },
    APPROVE: { description: 'approveAssetStocktake (审批差异).' },
    REJECT: { description: 'rejectAssetStocktake (驳回).' },
  },
});

const BY_ACTION: Record<AssetStocktakeViewerAction, AssetStocktakeAction> = {
  SCAN: AssetStocktakeAction.SCANNED,
  CLOSE: AssetStocktakeAction.CLOSED,
  APPROVE: AssetStocktakeAction.APPROVED,
  REJECT: AssetStocktakeAction.REJECTED,
};

/** The steps the viewer could take on the stocktake now, by the rules its mutations check (role, state, separation of duties). No statement. */
export function stocktakeActions(viewer: Viewer | null | undefined, stocktake: AssetStocktake): AssetStocktakeViewerAction[] {
  return Object.values(AssetStocktakeViewerAction).filter((action) => assetStocktakeFlow.allows(viewer, BY_ACTION[action], stocktake));
}
