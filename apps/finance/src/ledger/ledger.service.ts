import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, conflict, DEFAULT_TIME_ZONE, newId, parseId, parseYuan, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { financeEvents, publishEvent } from '@houqin/events';
import { groupedLoader, isUniqueViolation, paginate, recordAudit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetCategory } from '../budget/budget.entity';
import type { BudgetService } from '../budget/budget.service';
import { ExpenseClaim } from '../claim/claim.entity';
import { P } from '../permissions';
import { PurchaseRequest } from '../purchase/purchase.entity';
import { ClosedPeriod, JournalEntry, JournalLine } from './ledger.entity';
import type { EntrySource, Fund } from './ledger.entity';
import type { ClosePeriodInput, JournalEntryFilter, PostJournalEntryInput, ReverseJournalEntryInput } from './ledger.inputs';
import { checkBalanced, COST_ACCOUNTS, paymentOf, periodOf, reversalOf, spendingByCategory, yearOf } from './ledger.rules';
import type { PostingLine } from './ledger.rules';
import { entryReader, ledgerSql } from './ledger.store';

export interface Posting {
  districtId: string;
  schoolId: string;
  fund: Fund;
  entryDate: string;
  memo: string;
  sourceType: EntrySource;
  sourceId?: string | null;
  reversesEntryId?: string | null;
  /** The account paid, when the payment goes to a person (a claim paid back to its filer): told in `finance.payment.posted`. */
  payeeAccountId?: string | null;
  lines: PostingLine[];
}

/**
 * The two ledgers of every school (school and canteen accounts). Entries are append-only,
 * balanced, and never posted into a closed month; corrections are reversing entries.
 */
export class LedgerService {
  /** Journal entries of the books the viewer reads. */
  readonly entryReader: ScopedReader<JournalEntry>;
  private linesLoader?: DataLoader<string, JournalLine[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
  ) {
    this.entryReader = entryReader(ctx);
  }

  /**
   * Posts a balanced entry with the caller's transaction. Every workflow payment and every manual
   * entry goes through here, so the rules hold for all of them. `dateField` names the input field
   * the entry date came from (`entryDate`, or `paidOn` for a payment), for the closed-month error.
   * A posting that takes money out of the bank account records `finance.payment.posted` with it.
   */
  async post(manager: EntityManager, posting: Posting, dateField = 'entryDate'): Promise<JournalEntry> {
    checkBalanced(posting.fund, posting.lines);
    const period = periodOf(posting.entryDate);
    // A locking read, so a month cannot close under a posting into it (see ledger.store.ts).
    if (await ledgerSql.closedPeriod(manager, { schoolId: posting.schoolId, fund: posting.fund, period }).getOne()) {
      throw badInput(dateField, `${period} is closed for the ${posting.fund} account; post into an open month.`);
    }
    const entry = manager.create(JournalEntry, {
      id: newId(),
      districtId: posting.districtId,
      schoolId: posting.schoolId,
      fund: posting.fund,
      entryDate: posting.entryDate,
      period,
      memo: posting.memo,
      sourceType: posting.sourceType,
      sourceId: posting.sourceId ?? null,
      reversesEntryId: posting.reversesEntryId ?? null,
      postedByAccountId: this.ctx.viewer?.accountId ?? null,
      postedAt: new Date(),
    });
    await manager.insert(JournalEntry, entry);
    await manager.insert(
      JournalLine,
      posting.lines.map((l) => ({
        id: newId(),
        entryId: entry.id,
        districtId: entry.districtId,
        schoolId: entry.schoolId,
        fund: entry.fund,
        period,
        account: l.account,
        categoryId: l.categoryId ?? null,
        supplierId: l.supplierId ?? null,
        debitFen: l.debitFen,
        creditFen: l.creditFen,
      })),
    );
    await recordAudit(manager, this.ctx, {
      action: 'journal.post',
      entityType: 'JournalEntry',
      entityId: entry.id,
      districtId: entry.districtId,
      schoolId: entry.schoolId,
      changes: { ...posting },
    });
    await this.announcePayment(manager, entry, posting);
    return entry;
  }

  /** Records `finance.payment.posted` in the posting's transaction when it is a payment (see `paymentOf`). */
  private async announcePayment(manager: EntityManager, entry: JournalEntry, posting: Posting): Promise<void> {
    const payment = paymentOf(posting.sourceType, posting.lines);
    if (!payment) return;
    await publishEvent(manager, this.ctx, financeEvents.paymentPosted, {
      districtId: entry.districtId,
      schoolId: entry.schoolId,
      payload: {
        ledgerEntryId: entry.id,
        fund: entry.fund,
        entryDate: entry.entryDate,
        period: entry.period,
        amountFen: payment.amountFen,
        sourceType: payment.sourceType,
        sourceId: entry.sourceId,
        supplierId: payment.supplierId,
        payeeAccountId: posting.payeeAccountId ?? null,
        postedByAccountId: entry.postedByAccountId,
        memo: entry.memo,
      },
    });
  }

