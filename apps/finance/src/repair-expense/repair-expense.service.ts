import type { EntityManager } from 'typeorm';
import { badInput, conflict, newId, parseId, type Page, type PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import type { EventOf } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetCategory, BudgetLine } from '../budget/budget.entity';
import type { BudgetService } from '../budget/budget.service';
import { KnownSchool } from '../directory-copy/directory-copy.entity';
import type { JournalEntry } from '../ledger/ledger.entity';
import { deliveryEntryDate, periodOf } from '../ledger/ledger.rules';
import type { LedgerService, PaymentReversal } from '../ledger/ledger.service';
import { ledgerSql } from '../ledger/ledger.store';
import { P } from '../permissions';
import { Supplier } from '../supplier/supplier.entity';
import { RepairExpense, RepairExpenseStatus, type RepairKind } from './repair-expense.entity';
import type { PostRepairExpenseInput } from './repair-expense.inputs';
import { checkRepairAmounts, repairDecision, type RepairDecision, repairLines } from './repair-expense.rules';
import { repairExpenseReader, repairExpenseSql } from './repair-expense.store';
import type { RepairExpenseFilter } from './repair-expense.types';

/**
 * Repair expenses (维修支出): the final accounts (维修决算) facilities records, charged to each school's
 * REPAIRS budget line, once per work order; held while the line has no room under a BLOCK policy (or
 * there is no line), and posted by the accountant once it has. Read by the school's finance staff and
 * the district.
 */
