import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, forbidden, newId, optionalText, parseId, parseYuan } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requireViewer, Role } from '@houqin/auth';
import { financeEvents, publishEvent } from '@houqin/events';
import type { PayloadOf } from '@houqin/events';
import { groupedLoader, isUniqueViolation, paginate } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { WorkflowAction } from '../approval/approval.entity';
import type { WorkflowStep } from '../approval/approval.entity';
import type { ApproveInput, PayInput, RejectInput } from '../approval/approval.inputs';
import { approvalPath, bankReturned, requiredLevelFor } from '../approval/approval.rules';
import { approveAtAwaitedLevel, rejectAtAwaitedLevel, rejected } from '../approval/approval.steps';
import type { Decided } from '../approval/approval.steps';
import type { Submitted } from '../approval/approval.types';
import { BudgetCategory } from '../budget/budget.entity';
import { currentFiscalYear } from '../budget/budget.rules';
import type { BudgetService } from '../budget/budget.service';
import { LedgerAccount } from '../ledger/ledger.entity';
import { costAccountFor } from '../ledger/ledger.rules';
import type { LedgerService, PaymentReversal } from '../ledger/ledger.service';
import { DirectoryCopy } from '../directory-copy/directory-copy.service';
import { ClaimedInvoice, ClaimStatus, ExpenseClaim, ExpenseClaimLine } from './claim.entity';
import {
  ACCOUNTANT_STEPS,
  accountantTransition,
  type ClaimAction,
  claimActions,
  isSoleAccountant,
  needsAccountantsOf,
  rejectionTransition,
} from './claim.actions';
import type { ClaimTransition } from './claim.actions';
import { claimFlow } from './claim.flow';
import type { ExpenseClaimFilter, ReviewClaimInput, SubmitExpenseClaimInput } from './claim.inputs';
import { amountsPerCategory, fundOf, invoiceNumbersOf, requireAmounts } from './claim.rules';
import { claimReader, claimSql } from './claim.store';

type ClaimEvent = (typeof financeEvents)[
  | 'expenseClaimSubmitted'
  | 'expenseClaimReviewed'
  | 'expenseClaimApproved'
  | 'expenseClaimRejected'
  | 'expenseClaimPaid'
  | 'expenseClaimPaymentReversed'];

/** What every expense-claim event says of the claim, as the step left it. */
function claimFacts(claim: ExpenseClaim) {
  return {
    expenseClaimId: claim.id,
    requesterAccountId: claim.requesterAccountId,
    requesterStaffId: claim.requesterStaffId,
    fiscalYear: claim.fiscalYear,
    fund: claim.fund,
    totalFen: claim.totalFen,
    status: claim.status,
    nextApprovalLevel: claim.nextApprovalLevel,
  };
}

/**
 * Expense claims (报账): filed with invoices, reviewed by the accountant, approved by amount, paid
 * into the ledger, each step through the claim flow (claim.flow.ts). An invoice number is
 * registered in the district the moment it is claimed.
 */
export class ClaimService {
  /** Claims the viewer may see: the school's finance staff all of them, anyone else their own. */
  readonly reader: ScopedReader<ExpenseClaim>;
  private linesLoader?: DataLoader<string, ExpenseClaimLine[]>;
  private stepsLoader?: DataLoader<string, WorkflowStep[]>;
  /** Accounts holding ACCOUNTANT per school, for viewerActions' stand-in rule (one read per school a request asks about). */
  private accountantsLoader?: DataLoader<string, string[]>;

