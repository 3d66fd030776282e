import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { FacilitiesStep } from '../workflow-step.entity';
import { AssetStocktake, AssetStocktakeStatus } from './stocktake.entity';

/** workflow_step.subjectType of asset stocktakes. */
export const ASSET_STOCKTAKE_SUBJECT = 'ASSET_STOCKTAKE';

const { OPEN, CLOSED, APPROVED, REJECTED } = AssetStocktakeStatus;

/** The actions of an asset stocktake, as recorded in its steps. */
export enum AssetStocktakeAction {
  OPENED = 'OPENED',
  SCANNED = 'SCANNED',
  CLOSED = 'CLOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

const separate = (doing: string) => ({
  who: (s: AssetStocktake) => s.closedByAccountId,
  reason: 'You closed this stocktake',
  doing,
});

/**
 * An asset stocktake (资产盘点): a storekeeper or the director opens it (the expected assets are
 * snapshotted), scans tags while it is OPEN (SCANNED is checked but records no step: scans are rows of
 * their own and never move the stocktake's version, so scanners in parallel never conflict), closes it
 * (differences computed and frozen), and the general-affairs director approves or rejects it, never one
 * they closed. A rejected stocktake is final: count again in a new one.
 */
export const assetStocktakeFlow = defineFlow({
  name: 'AssetStocktake',
  subjectType: ASSET_STOCKTAKE_SUBJECT,
  noun: 'stocktake',
  auditPrefix: 'assetStocktake',
  states: Object.values(AssetStocktakeStatus),
  entity: AssetStocktake,
  stepEntity: FacilitiesStep,
  transitions: {
    [AssetStocktakeAction.OPENED]: { from: [], to: [OPEN], permission: P.openAssetStocktake, audit: 'open' },
    [AssetStocktakeAction.SCANNED]: { from: [OPEN], to: [OPEN], permission: P.recordAssetScans, audit: 'scan' },
    [AssetStocktakeAction.CLOSED]: { from: [OPEN], to: [CLOSED], permission: P.closeAssetStocktake, audit: 'close' },
    [AssetStocktakeAction.APPROVED]: {
      from: [CLOSED],
      to: [APPROVED],
      permission: P.approveAssetStocktake,
      separate: separate('approve'),
      audit: 'approve',
    },
    [AssetStocktakeAction.REJECTED]: {
      from: [CLOSED],
      to: [REJECTED],
      permission: P.rejectAssetStocktake,
      separate: separate('reject'),
      audit: 'reject',
    },
  },
});
