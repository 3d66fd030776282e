import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { forbidden, newId, parseId, parseYuan } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requireViewer } from '@houqin/auth';
import { financeEvents, publishEvent } from '@houqin/events';
import type { PayloadOf } from '@houqin/events';
import { groupedLoader, paginate } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { APPROVAL_ORDER, WorkflowAction, WorkflowStep as WorkflowStepEntity, WorkflowSubject } from '../approval/approval.entity';
import type { ApprovalLevel, WorkflowStep } from '../approval/approval.entity';
import type { ApproveInput, PayInput, RejectInput } from '../approval/approval.inputs';
import { approvalPath, bankReturned, needsReapproval, requiredLevelFor } from '../approval/approval.rules';
import { approveAtAwaitedLevel, rejectAtAwaitedLevel } from '../approval/approval.steps';
import type { Decided } from '../approval/approval.steps';
import type { Submitted } from '../approval/approval.types';
import { BudgetCategory } from '../budget/budget.entity';
import { currentFiscalYear } from '../budget/budget.rules';
import type { BudgetCharge, BudgetService } from '../budget/budget.service';
import { LedgerAccount } from '../ledger/ledger.entity';
import { costAccountFor } from '../ledger/ledger.rules';
import type { LedgerService, PaymentReversal } from '../ledger/ledger.service';
import type { SupplierService } from '../supplier/supplier.service';
import { PurchaseRequest, PurchaseRequestLine, PurchaseStatus } from './purchase.entity';
import { approvalTransition, purchaseActions } from './purchase.actions';
import type { PurchaseAction } from './purchase.actions';
import { purchaseFlow } from './purchase.flow';
import type {
  OrderPurchaseInput,
  PurchaseRequestFilter,
  ReceivePurchaseInput,
  SubmitDraftPurchaseRequestInput,
  SubmitPurchaseRequestInput,
} from './purchase.inputs';
import { receive, requirePricePerLine, totalOf } from './purchase.rules';
import { purchaseReader, purchaseSql } from './purchase.store';
import { DirectoryCopy } from '../directory-copy/directory-copy.service';

type PurchaseEvent = (typeof financeEvents)[
  | 'purchaseRequestSubmitted'
  | 'purchaseRequestReceived'
  | 'purchaseRequestApproved'
  | 'purchaseRequestRejected'
  | 'purchaseRequestPaid'
  | 'purchaseRequestPaymentReversed'];

/** What every purchase-request event says of the request, as the step left it. */
function purchaseFacts(request: PurchaseRequest) {
  return {
    purchaseRequestId: request.id,
    requesterAccountId: request.requesterAccountId,
    requesterStaffId: request.requesterStaffId,
    categoryId: request.categoryId,
    fiscalYear: request.fiscalYear,
    estimatedTotalFen: request.estimatedTotalFen,
    status: request.status,
    nextApprovalLevel: request.nextApprovalLevel,
  };
}

/**
 * Purchase requests (物品申报 → 审批 → 采购 → 验收 → 付款). Each step goes through the purchase flow
 * (purchase.flow.ts): its check refuses the wrong person (FORBIDDEN) or a step out of order
 * (CONFLICT), and its commit moves the request only if nobody else moved it meanwhile, recording
 * the workflow step and the audit entry in the same transaction.
 */
export class PurchaseService {
  /** Requests the viewer may see: the school's finance staff all of them, anyone else their own. */
  readonly reader: ScopedReader<PurchaseRequest>;
  private linesLoader?: DataLoader<string, PurchaseRequestLine[]>;
  private stepsLoader?: DataLoader<string, WorkflowStep[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
    private readonly ledger: LedgerService,
    private readonly suppliers: SupplierService,
  ) {
    this.reader = purchaseReader(ctx);
    ledger.onPaymentReversed('PURCHASE_REQUEST', (manager, reversal) => this.paymentReversed(manager, reversal));
  }

  list(filter: PurchaseRequestFilter, page: PageArgs): Promise<Page<PurchaseRequest>> {
    return paginate(purchaseSql.list(this.ctx.dataSource.manager, this.reader, filter, requireViewer(this.ctx.viewer)), page);
  }