  /** Who holds which role at a school, from finance's copy of the directory (the stand-in rule). */
  private readonly directory: DirectoryCopy;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly budgets: BudgetService,
    private readonly ledger: LedgerService,
  ) {
    this.reader = claimReader(ctx);
    this.directory = new DirectoryCopy(ctx.dataSource);
    ledger.onPaymentReversed('EXPENSE_CLAIM', (manager, reversal) => this.paymentReversed(manager, reversal));
  }

  /**
   * The transition a viewer takes for a step only accountants take (review, payment): the
   * accountants' own; or, for the general-affairs director, the stand-in, allowed only for the claim
   * of the school's only accountant: the claimant is the one account holding ACCOUNTANT there (active,
   * grant in force, as finance's directory copy knows them), so separation of duties never leaves
   * their claim stuck. Not knowing the claimant as an accountant there, the director stays out.
   */
  private async accountantStep(
    manager: EntityManager,
    claim: ExpenseClaim,
    step: (typeof ACCOUNTANT_STEPS)[keyof typeof ACCOUNTANT_STEPS],
  ): Promise<ClaimTransition> {
    const transition = accountantTransition(this.ctx.viewer, claim, step);
    if (transition !== step.standIn) return transition;
    if (!isSoleAccountant(await this.directory.holdersOf(Role.ACCOUNTANT, claim.schoolId, manager), claim))
      throw forbidden("Only the accountant takes this step; the director does only for the claim of the school's only accountant.");
    return transition;
  }

  /**
   * The steps the viewer could take on the claim now (claimActions): from the viewer and the record,
   * and only for a possible stand-in (a director, a claim of the school) the school's accountants,
   * read once per school for the whole request.
   */
  async viewerActions(claim: ExpenseClaim): Promise<ClaimAction[]> {
    const viewer = this.ctx.viewer;
    if (!needsAccountantsOf(viewer, claim)) return claimActions(viewer, claim, false);
    this.accountantsLoader ??= new DataLoader<string, string[]>((schoolIds) =>
      Promise.all(schoolIds.map((schoolId) => this.directory.holdersOf(Role.ACCOUNTANT, schoolId))),
    );
    return claimActions(viewer, claim, isSoleAccountant(await this.accountantsLoader.load(claim.schoolId), claim));
  }

  list(filter: ExpenseClaimFilter, page: PageArgs): Promise<Page<ExpenseClaim>> {
    return paginate(claimSql.list(this.ctx.dataSource.manager, this.reader, filter, requireViewer(this.ctx.viewer)), page);
  }

  linesOf(claimId: string): Promise<ExpenseClaimLine[]> {
    this.linesLoader ??= groupedLoader(
      (ids) => this.ctx.dataSource.getRepository(ExpenseClaimLine).find({ where: { claimId: In([...ids]) }, order: { lineNo: 'ASC' } }),
      (l) => l.claimId,
    );
    return this.linesLoader.load(claimId);
  }

  stepsOf(claimId: string): Promise<WorkflowStep[]> {
    this.stepsLoader ??= claimFlow.stepsLoader<WorkflowStep>(this.ctx.dataSource);
    return this.stepsLoader.load(claimId);
  }

  /** Records the step's event in its transaction (the outbox): it is published only if the step commits. */
  private async announce<D extends ClaimEvent>(
    manager: EntityManager,
    definition: D,
    claim: ExpenseClaim,
    facts: Omit<PayloadOf<D>, keyof ReturnType<typeof claimFacts>>,
  ): Promise<ExpenseClaim> {
    const payload = { ...claimFacts(claim), ...facts } as PayloadOf<D>;
    await publishEvent(manager, this.ctx, definition, { districtId: claim.districtId, schoolId: claim.schoolId, payload });
    return claim;
  }

  /** `announce` for an approval or rejection: the decision is the step's. */
  private announceDecision(
    manager: EntityManager,
    definition: (typeof financeEvents)['expenseClaimApproved' | 'expenseClaimRejected'],
    { record, decision }: Decided<ExpenseClaim>,
  ): Promise<ExpenseClaim> {
    return this.announce(manager, definition, record, decision);
  }

  /** Amount per category of a claim's lines (a claim may spread over several categories of one fund). */
  private async amountsByCategory(manager: EntityManager, claim: ExpenseClaim): Promise<{ category: BudgetCategory; amountFen: number }[]> {
    const lines = await manager.find(ExpenseClaimLine, { where: { claimId: claim.id } });
    const totals = new Map<string, number>();
    for (const l of lines) totals.set(l.categoryId, (totals.get(l.categoryId) ?? 0) + l.amountFen);
    const categories = await manager.find(BudgetCategory, { where: { id: In([...totals.keys()]) } });
    return categories.map((category) => ({ category, amountFen: totals.get(category.id) ?? 0 }));
  }

  async submit(input: SubmitExpenseClaimInput): Promise<Submitted<ExpenseClaim>> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = claimFlow.allow(this.ctx.viewer, WorkflowAction.SUBMITTED, schoolId);
    const amounts = input.lines.map((l, i) => parseYuan(l.amount, `lines.${i}.amount`));
    requireAmounts(amounts);
    const invoices = invoiceNumbersOf(input.lines);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const categories: BudgetCategory[] = [];
      for (const [i, line] of input.lines.entries())
        categories.push(await this.budgets.categoryFor(manager, line.categoryId, `lines.${i}.categoryId`));
      const fund = fundOf(categories);
      const fiscalYear = input.fiscalYear ?? currentFiscalYear();
      const warnings: string[] = [];
      for (const { category, amountFen, index } of amountsPerCategory(categories, amounts)) {
        const warning = await this.budgets.checkRoom(
          manager,
          { districtId: viewer.districtId, schoolId, fiscalYear, category, amountFen },
          `lines.${index}.categoryId`,
        );
        if (warning) warnings.push(warning);
      }
      const totalFen = amounts.reduce((a, b) => a + b, 0);
      const path = approvalPath(viewer, schoolId, requiredLevelFor(totalFen, await this.budgets.policy(manager)));
      const claim = manager.create(ExpenseClaim, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        requesterAccountId: viewer.accountId,
        requesterStaffId: viewer.staffId,
        fiscalYear,
        title: input.title.trim(),
        fund,
        status: ClaimStatus.SUBMITTED,
        totalFen,
        // The first approval level is fixed now, from the claimant's roles; it is awaited once reviewed.
        requiredLevel: path.required,
        nextApprovalLevel: path.first,
        committedFen: 0,
      });
      await manager.insert(ExpenseClaim, claim);
      for (const [i, line] of input.lines.entries()) {
        const lineId = newId();
        await manager.insert(ExpenseClaimLine, {
          id: lineId,
          claimId: claim.id,
          lineNo: i + 1,
          categoryId: categories[i].id,
          amountFen: amounts[i],
          invoiceNumber: invoices[i],
          attachments: line.attachments ?? [],
        });
        try {
          await manager.insert(ClaimedInvoice, {
            id: newId(),
            districtId: viewer.districtId,
            invoiceNumber: invoices[i],
            claimLineId: lineId,
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw badInput(`lines.${i}.invoiceNumber`, `Invoice ${invoices[i]} has already been claimed in this district.`);
          throw error;
        }
      }
      await claimFlow.recordCreation(manager, this.ctx, WorkflowAction.SUBMITTED, claim, {
        comment: warnings.join(' ') || null,
        changes: { ...input },
      });
      const record = await manager.findOneOrFail(ExpenseClaim, { where: { id: claim.id } });
      await this.announce(manager, financeEvents.expenseClaimSubmitted, record, { requiredLevel: record.requiredLevel });
      return { record, warnings };
    });
  }

  /** The accountant's review (审核) before approvals begin. */
  async review(input: ReviewClaimInput): Promise<ExpenseClaim> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const claim = await this.reader.getIn(manager, input.id);
      const action = await this.accountantStep(manager, claim, ACCOUNTANT_STEPS.review);
      const reviewed = await claimFlow
        .check(this.ctx.viewer, action, claim)
        .commit(manager, this.ctx, { comment: input.comment, changes: {} });
      return this.announce(manager, financeEvents.expenseClaimReviewed, reviewed, {
        reviewerAccountId: requireViewer(this.ctx.viewer).accountId,
        comment: optionalText(input.comment),
      });
    });
  }

  async approve(input: ApproveInput): Promise<ExpenseClaim> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const claim = await this.reader.getIn(manager, input.id);
      const step = claimFlow.check(this.ctx.viewer, WorkflowAction.APPROVED, claim);
      const decided = await approveAtAwaitedLevel(
        manager,
        this.ctx,
        step,
        { waiting: ClaimStatus.REVIEWED, approved: ClaimStatus.APPROVED },
        {
          noun: 'claim',
          comment: input.comment,
          committedFen: claim.totalFen,
          commitBudget: async () => {
            for (const { category, amountFen } of await this.amountsByCategory(manager, claim)) {
              await this.budgets.commit(
                manager,
                { districtId: claim.districtId, schoolId: claim.schoolId, fiscalYear: claim.fiscalYear, category, amountFen },
                'id',
              );
            }
          },
        },
      );
      return this.announceDecision(manager, financeEvents.expenseClaimApproved, decided);
    });
  }

  /** Rejects at review (the accountant) or at the awaited approval level (its approver); the reason is recorded. */
  async reject(input: RejectInput): Promise<ExpenseClaim> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const claim = await this.reader.getIn(manager, input.id);
      // The flow's two rejections: by the approver once reviewed, by the accountant before that.
      const transition = rejectionTransition(claim.status);
      const atApproval = transition === WorkflowAction.REJECTED;
      const step = claimFlow.check(this.ctx.viewer, transition, claim);
      const done = atApproval
        ? await rejectAtAwaitedLevel(manager, this.ctx, step, { noun: 'claim', reason: input.reason })
        : await rejected(manager, this.ctx, step, null, input.reason);
      // A rejected claim paid nothing: its invoices may be claimed again, e.g. in a corrected claim.
      // The claim's own lines keep the numbers for the record.
      const lineIds = (await manager.find(ExpenseClaimLine, { where: { claimId: claim.id }, select: { id: true } })).map((l) => l.id);
      await manager.delete(ClaimedInvoice, { claimLineId: In(lineIds) });
      return this.announceDecision(manager, financeEvents.expenseClaimRejected, done);
    });
  }

  /**
   * The ledger reversed this claim's payment (in its transaction): the claimant is still owed, so the
   * amount goes back from spent to committed per category, and the claim waits, PAYMENT_REVERSED, to be paid again.
   */
  private async paymentReversed(manager: EntityManager, { original, entry, reason, lines }: Parameters<PaymentReversal>[1]) {
    const claim = await manager.findOneByOrFail(ExpenseClaim, { id: original.sourceId ?? '' });
    const step = claimFlow.check(this.ctx.viewer, WorkflowAction.PAYMENT_REVERSED, claim);
    for (const { category, amountFen } of await this.amountsByCategory(manager, claim)) {
      await this.budgets.unsettle(
        manager,
        { districtId: claim.districtId, schoolId: claim.schoolId, fiscalYear: claim.fiscalYear, category, amountFen },
        'entryId',
      );
    }
    const amountFen = bankReturned(lines);
    const reversed = await step.commit(manager, this.ctx, {
      set: { committedFen: claim.totalFen },
      comment: reason,
      changes: { amountFen, ledgerEntryId: original.id, reversalEntryId: entry.id },
    });
    await this.announce(manager, financeEvents.expenseClaimPaymentReversed, reversed, {
      amountFen,
      ledgerEntryId: original.id,
      reversalEntryId: entry.id,
      reversedOn: entry.entryDate,
      reason,
    });
  }

  /** Pays the claimant: one balanced entry (cost per category, bank), budget moved from committed to spent. */
  async pay(input: PayInput): Promise<ExpenseClaim> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const claim = await this.reader.getIn(manager, input.id);
      const action = await this.accountantStep(manager, claim, ACCOUNTANT_STEPS.pay);
      const step = claimFlow.check(this.ctx.viewer, action, claim);
      const parts = await this.amountsByCategory(manager, claim);
      for (const { category, amountFen } of parts) {
        await this.budgets.settle(
          manager,
          { districtId: claim.districtId, schoolId: claim.schoolId, fiscalYear: claim.fiscalYear, category, amountFen },
          amountFen,
          'id',
        );
      }
      const cost = costAccountFor(claim.fund);
      const entry = await this.ledger.post(
        manager,
        {
          districtId: claim.districtId,
          schoolId: claim.schoolId,
          fund: claim.fund,
          entryDate: input.paidOn ?? (await this.ledger.today(manager, claim.schoolId)),
          memo: `Expense claim ${claim.id}: ${claim.title}`.slice(0, 500),
          sourceType: 'EXPENSE_CLAIM',
          sourceId: claim.id,
          // Paid back to its filer: the payment event names them.
          payeeAccountId: claim.requesterAccountId,
          lines: [
            ...parts.map(({ category, amountFen }) => ({ account: cost, debitFen: amountFen, creditFen: 0, categoryId: category.id })),
            { account: LedgerAccount.BANK, debitFen: 0, creditFen: claim.totalFen },
          ],
        },
        'paidOn',
      );
      const paid = await step.commit(manager, this.ctx, {
        set: { committedFen: 0 },
        comment: input.comment,
        changes: { amountFen: claim.totalFen, paidOn: entry.entryDate, entryId: entry.id },
      });
      return this.announce(manager, financeEvents.expenseClaimPaid, paid, {
        amountFen: claim.totalFen,
        paidOn: entry.entryDate,
        ledgerEntryId: entry.id,
      });
    });
  }
}
