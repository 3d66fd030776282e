import type DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { badInput, conflict, newId, notFound, Page, PageArgs, parseId, parseYuan, todayIn, DEFAULT_TIME_ZONE } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { applySchoolScope, groupedLoader, isUniqueViolation, paginate, recordAudit } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetCategory, ClosedPeriod, ExpenseClaim, JournalEntry, JournalLine, PurchaseRequest } from '../entities';
import type { BudgetService } from './budget.service';
import { Fund, LedgerAccount } from '../enums';
import type { ClosePeriodInput, JournalEntryFilter, PostJournalEntryInput, ReverseJournalEntryInput } from '../inputs';
import { P } from '../permissions';
import { periodOf, restrictToReadableBooks } from '../rules';

/** A line to post: exactly one of debit and credit is positive. */
export interface PostingLine {
  account: LedgerAccount;
  debitFen: number;
  creditFen: number;
  categoryId?: string | null;
  supplierId?: string | null;
}

export interface Posting {
  districtId: string;
  schoolId: string;
  fund: Fund;
  entryDate: string;
  memo: string;
  sourceType: 'MANUAL' | 'EXPENSE_CLAIM' | 'PURCHASE_REQUEST' | 'REVERSAL';
  sourceId?: string | null;
  reversesEntryId?: string | null;
  lines: PostingLine[];
}

/** Accounts whose lines are spending against a budget category. */
const COST_ACCOUNTS = [LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST];

/** Accounts each fund may use: meal fees and food cost belong to the canteen account only. */
const FUND_ACCOUNTS: Record<Fund, LedgerAccount[]> = {
  [Fund.SCHOOL]: [LedgerAccount.BANK, LedgerAccount.EXPENSE, LedgerAccount.APPROPRIATION_INCOME, LedgerAccount.OTHER_INCOME],
  [Fund.CANTEEN]: [LedgerAccount.BANK, LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST, LedgerAccount.MEAL_FEE_INCOME, LedgerAccount.OTHER_INCOME],
};

/**
 * The two ledgers of every school (school and canteen accounts). Entries are append-only,
 * balanced, and never posted into a closed month; corrections are reversing entries.
 */
export class LedgerService {
  private linesLoader?: DataLoader<string, JournalLine[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
  ) {}