  linesOf(requestId: string): Promise<PurchaseRequestLine[]> {
    this.linesLoader ??= groupedLoader(
      (ids) =>
        this.ctx.dataSource.getRepository(PurchaseRequestLine).find({ where: { requestId: In([...ids]) }, order: { lineNo: 'ASC' } }),
      (l) => l.requestId,
    );
    return this.linesLoader.load(requestId);
  }

  stepsOf(requestId: string): Promise<WorkflowStep[]> {
    this.stepsLoader ??= purchaseFlow.stepsLoader<WorkflowStep>(this.ctx.dataSource);
    return this.stepsLoader.load(requestId);
  }

  /** The steps the viewer could take on the request now (purchaseActions): from the viewer and the record alone, no statement. */
  viewerActions(request: PurchaseRequest): PurchaseAction[] {
    return purchaseActions(this.ctx.viewer, request);
  }

  /** Records the step's event in its transaction (the outbox): it is published only if the step commits. */
  private async announce<D extends PurchaseEvent>(
    manager: EntityManager,
    definition: D,
    request: PurchaseRequest,
    facts: Omit<PayloadOf<D>, keyof ReturnType<typeof purchaseFacts>>,
  ): Promise<PurchaseRequest> {
    const payload = { ...purchaseFacts(request), ...facts } as PayloadOf<D>;
    await publishEvent(manager, this.ctx, definition, { districtId: request.districtId, schoolId: request.schoolId, payload });
    return request;
  }

  /** `announce` for an approval or rejection: the decision is the step's. */
  private announceDecision(
    manager: EntityManager,
    definition: (typeof financeEvents)['purchaseRequestApproved' | 'purchaseRequestRejected'],
    { record, decision }: Decided<PurchaseRequest>,
  ): Promise<PurchaseRequest> {
    // Only a claim is rejected before its approvals (at review); a request is always decided at a level.
    const { level } = decision;
    if (level === null) throw new Error(`Purchase request ${record.id} was decided at no approval level.`);
    return this.announce(manager, definition, record, { ...decision, level });
  }

  private lines(manager: EntityManager, request: PurchaseRequest): Promise<PurchaseRequestLine[]> {
    return manager.find(PurchaseRequestLine, { where: { requestId: request.id }, order: { lineNo: 'ASC' } });
  }

