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
import { KnownSchool } from '../directory-copy/directory-copy.entity';
import { DirectoryCopy } from '../directory-copy/directory-copy.service';
import { P } from '../permissions';
import { PurchaseRequest } from '../purchase/purchase.entity';
import { recordSupplierSpending } from '../report/supplier-spending';
import { Supplier } from '../supplier/supplier.entity';
import { ClosedPeriod, Fund, JournalEntry, JournalLine } from './ledger.entity';
import type { EntrySource } from './ledger.entity';
import type {
  ClosePeriodInput,
  JournalEntryFilter,
  PostJournalEntryInput,
  PostRefundInput,
  ReverseJournalEntryInput,
  TransferBetweenFundsInput,
} from './ledger.inputs';
import {
  checkBalanced,
  checkDateRange,
  checkEntryDate,
  checkManualEntry,
  COST_ACCOUNTS,
  deliveryEntryDate,
  deliveryLines,
  otherFund,
  paymentOf,
  periodOf,
  refundableCharges,
  refundLines,
  reversalOf,
  spendingByCategory,
  transferLines,
  yearOf,
} from './ledger.rules';
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

/** A payment entry being reversed: the original, its reversing entry and lines, and why. */
export type PaymentReversal = (
  manager: EntityManager,
  reversal: { original: JournalEntry; entry: JournalEntry; reason: string; lines: PostingLine[] },
) => Promise<void>;

/**
 * The two ledgers of every school (school and canteen accounts). Entries are append-only,
 * balanced, and never posted into a closed month; corrections are reversing entries.
 */