  /**
   * Posts a balanced entry with the caller's transaction. Every workflow payment and every manual
   * entry goes through here, so the rules hold for all of them. `dateField` names the input field
   * the entry date came from (`entryDate`, or `paidOn` for a payment), for the closed-month error.
   */
  async post(manager: EntityManager, posting: Posting, dateField = 'entryDate'): Promise<JournalEntry> {
    const field = 'lines';
    if (posting.lines.length < 2) throw badInput(field, 'An entry needs at least two lines.');
    for (const [i, line] of posting.lines.entries()) {
      const oneSided = (line.debitFen > 0) !== (line.creditFen > 0) && line.debitFen >= 0 && line.creditFen >= 0;
      if (!oneSided) throw badInput(`${field}.${i}`, 'Each line is either a debit or a credit, of a positive amount.');
      if (!FUND_ACCOUNTS[posting.fund].includes(line.account)) throw badInput(`${field}.${i}.account`, `${line.account} is not an account of the ${posting.fund} fund.`);
    }
    const debits = posting.lines.reduce((sum, l) => sum + l.debitFen, 0);
    const credits = posting.lines.reduce((sum, l) => sum + l.creditFen, 0);
    if (debits !== credits) throw badInput(field, `Debits (${(debits / 100).toFixed(2)}) must equal credits (${(credits / 100).toFixed(2)}).`);
    const period = periodOf(posting.entryDate);
    // A locking read: on InnoDB it also locks the gap where a concurrent closePeriod would insert
    // this month, so a close waits for the posting to commit (or the posting sees the close).
    const closedCheck = manager
      .getRepository(ClosedPeriod)
      .createQueryBuilder('cp')
      .where('cp.schoolId = :schoolId AND cp.fund = :fund AND cp.period = :period', { schoolId: posting.schoolId, fund: posting.fund, period });
    if (manager.connection.options.type !== 'sqljs') closedCheck.setLock('pessimistic_read');
    if (await closedCheck.getOne()) {
      throw badInput(dateField, `${period} is closed for the ${posting.fund} account; post into an open month.`);
    }
    const entry: JournalEntry = {
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
    };
    await manager.insert(JournalEntry, entry);
    await manager.insert(
      JournalLine,
      posting.lines.map((l) => ({ id: newId(), entryId: entry.id, districtId: entry.districtId, schoolId: entry.schoolId, fund: entry.fund, period, account: l.account, categoryId: l.categoryId ?? null, supplierId: l.supplierId ?? null, debitFen: l.debitFen, creditFen: l.creditFen })),
    );
    await recordAudit(manager, this.ctx, { action: 'journal.post', entityType: 'JournalEntry', entityId: entry.id, districtId: entry.districtId, schoolId: entry.schoolId, changes: { ...posting } });
    return entry;
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
        if (!COST_ACCOUNTS.includes(line.account)) throw badInput(`lines.${i}.categoryId`, 'Only EXPENSE and FOOD_COST lines carry a budget category.');
        const category = await this.budgets.categoryFor(manager, line.categoryId, `lines.${i}.categoryId`);
        if (category.fund !== input.fund) throw badInput(`lines.${i}.categoryId`, `${category.name} is paid from the ${category.fund} account, not ${input.fund}.`);
      }
      const entry = await this.post(manager, { districtId: viewer.districtId, schoolId, fund: input.fund, entryDate: input.entryDate, memo: input.memo.trim(), sourceType: 'MANUAL', lines });
      await this.applyToBudgets(manager, entry, lines, Number(input.entryDate.slice(0, 4)), 'lines');
      return entry;
    });
  }

  /**
   * Keeps budget lines equal to the ledger for postings outside the request and claim workflows
   * (which settle their budget themselves): the net of each category's cost lines is added to, or
   * for a reversal taken from, that category's spent amount.
   */
  private async applyToBudgets(manager: EntityManager, entry: JournalEntry, lines: PostingLine[], fiscalYear: number, field: string): Promise<void> {
    const net = new Map<string, number>();
    for (const l of lines) if (l.categoryId && COST_ACCOUNTS.includes(l.account)) net.set(l.categoryId, (net.get(l.categoryId) ?? 0) + l.debitFen - l.creditFen);
    for (const [categoryId, amountFen] of net) {
      if (amountFen === 0) continue;
      const category = await manager.findOneByOrFail(BudgetCategory, { id: categoryId });
      await this.budgets.settle(manager, { districtId: entry.districtId, schoolId: entry.schoolId, fiscalYear, category, amountFen }, 0, field);
    }
  }

  /** The fiscal year whose budget an entry's spending belongs to: its request's or claim's, else its date's. */
  private async fiscalYearOf(manager: EntityManager, entry: JournalEntry): Promise<number> {
    if (entry.sourceType === 'PURCHASE_REQUEST' && entry.sourceId) return (await manager.findOneByOrFail(PurchaseRequest, { id: entry.sourceId })).fiscalYear;
    if (entry.sourceType === 'EXPENSE_CLAIM' && entry.sourceId) return (await manager.findOneByOrFail(ExpenseClaim, { id: entry.sourceId })).fiscalYear;
    return Number(entry.entryDate.slice(0, 4));
  }

  /** Reverses an entry with a new one of opposite lines, dated today unless given; at most once. */
  async reverse(input: ReverseJournalEntryInput): Promise<JournalEntry> {
    const entryId = parseId(input.entryId, 'entryId');
    return this.ctx.dataSource.transaction(async (manager) => {
      const original = await this.entriesQuery(manager).andWhere('e.id = :entryId', { entryId }).getOne();
      if (!original) throw notFound('JournalEntry', entryId);
      const viewer = requirePermission(this.ctx.viewer, P.reverseJournalEntry, original.schoolId);
      if (original.sourceType === 'REVERSAL') throw conflict('A reversal cannot itself be reversed; post a new entry instead.');
      if (await manager.exists(JournalEntry, { where: { reversesEntryId: original.id } })) throw conflict('This entry has already been reversed.');
      const lines = await manager.find(JournalLine, { where: { entryId: original.id } });
      const entryDate = input.entryDate ?? todayIn(DEFAULT_TIME_ZONE);
      const reversed = lines.map((l) => ({ account: l.account, debitFen: l.creditFen, creditFen: l.debitFen, categoryId: l.categoryId, supplierId: l.supplierId }));
      try {
        const entry = await this.post(manager, {
          districtId: viewer.districtId,
          schoolId: original.schoolId,
          fund: original.fund,
          entryDate,
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
      if (await manager.exists(ClosedPeriod, { where: { schoolId, fund: input.fund, period: input.period } })) throw badInput('period', `${input.period} is already closed.`);
      const closed = { id: newId(), districtId: viewer.districtId, schoolId, fund: input.fund, period: input.period, closedAt: new Date(), closedByAccountId: viewer.accountId };
      try {
        await manager.insert(ClosedPeriod, closed);
      } catch (error) {
        // Closed by someone else at the same moment (unique index on school, fund and month).
        if (isUniqueViolation(error)) throw badInput('period', `${input.period} is already closed.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, { action: 'period.close', entityType: 'ClosedPeriod', entityId: closed.id, districtId: viewer.districtId, schoolId, changes: { fund: input.fund, period: input.period } });
      return closed;
    });
  }

  /** Journal entries the viewer may read: a school's finance staff their school, district roles all. */
  private entriesQuery(manager: EntityManager = this.ctx.dataSource.manager) {
    const viewer = requireViewer(this.ctx.viewer);
    return restrictToReadableBooks(applySchoolScope(manager.getRepository(JournalEntry).createQueryBuilder('e'), viewer), 'e', viewer);
  }

  entries(filter: JournalEntryFilter, page: PageArgs): Promise<Page<JournalEntry>> {
    requirePermission(this.ctx.viewer, P.readBooks);
    const qb = this.entriesQuery();
    if (filter.schoolId) qb.andWhere('e.schoolId = :schoolId', { schoolId: filter.schoolId });
    if (filter.fund) qb.andWhere('e.fund = :fund', { fund: filter.fund });
    if (filter.period) qb.andWhere('e.period = :period', { period: filter.period });
    return paginate(qb, page);
  }

  /** Lines of an entry, batched across a page of entries. */
  linesOf(entryId: string): Promise<JournalLine[]> {
    this.linesLoader ??= groupedLoader((entryIds) => this.ctx.dataSource.getRepository(JournalLine).find({ where: { entryId: In([...entryIds]) } }), (l) => l.entryId);
    return this.linesLoader.load(entryId);
  }
}