  async submit(input: SubmitPurchaseRequestInput): Promise<Submitted<PurchaseRequest>> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = purchaseFlow.allow(this.ctx.viewer, WorkflowAction.SUBMITTED, schoolId);
    const lines = input.lines.map((l, i) => ({ ...l, unitPriceFen: parseYuan(l.estimatedUnitPrice, `lines.${i}.estimatedUnitPrice`) }));
    const estimatedTotalFen = totalOf(lines, 'request');
    return this.ctx.dataSource.transaction(async (manager) => {
      await new DirectoryCopy(this.ctx.dataSource).requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const category = await this.budgets.categoryFor(manager, input.categoryId, 'categoryId');
      const fiscalYear = input.fiscalYear ?? currentFiscalYear();
      const warning = await this.budgets.checkRoom(
        manager,
        { districtId: viewer.districtId, schoolId, fiscalYear, category, amountFen: estimatedTotalFen },
        'categoryId',
      );
      const path = approvalPath(viewer, schoolId, requiredLevelFor(estimatedTotalFen, await this.budgets.policy(manager)));
      const request = manager.create(PurchaseRequest, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        requesterAccountId: viewer.accountId,
        requesterStaffId: viewer.staffId,
        fiscalYear,
        categoryId: category.id,
        reason: input.reason.trim(),
        status: PurchaseStatus.PENDING_APPROVAL,
        estimatedTotalFen,
        requiredLevel: path.required,
        nextApprovalLevel: path.first,
        committedFen: 0,
        supplierId: null,
        orderedTotalFen: null,
      });
      await manager.insert(PurchaseRequest, request);
      await manager.insert(
        PurchaseRequestLine,
        lines.map((l, i) => ({
          id: newId(),
          requestId: request.id,
          lineNo: i + 1,
          description: l.description.trim(),
          quantity: l.quantity,
          unit: l.unit.trim(),
          estimatedUnitPriceFen: l.unitPriceFen,
          actualUnitPriceFen: null,
          receivedQuantity: 0,
        })),
      );
      await purchaseFlow.recordCreation(manager, this.ctx, WorkflowAction.SUBMITTED, request, { comment: warning, changes: { ...input } });
      const record = await manager.findOneOrFail(PurchaseRequest, { where: { id: request.id } });
      await this.announce(manager, financeEvents.purchaseRequestSubmitted, record, { requiredLevel: record.requiredLevel });
      return { record, warnings: warning ? [warning] : [] };
    });
  }

  /**
   * Files a draft another service's event created (a storeroom's reorder list) into approval: only
   * its requester may (FORBIDDEN otherwise, after the flow's role and state checks: CONFLICT unless
   * DRAFT). The category, fiscal year and reason may change now; the budget's room is checked as a
   * new request's is, its approval path is the submitter's, and finance.purchaseRequest.submitted is
   * published as for any filed request.
   */
  async submitDraft(input: SubmitDraftPurchaseRequestInput): Promise<Submitted<PurchaseRequest>> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const draft = await this.reader.getIn(manager, input.id);
      const step = purchaseFlow.check(this.ctx.viewer, 'SUBMITTED_DRAFT', draft);
      if (step.viewer.accountId !== draft.requesterAccountId)
        throw forbidden('Only the requester of a draft purchase request submits it (草稿只能由申请人提交).');
      const category = await this.budgets.categoryFor(manager, input.categoryId ?? draft.categoryId, 'categoryId');
      const fiscalYear = input.fiscalYear ?? draft.fiscalYear;
      const reason = input.reason?.trim() || draft.reason;
      const warning = await this.budgets.checkRoom(
        manager,
        { districtId: draft.districtId, schoolId: draft.schoolId, fiscalYear, category, amountFen: draft.estimatedTotalFen },
        'categoryId',
      );
      const policy = await this.budgets.policy(manager, draft.districtId);
      const path = approvalPath(step.viewer, draft.schoolId, requiredLevelFor(draft.estimatedTotalFen, policy));
      const set = { categoryId: category.id, fiscalYear, reason, requiredLevel: path.required, nextApprovalLevel: path.first };
      const record = await step.commit(manager, this.ctx, { set, comment: warning, changes: set });
      await this.announce(manager, financeEvents.purchaseRequestSubmitted, record, { requiredLevel: record.requiredLevel });
      return { record, warnings: warning ? [warning] : [] };
    });
  }

  /**
   * Approves at the awaited level; the final approval commits the budget. A re-approval (an order
   * above its estimate) had its new amount committed when ordered, and its final approval orders it.
   */
  async approve(input: ApproveInput): Promise<PurchaseRequest> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const request = await this.reader.getIn(manager, input.id);
      const transition = approvalTransition(request.status);
      if (transition === 'REAPPROVED') {
        const step = purchaseFlow.check(this.ctx.viewer, transition, request);
        const decided = await approveAtAwaitedLevel(
          manager,
          this.ctx,
          step,
          { waiting: PurchaseStatus.PENDING_REAPPROVAL, approved: PurchaseStatus.ORDERED },
          { noun: 'request', comment: input.comment, committedFen: request.committedFen, commitBudget: async () => undefined },
        );
        return this.announceDecision(manager, financeEvents.purchaseRequestApproved, decided);
      }
      const step = purchaseFlow.check(this.ctx.viewer, transition, request);
      const amountFen = request.estimatedTotalFen;
      const decided = await approveAtAwaitedLevel(
        manager,
        this.ctx,
        step,
        { waiting: PurchaseStatus.PENDING_APPROVAL, approved: PurchaseStatus.APPROVED },
        {
          noun: 'request',
          comment: input.comment,
          committedFen: amountFen,
          commitBudget: async () => {
            const category = await this.budgets.categoryFor(manager, request.categoryId, 'id');
            await this.budgets.commit(
              manager,
              { districtId: request.districtId, schoolId: request.schoolId, fiscalYear: request.fiscalYear, category, amountFen },
              'id',
            );
          },
        },
      );
      return this.announceDecision(manager, financeEvents.purchaseRequestApproved, decided);
    });
  }

  async reject(input: RejectInput): Promise<PurchaseRequest> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const request = await this.reader.getIn(manager, input.id);
      const step = purchaseFlow.check(this.ctx.viewer, WorkflowAction.REJECTED, request);
      // A rejected re-approval gives back what its order committed (the rejection sets committedFen to 0).
      if (request.committedFen) {
        const category = await manager.findOneByOrFail(BudgetCategory, { id: request.categoryId });
        await this.budgets.recommit(manager, { ...this.chargeOf(request, category), amountFen: 0 }, request.committedFen, 'id');
      }
      const decided = await rejectAtAwaitedLevel(manager, this.ctx, step, { noun: 'request', reason: input.reason });
      return this.announceDecision(manager, financeEvents.purchaseRequestRejected, decided);
    });
  }

  private chargeOf(request: PurchaseRequest, category: BudgetCategory): BudgetCharge {
    const { districtId, schoolId, fiscalYear } = request;
    return { districtId, schoolId, fiscalYear, category, amountFen: request.committedFen };
  }

  /**
   * Orders an approved request from a supplier at actual prices (采购). The commitment follows the
   * ordered amount (under the category's overrun policy); an order more than the district's
   * tolerance above the approved estimate waits for approval again, at the level its amount needs.
   */
  async order(input: OrderPurchaseInput): Promise<PurchaseRequest> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const request = await this.reader.getIn(manager, input.id);
      const step = purchaseFlow.check(this.ctx.viewer, WorkflowAction.ORDERED, request);
      const supplier = await this.suppliers.requireOrderable(manager, input.supplierId, 'supplierId');
      const lines = await this.lines(manager, request);
      requirePricePerLine(lines.length, input.lines.length);
      const prices = input.lines.map((l, i) => parseYuan(l.actualUnitPrice, `lines.${i}.actualUnitPrice`));
      const orderedTotalFen = totalOf(
        lines.map((line, i) => ({ quantity: line.quantity, unitPriceFen: prices[i] })),
        'order',
      );
      for (const [i, line] of lines.entries())
        await manager.update(PurchaseRequestLine, { id: line.id }, { actualUnitPriceFen: prices[i] });
      const category = await manager.findOneByOrFail(BudgetCategory, { id: request.categoryId });
      await this.budgets.recommit(
        manager,
        { ...this.chargeOf(request, category), amountFen: orderedTotalFen },
        request.committedFen,
        'lines',
      );
      const policy = await this.budgets.policy(manager, request.districtId);
      const amount = `${supplier.name}: ${(orderedTotalFen / 100).toFixed(2)} yuan`;
      const common = { supplierId: supplier.id, orderedTotalFen, committedFen: orderedTotalFen };
      if (!needsReapproval(orderedTotalFen, request.estimatedTotalFen, policy))
        return step.commit(manager, this.ctx, { to: PurchaseStatus.ORDERED, set: common, comment: amount, changes: common });
      // Approval starts again at the first level the filer's path had (their first approval), up to what the new amount needs.
      const first = await this.firstApprovalLevel(manager, request);
      const amountLevel = requiredLevelFor(orderedTotalFen, policy);
      const requiredLevel = APPROVAL_ORDER.indexOf(amountLevel) >= APPROVAL_ORDER.indexOf(first) ? amountLevel : first;
      const reapproval = { ...common, requiredLevel, nextApprovalLevel: first };
      return step.commit(manager, this.ctx, {
        to: PurchaseStatus.PENDING_REAPPROVAL,
        set: reapproval,
        comment: `${amount}, more than ${policy.orderTolerancePercent}% above the approved estimate: to be approved again`,
        changes: reapproval,
      });
    });
  }

  /** The level the request's approval started at: its first recorded approval's. */
  private async firstApprovalLevel(manager: EntityManager, request: PurchaseRequest): Promise<ApprovalLevel> {
    const first = await manager.findOne(WorkflowStepEntity, {
      where: { subjectType: WorkflowSubject.PURCHASE_REQUEST, subjectId: request.id, action: WorkflowAction.APPROVED },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    return first?.level ?? request.requiredLevel;
  }

  /** Records goods received (验收), possibly part of an order. */
  async receive(input: ReceivePurchaseInput): Promise<PurchaseRequest> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const request = await this.reader.getIn(manager, input.id);
      const step = purchaseFlow.check(this.ctx.viewer, WorkflowAction.RECEIVED, request);
      const lines = await this.lines(manager, request);
      const { receivedById, complete } = receive(lines, input.lines);
      const now: { line: PurchaseRequestLine; quantity: number }[] = [];
      for (const line of lines) {
        const receivedQuantity = receivedById.get(line.id) ?? line.receivedQuantity;
        if (receivedQuantity !== line.receivedQuantity) {
          await manager.update(PurchaseRequestLine, { id: line.id }, { receivedQuantity });
          now.push({ line, quantity: receivedQuantity - line.receivedQuantity });
        }
      }
      const received = await step.commit(manager, this.ctx, {
        to: complete ? PurchaseStatus.RECEIVED : PurchaseStatus.PARTIALLY_RECEIVED,
        comment: input.comment,
        changes: { lines: input.lines, complete },
      });
      // Every receipt tells what arrived now (facilities puts a reorder's goods into its storeroom).
      return this.announce(manager, financeEvents.purchaseRequestReceived, received, {
        receivedByAccountId: step.viewer.accountId,
        sourceService: received.sourceService,
        sourceRef: received.sourceRef,
        lines: now.map(({ line, quantity }) => ({
          lineId: line.id,
          description: line.description,
          unit: line.unit,
          quantity,
          unitPriceFen: line.actualUnitPriceFen ?? line.estimatedUnitPriceFen,
          sourceItemId: line.sourceItemId,
        })),
      });
    });
  }

  /**
   * The ledger reversed this request's payment (in its transaction): the goods are still owed for, so
   * the amount goes back from spent to committed and the request waits, PAYMENT_REVERSED, to be paid again.
   */
  private async paymentReversed(manager: EntityManager, { original, entry, reason, lines }: Parameters<PaymentReversal>[1]) {
    const request = await manager.findOneByOrFail(PurchaseRequest, { id: original.sourceId ?? '' });
    const step = purchaseFlow.check(this.ctx.viewer, WorkflowAction.PAYMENT_REVERSED, request);
    const amountFen = bankReturned(lines);
    const category = await manager.findOneByOrFail(BudgetCategory, { id: request.categoryId });
    await this.budgets.unsettle(manager, { ...this.chargeOf(request, category), amountFen }, 'entryId');
    const reversed = await step.commit(manager, this.ctx, {
      set: { committedFen: amountFen },
      comment: reason,
      changes: { amountFen, ledgerEntryId: original.id, reversalEntryId: entry.id },
    });
    await this.announce(manager, financeEvents.purchaseRequestPaymentReversed, reversed, {
      amountFen,
      ledgerEntryId: original.id,
      reversalEntryId: entry.id,
      reversedOn: entry.entryDate,
      reason,
      supplierId: reversed.supplierId,
    });
  }

  /** Pays the supplier (付款): posts to the ledger and moves the amount from committed to spent. */
  async pay(input: PayInput): Promise<PurchaseRequest> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const request = await this.reader.getIn(manager, input.id);
      const step = purchaseFlow.check(this.ctx.viewer, WorkflowAction.PAID, request);
      // Not categoryFor (active categories only): goods approved before the category was retired are still paid for.
      const category = await manager.findOneByOrFail(BudgetCategory, { id: request.categoryId });
      const amountFen = request.orderedTotalFen ?? 0;
      const entryDate = input.paidOn ?? (await this.ledger.today(manager, request.schoolId));
      await this.budgets.settle(
        manager,
        { districtId: request.districtId, schoolId: request.schoolId, fiscalYear: request.fiscalYear, category, amountFen },
        request.committedFen,
        'id',
      );
      const { supplierId } = request;
      const entry = await this.ledger.post(
        manager,
        {
          districtId: request.districtId,
          schoolId: request.schoolId,
          fund: category.fund,
          entryDate,
          memo: `Payment for purchase request ${request.id}: ${request.reason}`.slice(0, 500),
          sourceType: 'PURCHASE_REQUEST',
          sourceId: request.id,
          lines: [
            { account: costAccountFor(category.fund), debitFen: amountFen, creditFen: 0, categoryId: category.id, supplierId },
            { account: LedgerAccount.BANK, debitFen: 0, creditFen: amountFen, supplierId },
          ],
        },
        'paidOn',
      );
      const paid = await step.commit(manager, this.ctx, {
        set: { committedFen: 0 },
        comment: input.comment,
        changes: { amountFen, paidOn: entryDate, entryId: entry.id },
      });
      return this.announce(manager, financeEvents.purchaseRequestPaid, paid, {
        amountFen,
        paidOn: entry.entryDate,
        ledgerEntryId: entry.id,
        supplierId: paid.supplierId,
      });
    });
  }
}