export class LedgerService {
  /** Journal entries of the books the viewer reads. */
  readonly entryReader: ScopedReader<JournalEntry>;
  private linesLoader?: DataLoader<string, JournalLine[]>;
  /** What the request and claim workflows do when their payment entry is reversed (see `onPaymentReversed`). */
  private readonly paymentReversals = new Map<string, PaymentReversal>();
  /** Finance's copy of the directory (the schools entries are posted for). */
  private readonly directory: DirectoryCopy;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
    /** The clock "today" is read from (tests and the demo seed set it). */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.entryReader = entryReader(ctx);
    this.directory = new DirectoryCopy(ctx.dataSource);
  }

  /** Today's date at a school, in its time zone (finance's copy of the directory; the default zone for a school it does not know yet). */
  async today(manager: EntityManager, schoolId: string): Promise<string> {
    const school = await manager.findOne(KnownSchool, { where: { schoolId } });
    return todayIn(school?.timeZone ?? DEFAULT_TIME_ZONE, this.now());
  }

  /**
   * Lets a workflow take over the reversal of its payment entries (`source`): in the reversal's
   * transaction, instead of giving the spending back to the budget line, it moves its request or claim
   * to PAYMENT_REVERSED and its amount back to committed, so it can be paid again.
   */
  onPaymentReversed(source: EntrySource, reversal: PaymentReversal): void {
    this.paymentReversals.set(source, reversal);
  }

  /**
   * Posts a balanced entry with the caller's transaction. Every workflow payment, manual entry,
   * refund, transfer and reversal goes through here, so the rules hold for all of them: balanced, and
   * dated in the open fiscal year, after the fund's last closed month and not after the school's
   * today (`checkEntryDate`). `dateField` names the input field the entry date came from
   * (`entryDate`, or `paidOn` for a payment), for the date errors.
   * A posting that takes money out of the bank account records `finance.payment.posted` with it.
   */
  async post(manager: EntityManager, posting: Posting, dateField = 'entryDate'): Promise<JournalEntry> {
    checkBalanced(posting.fund, posting.lines);
    const period = periodOf(posting.entryDate);
    // A locking read of this month and the later ones, so no month closes under a posting before it (see ledger.store.ts).
    const closed = await ledgerSql.closedPeriod(manager, { schoolId: posting.schoolId, fund: posting.fund, period }).getOne();
    checkEntryDate(posting.entryDate, await this.today(manager, posting.schoolId), closed?.period ?? null, posting.fund, dateField);
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
    // The report's supplier totals move with the bank lines naming a supplier, in this transaction.
    await recordSupplierSpending(manager, entry, posting.lines);
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

  /**
   * Posts a delivery the canteen accepted (canteen.delivery.accepted), in the consumer's transaction:
   * Dr FOOD_COST / Cr ACCOUNTS_PAYABLE naming the supplier, in the school's canteen account, its
   * `sourceId` the delivery. Once per delivery: the inbox records the event id with this entry, and a
   * second event for a delivery already posted adds nothing. Dated the day it was delivered, or the
   * first open day when that month is closed or the year is past (`deliveryEntryDate`); the memo
   * names the supplier, the invoice and the delivery date. Not a payment (no money moves). A school
   * or supplier finance does not know in the event's district is an error: the event is retried, then
   * parked as a dead letter. Nothing is posted for a delivery that accepted nothing.
   */
  async postCanteenDelivery(
    manager: EntityManager,
    delivery: {
      districtId: string;
      deliveryId: string;
      schoolId: string;
      supplierId: string;
      deliveredOn: string;
      acceptedTotalFen: number;
      invoiceNumber: string;
    },
  ): Promise<JournalEntry | null> {
    const { districtId, deliveryId, schoolId, supplierId, deliveredOn, acceptedTotalFen, invoiceNumber } = delivery;
    if (acceptedTotalFen === 0) return null;
    if (await manager.existsBy(JournalEntry, { sourceType: 'CANTEEN_DELIVERY', sourceId: deliveryId })) return null;
    const school = await manager.findOne(KnownSchool, { where: { schoolId } });
    if (!school || school.districtId !== districtId)
      throw new Error(
        `Delivery ${deliveryId}: school ${schoolId} is not a school of district ${districtId} in finance's copy of the directory.`,
      );
    const supplier = await manager.findOne(Supplier, { where: { id: supplierId, districtId } });
    if (!supplier) throw new Error(`Delivery ${deliveryId}: supplier ${supplierId} is not a supplier of district ${districtId}.`);
    const closed = await ledgerSql.closedPeriod(manager, { schoolId, fund: Fund.CANTEEN, period: periodOf(deliveredOn) }).getOne();
    const entryDate = deliveryEntryDate(deliveredOn, await this.today(manager, schoolId), closed?.period ?? null);
    return this.post(
      manager,
      {
        districtId,
        schoolId,
        fund: Fund.CANTEEN,
        entryDate,
        memo: `食材验收入库 Food received from ${supplier.name}, invoice ${invoiceNumber}, delivered ${deliveredOn} (delivery ${deliveryId})`,
        sourceType: 'CANTEEN_DELIVERY',
        sourceId: deliveryId,
        lines: deliveryLines(acceptedTotalFen, supplierId),
      },
      'deliveredOn',
    );
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
      supplierId: l.supplierId ? parseId(l.supplierId, `lines.${i}.supplierId`) : null,
    }));
    checkManualEntry(lines);
    return this.ctx.dataSource.transaction(async (manager) => {
      // A school of this district; a closed or merged one's books may still be corrected and closed.
      await this.directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: false }, manager);
      for (const [i, line] of lines.entries())
        if (line.supplierId && !(await manager.existsBy(Supplier, { id: line.supplierId, districtId: viewer.districtId })))
          throw badInput(`lines.${i}.supplierId`, `lines.${i}.supplierId does not name a supplier of your district.`);
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
    // A refund gives back to the year its payment was charged to.
    if (entry.sourceType === 'REFUND' && entry.sourceId)
      return this.fiscalYearOf(manager, await manager.findOneByOrFail(JournalEntry, { id: entry.sourceId }));
    return yearOf(entry.entryDate);
  }

  /**
   * Reverses an entry with a new one of opposite lines, dated today unless given; at most once. A
   * transfer is reversed whole (both its entries), so INTERNAL_TRANSFER still nets to zero; a payment
   * with live refunds is not (reverse the refunds first), so spending never goes back twice.
   */
  async reverse(input: ReverseJournalEntryInput): Promise<JournalEntry> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const original = await this.entryReader.getIn(manager, input.entryId, 'entryId');
      const viewer = requirePermission(this.ctx.viewer, P.reverseJournalEntry, original.schoolId);
      if (original.sourceType === 'REVERSAL') throw conflict('A reversal cannot itself be reversed; post a new entry instead.');
      if (await manager.exists(JournalEntry, { where: { reversesEntryId: original.id } }))
        throw conflict('This entry has already been reversed.');
      if ((await this.liveRefunds(manager, original.id)).length)
        throw conflict('This payment has refunds: reverse them first, then the payment.');
      const originals =
        original.sourceType === 'TRANSFER' && original.sourceId
          ? await manager.find(JournalEntry, { where: { sourceType: 'TRANSFER', sourceId: original.sourceId }, order: { fund: 'ASC' } })
          : [original];
      const entryDate = input.entryDate ?? (await this.today(manager, original.schoolId));
      try {
        let named: JournalEntry | undefined;
        for (const each of originals) {
          const reversed = reversalOf(await manager.find(JournalLine, { where: { entryId: each.id } }));
          const entry = await this.post(manager, {
            districtId: viewer.districtId,
            schoolId: each.schoolId,
            fund: each.fund,
            entryDate,
            memo: `Reversal of ${each.id}: ${input.reason.trim()}`,
            sourceType: 'REVERSAL',
            reversesEntryId: each.id,
            lines: reversed,
          });
          // A workflow's payment goes back to its request or claim (to be paid again); other spending to its budget line.
          const workflow = this.paymentReversals.get(each.sourceType);
          if (workflow) await workflow(manager, { original: each, entry, reason: input.reason.trim(), lines: reversed });
          else await this.applyToBudgets(manager, entry, reversed, await this.fiscalYearOf(manager, each), 'entryId');
          if (each.id === original.id) named = entry;
        }
        return named!;
      } catch (error) {
        // Reversed by someone else at the same moment: the unique index on reversesEntryId caught it.
        if (isUniqueViolation(error)) throw conflict('This entry has already been reversed.');
        throw error;
      }
    });
  }

  /** The refunds of a payment that stand (not reversed). */
  private async liveRefunds(manager: EntityManager, paymentEntryId: string): Promise<JournalEntry[]> {
    const refunds = await manager.find(JournalEntry, { where: { sourceType: 'REFUND', sourceId: paymentEntryId } });
    if (!refunds.length) return [];
    const reversed = await manager.find(JournalEntry, { where: { reversesEntryId: In(refunds.map((r) => r.id)) } });
    return refunds.filter((r) => !reversed.some((x) => x.reversesEntryId === r.id));
  }

  /**
   * A refund (退款) of a real payment: money back into its bank account from the supplier (or person)
   * paid, spending taken off the category it charged, and given back to that year's budget line.
   * Never more than the payment charged to the category, net of its refunds so far. Not a payment:
   * it publishes no `finance.payment.posted`.
   */
  async postRefund(input: PostRefundInput): Promise<JournalEntry> {
    requirePermission(this.ctx.viewer, P.postRefund);
    return this.ctx.dataSource.transaction(async (manager) => {
      const payment = await this.entryReader.getIn(manager, input.paymentEntryId, 'paymentEntryId');
      const viewer = requirePermission(this.ctx.viewer, P.postRefund, payment.schoolId);
      const amountFen = parseYuan(input.amount, 'amount');
      const categoryId = input.categoryId ? parseId(input.categoryId, 'categoryId') : null;
      const paid = await manager.find(JournalLine, { where: { entryId: payment.id } });
      const reversed = await manager.exists(JournalEntry, { where: { reversesEntryId: payment.id } });
      const standing = paymentOf(payment.sourceType as EntrySource, paid);
      if (!standing || reversed)
        throw badInput('paymentEntryId', 'paymentEntryId names no payment that stands (a reversed payment has nothing left to refund).');
      const refunds = await this.liveRefunds(manager, payment.id);
      const refunded = refunds.length ? await manager.find(JournalLine, { where: { entryId: In(refunds.map((r) => r.id)) } }) : [];
      const lines = refundLines(refundableCharges(paid, refunded), categoryId, amountFen, standing.supplierId);
      const entry = await this.post(manager, {
        districtId: viewer.districtId,
        schoolId: payment.schoolId,
        fund: payment.fund,
        entryDate: input.entryDate ?? (await this.today(manager, payment.schoolId)),
        memo: `Refund of ${payment.id}: ${input.reason.trim()}`,
        sourceType: 'REFUND',
        sourceId: payment.id,
        lines,
      });
      await this.applyToBudgets(manager, entry, lines, await this.fiscalYearOf(manager, payment), 'amount');
      return entry;
    });
  }

  /**
   * Moves money between a school's two accounts (内部转账): an entry in each, out of one bank and into
   * the other through INTERNAL_TRANSFER, sharing one transfer id (their `sourceId`). Neither touches a
   * budget line, and neither is a payment: the money stays in the school.
   */
  async transfer(input: TransferBetweenFundsInput): Promise<{ from: JournalEntry; to: JournalEntry }> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.transferBetweenFunds, schoolId);
    const lines = transferLines(parseYuan(input.amount, 'amount'));
    const transferId = newId();
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: false }, manager);
      const entryDate = input.entryDate ?? (await this.today(manager, schoolId));
      const memo = input.memo.trim();
      const common = { districtId: viewer.districtId, schoolId, entryDate, memo, sourceType: 'TRANSFER' as const, sourceId: transferId };
      const from = await this.post(manager, { ...common, fund: input.from, lines: lines.from });
      const to = await this.post(manager, { ...common, fund: otherFund(input.from), lines: lines.to });
      return { from, to };
    });
  }

  /** Closes a month of one fund (月结). */
  async closePeriod(input: ClosePeriodInput): Promise<ClosedPeriod> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.closePeriod, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: false }, manager);
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
    checkDateRange(filter.fromDate, filter.toDate);
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
