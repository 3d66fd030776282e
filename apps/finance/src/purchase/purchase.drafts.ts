import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, newId, todayIn } from '@houqin/common';
import type { PayloadOf, facilitiesEvents } from '@houqin/events';
import { recordAudit, type Actor } from '@houqin/persistence';
import { DEFAULT_POLICY, requiredLevelFor } from '../approval/approval.rules';
import { ApprovalPolicy, BudgetCategory } from '../budget/budget.entity';
import { currentFiscalYear } from '../budget/budget.rules';
import { Fund } from '../ledger/ledger.entity';
import { PurchaseRequest, PurchaseRequestLine, PurchaseStatus } from './purchase.entity';

/** The category a reorder's draft is charged to until its requester picks another at submission. */
export const DRAFT_CATEGORY_CODE = 'OFFICE_SUPPLIES';

/** The district's category for drafts: OFFICE_SUPPLIES when active, else its first active school-fund category by code. */
async function draftCategory(manager: EntityManager, districtId: string): Promise<BudgetCategory> {
  const categories = await manager.find(BudgetCategory, { where: { districtId, active: true, fund: Fund.SCHOOL }, order: { code: 'ASC' } });
  const category = categories.find((c) => c.code === DRAFT_CATEGORY_CODE) ?? categories[0];
  if (!category)
    throw new Error(
      `District ${districtId} has no active school-fund budget category to draft a purchase request under: create one, then replay.`,
    );
  return category;
}

/**
 * A storeroom's reorder list (facilities.reorder.requested) becomes ONE draft purchase request
 * (DRAFT), in the consumer's transaction: its requester is the storekeeper who asked, its lines
 * carry the facilities item (sourceItemId), and it remembers its source (sourceService, sourceRef)
 * so the same reorder never makes two drafts, even replayed under a new event id. No budget is
 * touched and no approval starts until the requester submits it (submitDraftPurchaseRequest). The
 * system writes it: its audit entry has no account and carries the event's request id.
 */
export async function draftFromReorder(
  manager: EntityManager,
  actor: Actor,
  event: { districtId: string; payload: PayloadOf<typeof facilitiesEvents.reorderRequested> },
): Promise<PurchaseRequest> {
  const { districtId, payload } = event;
  const existing = await manager.findOne(PurchaseRequest, { where: { sourceService: 'facilities', sourceRef: payload.reorderId } });
  if (existing) return existing;
  const category = await draftCategory(manager, districtId);
  const policy = (await manager.findOne(ApprovalPolicy, { where: { districtId } })) ?? DEFAULT_POLICY;
  const estimatedTotalFen = payload.lines.reduce((sum, l) => sum + l.quantity * l.estimatedUnitPriceFen, 0);
  const request = manager.create(PurchaseRequest, {
    id: newId(),
    districtId,
    schoolId: payload.schoolId,
    requesterAccountId: payload.requestedByAccountId,
    requesterStaffId: payload.requestedByStaffId,
    fiscalYear: currentFiscalYear(todayIn(DEFAULT_TIME_ZONE)),
    categoryId: category.id,
    reason: payload.title,
    status: PurchaseStatus.DRAFT,
    estimatedTotalFen,
    requiredLevel: requiredLevelFor(estimatedTotalFen, policy),
    nextApprovalLevel: null,
    committedFen: 0,
    supplierId: null,
    orderedTotalFen: null,
    sourceService: 'facilities',
    sourceRef: payload.reorderId,
  });
  await manager.insert(PurchaseRequest, request);
  await manager.insert(
    PurchaseRequestLine,
    payload.lines.map((l, i) => ({
      id: newId(),
      requestId: request.id,
      lineNo: i + 1,
      description: l.itemName,
      quantity: l.quantity,
      unit: l.unit,
      estimatedUnitPriceFen: l.estimatedUnitPriceFen,
      actualUnitPriceFen: null,
      receivedQuantity: 0,
      sourceItemId: l.itemId,
    })),
  );
  await recordAudit(manager, actor, {
    action: 'purchaseRequest.draft',
    entityType: 'PurchaseRequest',
    entityId: request.id,
    districtId,
    schoolId: payload.schoolId,
    changes: {
      sourceService: 'facilities',
      sourceRef: payload.reorderId,
      categoryId: category.id,
      estimatedTotalFen,
      lines: payload.lines,
    },
  });
  return manager.findOneOrFail(PurchaseRequest, { where: { id: request.id } });
}