  /** A manual entry by the school's accountant, e.g. meal-fee income or a bank charge. */
  async postManual(input: PostJournalEntryInput): Promise<JournalEntry> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.postJournalEntry, schoolId);
    const lines = input.lines.map((l, i) => ({
      account: l.account,
      debitFen: l.debit ? parseYuan(l.debit, `lines.${i}.debit`) : 0,
      creditFen: l.credit ? parseYuan(l.credit, `lines.${i}.credit`) : 0,
      categoryId: l.categoryId ?? null,
    }));
    return this.ctx.dataSource.transaction(async (manager) => {
      for (const [i, line] of lines.entries()) {
        if (!line.categoryId) continue;
        if (!COST_ACCOUNTS.includes(line.account))
          throw badInput(`lines.${i}.categoryId`, 'Only EXPENSE and FOOD_COST lines carry a budget category.');
        const category = await this.budgets.categoryFor(manager, line.categoryId, `lines.${i}.categoryId`);
        if (category.fund !== input.fund)
          throw badInput(`lines.${i}.categoryId`, `${category.name} is paid from the ${category.fund} account, not ${input.fund}.`);
      }
      const entry = await this.post(manager, {
        districtId: viewer.districtId,
        schoolId,
        fund: input.fund,
        entryDate: input.entryDate,
        memo: input.memo.trim(),
        sourceType: 'MANUAL',
        lines,
      });
      await this.applyToBudgets(manager, entry, lines, yearOf(input.entryDate), 'lines');
      return entry;
    });
  }

  /**
   * Keeps budget lines equal to the ledger for postings outside the request and claim workflows
   * (which settle their budget themselves): the net of each category's cost lines is added to, or
   * for a reversal taken from, that category's spent amount.
   */
  private async applyToBudgets(
    manager: EntityManager,
    entry: JournalEntry,
    lines: PostingLine[],
    fiscalYear: number,
    field: string,
  ): Promise<void> {
    for (const [categoryId, amountFen] of spendingByCategory(lines)) {
      const category = await manager.findOneByOrFail(BudgetCategory, { id: categoryId });
      await this.budgets.settle(
        manager,
        { districtId: entry.districtId, schoolId: entry.schoolId, fiscalYear, category, amountFen },
        0,
        field,
      );
    }
  }

  /** The fiscal year whose budget an entry's spending belongs to: its request's or claim's, else its date's. */
  private async fiscalYearOf(manager: EntityManager, entry: JournalEntry): Promise<number> {
    if (entry.sourceType === 'PURCHASE_REQUEST' && entry.sourceId)
      return (await manager.findOneByOrFail(PurchaseRequest, { id: entry.sourceId })).fiscalYear;
    if (entry.sourceType === 'EXPENSE_CLAIM' && entry.sourceId)
      return (await manager.findOneByOrFail(ExpenseClaim, { id: entry.sourceId })).fiscalYear;
    return yearOf(entry.entryDate);
  }

  /** Reverses an entry with a new one of opposite lines, dated today unless given; at most once. */
  async reverse(input: ReverseJournalEntryInput): Promise<JournalEntry> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const original = await this.entryReader.getIn(manager, input.entryId, 'entryId');
      const viewer = requirePermission(this.ctx.viewer, P.reverseJournalEntry, original.schoolId);
      if (original.sourceType === 'REVERSAL') throw conflict('A reversal cannot itself be reversed; post a new entry instead.');
      if (await manager.exists(JournalEntry, { where: { reversesEntryId: original.id } }))
        throw conflict('This entry has already been reversed.');
      const reversed = reversalOf(await manager.find(JournalLine, { where: { entryId: original.id } }));
      try {
        const entry = await this.post(manager, {
          districtId: viewer.districtId,
          schoolId: original.schoolId,
          fund: original.fund,
          entryDate: input.entryDate ?? todayIn(DEFAULT_TIME_ZONE),
          memo: `Reversal of ${original.id}: ${input.reason.trim()}`,
          sourceType: 'REVERSAL',
          reversesEntryId: original.id,
          lines: reversed,
        });
        // Reversing spending gives the budget back, to the year the spending was charged to.
        await this.applyToBudgets(manager, entry, reversed, await this.fiscalYearOf(manager, original), 'entryId');
        return entry;
      } catch (error) {
        // Reversed by someone else at the same moment: the unique index on reversesEntryId caught it.
        if (isUniqueViolation(error)) throw conflict('This entry has already been reversed.');
        throw error;
      }
    });
  }

  /** Closes a month of one fund (月结). */
  async closePeriod(input: ClosePeriodInput): Promise<ClosedPeriod> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.closePeriod, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      if (await manager.exists(ClosedPeriod, { where: { schoolId, fund: input.fund, period: input.period } }))
        throw badInput('period', `${input.period} is already closed.`);
      const closed = manager.create(ClosedPeriod, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        fund: input.fund,
        period: input.period,
        closedAt: new Date(),
        closedByAccountId: viewer.accountId,
      });
      try {
        await manager.insert(ClosedPeriod, closed);
      } catch (error) {
        // Closed by someone else at the same moment (unique index on school, fund and month).
        if (isUniqueViolation(error)) throw badInput('period', `${input.period} is already closed.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'period.close',
        entityType: 'ClosedPeriod',
        entityId: closed.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { fund: input.fund, period: input.period },
      });
      await publishEvent(manager, this.ctx, financeEvents.monthClosed, {
        districtId: closed.districtId,
        schoolId,
        payload: { closedPeriodId: closed.id, fund: closed.fund, period: closed.period, closedByAccountId: viewer.accountId },
      });
      return closed;
    });
  }

  /** Journal entries of the schools whose books the viewer reads (finance staff, district roles). */
  entries(filter: JournalEntryFilter, page: PageArgs): Promise<Page<JournalEntry>> {
    requirePermission(this.ctx.viewer, P.readBooks);
    return paginate(ledgerSql.entries(this.ctx.dataSource.manager, this.entryReader, filter), page);
  }

  /** Lines of an entry, batched across a page of entries. */
  linesOf(entryId: string): Promise<JournalLine[]> {
    this.linesLoader ??= groupedLoader(
      (entryIds) => this.ctx.dataSource.getRepository(JournalLine).find({ where: { entryId: In([...entryIds]) } }),
      (l) => l.entryId,
    );
    return this.linesLoader.load(entryId);
  }
}