export class RepairExpenseService {
  readonly reader: ScopedReader<RepairExpense>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
    private readonly ledger: LedgerService,
  ) {
    this.reader = repairExpenseReader(ctx);
    ledger.onPaymentReversed('REPAIR_EXPENSE', (manager, reversal) => this.entryReversed(manager, reversal));
  }

  /**
   * Records a repair's final account (facilities.workOrder.accounted) in the consumer's transaction,
   * once: a work order already recorded (a replay under a new event id) adds nothing and answers null.
   * Posted at once when its REPAIRS line has room or the category only warns (`repairDecision`), else
   * HELD with the reason. A school finance's directory copy does not know in the event's district, a
   * contractor that is not a supplier of the district, or amounts that do not add up are errors (the
   * event is retried, then parked as a dead letter); so is a posting the ledger refuses (its date rule:
   * a month closed up to today).
   */
  async recordIn(manager: EntityManager, event: EventOf<'facilities.workOrder.accounted'>): Promise<RepairExpense | null> {
    const accounted = event.payload;
    // Materials the school's storeroom issued for it were bought, and charged, before: only the new spending is charged now.
    if (accounted.storeroomMaterialsFen > accounted.materialsFen)
      throw new Error(`Work order ${accounted.workOrderId}: storeroom materials above the materials of its final account.`);
    const p = {
      ...accounted,
      materialsFen: accounted.materialsFen - accounted.storeroomMaterialsFen,
      totalFen: accounted.totalFen - accounted.storeroomMaterialsFen,
    };
    if (await manager.existsBy(RepairExpense, { workOrderId: p.workOrderId })) return null;
    const school = await manager.findOne(KnownSchool, { where: { schoolId: p.schoolId } });
    if (!school || school.districtId !== event.districtId)
      throw new Error(
        `Work order ${p.workOrderId}: school ${p.schoolId} is not a school of district ${event.districtId} in finance's copy of the directory.`,
      );
    checkRepairAmounts(p);
    if (p.contractorSupplierId && !(await manager.existsBy(Supplier, { id: p.contractorSupplierId, districtId: event.districtId })))
      throw new Error(
        `Work order ${p.workOrderId}: contractor ${p.contractorSupplierId} is not a supplier of district ${event.districtId}.`,
      );
    const fiscalYear = Number(p.accountedOn.slice(0, 4));
    const { category, decision } = await this.decide(manager, {
      districtId: event.districtId,
      schoolId: p.schoolId,
      fiscalYear,
      totalFen: p.totalFen,
    });
    const row = manager.create(RepairExpense, {
      id: newId(),
      districtId: event.districtId,
      schoolId: p.schoolId,
      workOrderId: p.workOrderId,
      title: p.title,
      kind: p.category as RepairKind,
      labourFen: p.labourFen,
      materialsFen: p.materialsFen,
      contractorFen: p.contractorFen,
      totalFen: p.totalFen,
      estimateFen: p.estimateFen,
      contractorSupplierId: p.contractorSupplierId,
      accountedOn: p.accountedOn,
      fiscalYear,
      accountedByAccountId: p.accountedByAccountId,
      categoryId: category?.id ?? null,
      status: RepairExpenseStatus.HELD,
      heldReason: decision.post ? null : decision.reason,
      warning: null,
      ledgerEntryId: null,
      postedByAccountId: null,
      postedAt: null,
      eventId: event.id,
    });
    // The row first, held: the unique workOrderId claims the work order before anything is posted for it.
    try {
      await manager.insert(RepairExpense, row);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    await recordAudit(manager, this.ctx, {
      action: 'repairExpense.record',
      entityType: 'RepairExpense',
      entityId: row.id,
      districtId: row.districtId,
      schoolId: row.schoolId,
      changes: { ...p, eventId: event.id, heldReason: row.heldReason },
    });
    const recorded = await manager.findOneByOrFail(RepairExpense, { id: row.id });
    if (!decision.post) return recorded;
    await this.postIn(manager, recorded, category!, decision.warning);
    return manager.findOneByOrFail(RepairExpense, { id: row.id });
  }

  /**
   * The accountant posts a HELD repair expense once its REPAIRS line has room (or the category only
   * warns): the same entry and budget charge as on arrival, dated its final account's day or the first
   * open day after it. Still no line, or still over a BLOCK line: BAD_USER_INPUT on `id`; an id that is
   * not one of the books the viewer keeps: BAD_USER_INPUT on `id`; another version or already posted:
   * CONFLICT. Nothing is written on any error.
   */
  async postHeld(input: PostRepairExpenseInput): Promise<RepairExpense> {
    requirePermission(this.ctx.viewer, P.postRepairExpense);
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const expense = await this.reader.query(manager).andWhere('re.id = :id', { id }).getOne();
      if (!expense) throw badInput('id', 'id does not name a repair expense of a school whose books you keep.');
      requirePermission(this.ctx.viewer, P.postRepairExpense, expense.schoolId);
      if (expense.version !== input.version)
        throw conflict(
          `RepairExpense ${expense.id} was changed by someone else (your version ${input.version}, current ${expense.version}).`,
          {
            currentVersion: expense.version,
          },
        );
      if (expense.status !== RepairExpenseStatus.HELD) throw conflict('This repair expense is already posted.');
      const { category, decision } = await this.decide(manager, expense);
      if (!decision.post) throw badInput('id', decision.reason);
      await this.postIn(manager, expense, category!, decision.warning);
      return manager.findOneByOrFail(RepairExpense, { id: expense.id });
    });
  }

  /** Repair expenses of the books the viewer reads, newest first. */
  list(filter: RepairExpenseFilter, page: PageArgs): Promise<Page<RepairExpense>> {
    requirePermission(this.ctx.viewer, P.readBooks);
    const qb = repairExpenseSql.list(this.ctx.dataSource.manager, this.reader, {
      schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
      status: filter.status ?? null,
    });
    return paginate(qb, page, 'DESC');
  }

  /** The district's REPAIRS category, the school's line of the expense's year, and what the category's policy says of it. */
  private async decide(
    manager: EntityManager,
    expense: Pick<RepairExpense, 'districtId' | 'schoolId' | 'fiscalYear' | 'totalFen'>,
  ): Promise<{ category: BudgetCategory | null; decision: RepairDecision }> {
    const category = await repairExpenseSql.repairsCategory(manager, expense.districtId).getOne();
    const line = category
      ? await manager.findOne(BudgetLine, {
          where: { schoolId: expense.schoolId, fiscalYear: expense.fiscalYear, categoryId: category.id },
        })
      : null;
    // Nothing to charge: a repair that cost nothing is in the books as it is.
    if (expense.totalFen === 0 && category?.active) return { category, decision: { post: true, warning: null } };
    return { category, decision: repairDecision(category, line, expense.totalFen, expense.fiscalYear) };
  }

  /**
   * Posts the expense (repairLines: Dr EXPENSE for the REPAIRS category / Cr ACCOUNTS_PAYABLE the
   * contractor, Cr BANK the in-house part) through LedgerService.post and so every rule of it, charges
   * the line (a conditional update: a BLOCK line that lost its room meanwhile refuses, and the whole
   * transaction with it) and marks it POSTED at the version read, in the caller's transaction.
   */
  private async postIn(manager: EntityManager, expense: RepairExpense, category: BudgetCategory, warning: string | null): Promise<void> {
    let entry: JournalEntry | null = null;
    if (expense.totalFen > 0) {
      const { districtId, schoolId } = expense;
      const closed = await ledgerSql
        .closedPeriod(manager, { schoolId, fund: category.fund, period: periodOf(expense.accountedOn) })
        .getOne();
      // As a late delivery: the final account's day, else the first day the books are open (never after today).
      const entryDate = deliveryEntryDate(expense.accountedOn, await this.ledger.today(manager, schoolId), closed?.period ?? null);
      entry = await this.ledger.post(
        manager,
        {
          districtId,
          schoolId,
          fund: category.fund,
          entryDate,
          memo: `维修决算 Repair: ${expense.title}, accounted ${expense.accountedOn} (work order ${expense.workOrderId})`,
          sourceType: 'REPAIR_EXPENSE',
          sourceId: expense.workOrderId,
          lines: repairLines(expense, category.id),
        },
        'id',
      );
      await this.budgets.settle(
        manager,
        { districtId, schoolId, fiscalYear: expense.fiscalYear, category, amountFen: expense.totalFen },
        0,
        'id',
      );
    }
    const changes = {
      status: RepairExpenseStatus.POSTED,
      heldReason: null,
      warning,
      categoryId: category.id,
      ledgerEntryId: entry?.id ?? null,
      postedByAccountId: this.ctx.viewer?.accountId ?? null,
      postedAt: new Date(),
    };
    const result = await manager
      .createQueryBuilder()
      .update(RepairExpense)
      .set(changes)
      .where('id = :id AND version = :version AND status = :held', {
        id: expense.id,
        version: expense.version,
        held: RepairExpenseStatus.HELD,
      })
      .execute();
    if (!result.affected) throw conflict('This repair expense was posted by someone else at the same moment.');
    await recordAudit(manager, this.ctx, {
      action: 'repairExpense.post',
      entityType: 'RepairExpense',
      entityId: expense.id,
      districtId: expense.districtId,
      schoolId: expense.schoolId,
      changes: { ...changes, totalFen: expense.totalFen, fiscalYear: expense.fiscalYear },
    });
  }

  /**
   * Its entry was reversed (reverseJournalEntry, in the reversal's transaction): the spending goes back
   * to the REPAIRS line of its year (never below zero) and the expense is HELD again, to be posted
   * right by the accountant.
   */
  private async entryReversed(manager: EntityManager, reversal: Parameters<PaymentReversal>[1]): Promise<void> {
    const { original, reason } = reversal;
    const expense = await manager.findOneByOrFail(RepairExpense, { workOrderId: original.sourceId! });
    const category = await manager.findOneByOrFail(BudgetCategory, { id: expense.categoryId! });
    await this.budgets.settle(
      manager,
      {
        districtId: expense.districtId,
        schoolId: expense.schoolId,
        fiscalYear: expense.fiscalYear,
        category,
        amountFen: -expense.totalFen,
      },
      0,
      'entryId',
    );
    const changes = {
      status: RepairExpenseStatus.HELD,
      heldReason: `Its entry ${original.id} was reversed: ${reason}`.slice(0, 500),
      warning: null,
      ledgerEntryId: null,
      postedByAccountId: null,
      postedAt: null,
    };
    await manager.update(RepairExpense, { id: expense.id }, changes);
    await recordAudit(manager, this.ctx, {
      action: 'repairExpense.unpost',
      entityType: 'RepairExpense',
      entityId: expense.id,
      districtId: expense.districtId,
      schoolId: expense.schoolId,
      changes: { ...changes, reversedEntryId: original.id, reversalEntryId: reversal.entry.id },
    });
  }
}
