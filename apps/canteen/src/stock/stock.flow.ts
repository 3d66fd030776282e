import { defineFlow } from '@houqin/workflow';
import { P } from '../permissions';
import { CanteenStep } from '../workflow-step.entity';
import { StockWriteOff, StockWriteOffStatus, Stocktake, StocktakeStatus } from './stock-review.entity';

/** workflow_step.subjectType of the stock flows. */
export const STOCK_WRITE_OFF_SUBJECT = 'STOCK_WRITE_OFF';
export const STOCKTAKE_SUBJECT = 'STOCKTAKE';

const { PENDING, APPROVED, REJECTED } = StockWriteOffStatus;

/**
 * A write-off (报损): the storekeeper or canteen manager asks, with the reason; the general-affairs
 * director approves (the WRITE_OFF movement) or rejects it, never on their own request.
 */
export const writeOffFlow = defineFlow({
  name: 'StockWriteOff',
  subjectType: STOCK_WRITE_OFF_SUBJECT,
  noun: 'write-off',
  auditPrefix: 'stockWriteOff',
  states: Object.values(StockWriteOffStatus),
  entity: StockWriteOff,
  stepEntity: CanteenStep,
  transitions: {
    REQUESTED: { from: [], to: [PENDING], permission: P.requestStockWriteOff, audit: 'request' },
    APPROVED: {
      from: [PENDING],
      to: [APPROVED],
      permission: P.approveStockWriteOff,
      separate: { who: (w: StockWriteOff) => w.requestedByAccountId, reason: 'You requested this write-off', doing: 'approve' },
      audit: 'approve',
    },
    REJECTED: {
      from: [PENDING],
      to: [REJECTED],
      permission: P.rejectStockWriteOff,
      separate: { who: (w: StockWriteOff) => w.requestedByAccountId, reason: 'You requested this write-off', doing: 'reject' },
      audit: 'reject',
    },
  },
});

/**
 * A stocktake (盘点): opened, counted lot by lot (counts may be recorded again while it is open),
 * submitted; the general-affairs director approves its differences (adjusting movements) or rejects
 * them, never on a stocktake they submitted.
 */
export const stocktakeFlow = defineFlow({
  name: 'Stocktake',
  subjectType: STOCKTAKE_SUBJECT,
  noun: 'stocktake',
  auditPrefix: 'stocktake',
  states: Object.values(StocktakeStatus),
  entity: Stocktake,
  stepEntity: CanteenStep,
  transitions: {
    OPENED: { from: [], to: [StocktakeStatus.OPEN], permission: P.openStocktake, audit: 'open' },
    COUNTED: { from: [StocktakeStatus.OPEN], to: [StocktakeStatus.OPEN], permission: P.recordStocktakeCounts, audit: 'count' },
    SUBMITTED: { from: [StocktakeStatus.OPEN], to: [StocktakeStatus.SUBMITTED], permission: P.submitStocktake, audit: 'submit' },
    APPROVED: {
      from: [StocktakeStatus.SUBMITTED],
      to: [StocktakeStatus.APPROVED],
      permission: P.approveStocktake,
      separate: { who: (s: Stocktake) => s.submittedByAccountId, reason: 'You submitted this stocktake', doing: 'approve' },
      audit: 'approve',
    },
    REJECTED: {
      from: [StocktakeStatus.SUBMITTED],
      to: [StocktakeStatus.REJECTED],
      permission: P.rejectStocktake,
      separate: { who: (s: Stocktake) => s.submittedByAccountId, reason: 'You submitted this stocktake', doing: 'reject' },
      audit: 'reject',
    },
  },
});
