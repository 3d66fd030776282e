import { type ObjectLiteral } from 'typeorm';
import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { AuditEntry } from '@houqin/persistence';
import { startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { WorkflowStep, WorkflowSubject } from '../src/approval/approval.entity';
import { BudgetCategory, BudgetLine } from '../src/budget/budget.entity';
import { ClaimStatus, ExpenseClaim, ExpenseClaimLine } from '../src/claim/claim.entity';
import { seedFinanceDemo } from '../src/demo/seed';
import { DirectoryCopy } from '../src/directory-copy/directory-copy.service';
import { ClosedPeriod, JournalEntry, JournalLine, LedgerAccount } from '../src/ledger/ledger.entity';
import { PurchaseRequest, PurchaseStatus } from '../src/purchase/purchase.entity';
import { createFinanceSubgraph, financeEntities } from '../src/subgraph';
import { Supplier, SupplierStatus } from '../src/supplier/supplier.entity';
import { isValidCreditCode } from '../src/supplier/supplier.rules';

/**
 * The finance demo seed (apps/finance/src/demo/seed.ts) leaves the books as real use would: every
 * invariant the services keep holds over the seeded data, every workflow stage is present, and a
 * second run changes nothing.
 */

let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startTestSubgraph(createFinanceSubgraph());
}, 240_000);

afterAll(async () => {
  await sub?.stop();
});

const repo = <T extends ObjectLiteral>(entity: new () => T) => sub.dataSource.getRepository(entity);
const activeSchools = Object.values(DEMO_SCHOOLS).filter((s) => s.active);

it("fills finance's copy of the directory with the demo district first, as the directory's events would (its services check school ids against it)", async () => {
  const copy = new DirectoryCopy(sub.dataSource);
  for (const school of Object.values(DEMO_SCHOOLS)) expect(await copy.schoolIsActive(DEMO_DISTRICT.id, school.id)).toBe(school.active);
  expect(await copy.schoolOfCampus(DEMO_DISTRICT.id, DEMO_CAMPUSES.firstPrimaryWest.id)).toBe(DEMO_SCHOOLS.firstPrimary.id);
});

it('seeds budgets, ledgers, requests and claims for every active demo school and none for the closed one', async () => {
  expect(await repo(BudgetCategory).count({ where: { districtId: DEMO_DISTRICT.id } })).toBe(8);
  for (const school of activeSchools) {
    expect(await repo(BudgetLine).count({ where: { schoolId: school.id } })).toBeGreaterThanOrEqual(16);
    expect(await repo(JournalEntry).count({ where: { schoolId: school.id } })).toBeGreaterThan(40);
    expect(await repo(PurchaseRequest).count({ where: { schoolId: school.id } })).toBeGreaterThan(10);
    expect(await repo(ExpenseClaim).count({ where: { schoolId: school.id } })).toBeGreaterThan(5);
  }
  const riverside = DEMO_SCHOOLS.riversidePrimary.id;
  expect(await repo(BudgetLine).count({ where: { schoolId: riverside } })).toBe(0);
  expect(await repo(JournalEntry).count({ where: { schoolId: riverside } })).toBe(0);
});

it('balances every journal entry and never lets a bank account go below zero', async () => {
  const lines = await repo(JournalLine).find();
  const byEntry = new Map<string, number>();
  for (const l of lines) byEntry.set(l.entryId, (byEntry.get(l.entryId) ?? 0) + l.debitFen - l.creditFen);
  expect([...byEntry.values()].filter((net) => net !== 0)).toEqual([]);
  expect(byEntry.size).toBe(await repo(JournalEntry).count());
  expect(lines.reduce((s, l) => s + l.debitFen, 0)).toBe(lines.reduce((s, l) => s + l.creditFen, 0));

  // Bank balance per school and fund, month by month (in period order).
  const entries = new Map((await repo(JournalEntry).find()).map((e) => [e.id, e]));
  const bank = lines
    .filter((l) => l.account === LedgerAccount.BANK)
    .sort((a, b) => entries.get(a.entryId)!.entryDate.localeCompare(entries.get(b.entryId)!.entryDate));
  const balance = new Map<string, number>();
  const lowest = new Map<string, number>();
  for (const l of bank) {
    const key = `${l.schoolId}/${l.fund}`;
    balance.set(key, (balance.get(key) ?? 0) + l.debitFen - l.creditFen);
    lowest.set(key, Math.min(lowest.get(key) ?? 0, balance.get(key)!));
  }
  expect([...lowest].filter(([, fen]) => fen < 0)).toEqual([]);
});

it("keeps every budget line's spent equal to its cost postings and committed equal to what is approved but unpaid", async () => {
  const budget = await repo(BudgetLine).find();
  const costs = await repo(JournalLine)
    .createQueryBuilder('l')
    .where('l.account IN (:...costs)', { costs: [LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST] })
    .getMany();
  const spent = new Map<string, number>();
  for (const l of costs) {
    expect(l.categoryId).not.toBeNull();
    const key = `${l.schoolId}/${l.period.slice(0, 4)}/${l.categoryId}`;
    spent.set(key, (spent.get(key) ?? 0) + l.debitFen - l.creditFen);
  }
  const committed = new Map<string, number>();
  const add = (key: string, fen: number) => committed.set(key, (committed.get(key) ?? 0) + fen);
  for (const r of await repo(PurchaseRequest).find()) {
    // Approved, the estimate is committed; once ordered, the actual amount (until paid, and again once the payment is reversed).
    const ordered = [
      PurchaseStatus.PENDING_REAPPROVAL,
      PurchaseStatus.ORDERED,
      PurchaseStatus.PARTIALLY_RECEIVED,
      PurchaseStatus.RECEIVED,
      PurchaseStatus.PAYMENT_REVERSED,
    ];
    if (r.status === PurchaseStatus.APPROVED || ordered.includes(r.status)) {
      expect(r.committedFen).toBe(r.status === PurchaseStatus.APPROVED ? r.estimatedTotalFen : r.orderedTotalFen);
      add(`${r.schoolId}/${r.fiscalYear}/${r.categoryId}`, r.committedFen);
    } else {
      expect(r.committedFen).toBe(0);
    }
  }
  const claimLines = await repo(ExpenseClaimLine).find();
  for (const c of await repo(ExpenseClaim).find()) {
    if (c.status !== ClaimStatus.APPROVED && c.status !== ClaimStatus.PAYMENT_REVERSED) {
      expect(c.committedFen).toBe(0);
      continue;
    }
    expect(c.committedFen).toBe(c.totalFen);
    for (const l of claimLines.filter((cl) => cl.claimId === c.id)) add(`${c.schoolId}/${c.fiscalYear}/${l.categoryId}`, l.amountFen);
  }
  const keys = new Set([...spent.keys(), ...committed.keys()]);
  const lineKeys = new Set(budget.map((b) => `${b.schoolId}/${b.fiscalYear}/${b.categoryId}`));
  expect([...keys].filter((k) => !lineKeys.has(k))).toEqual([]);
  for (const b of budget) {
    const key = `${b.schoolId}/${b.fiscalYear}/${b.categoryId}`;
    expect({ key, spentFen: b.spentFen, committedFen: b.committedFen }).toEqual({
      key,
      spentFen: spent.get(key) ?? 0,
      committedFen: committed.get(key) ?? 0,
    });
  }
  // Something was spent in every category of every active school this year.
  const thisYear = Math.max(...budget.map((b) => b.fiscalYear));
  for (const school of activeSchools) {
    const lines = budget.filter((b) => b.schoolId === school.id && b.fiscalYear === thisYear);
    expect(lines.filter((b) => b.spentFen + b.committedFen > 0).length).toBeGreaterThanOrEqual(6);
  }
});

it('has purchase requests in every status and claims in every status, each with its workflow steps', async () => {
  const requests = await repo(PurchaseRequest).find();
  const claims = await repo(ExpenseClaim).find();
  // Drafts (DRAFT) come only from another service's event (a storeroom's reorder list), not from finance's own seed.
  expect(new Set(requests.map((r) => r.status))).toEqual(new Set(Object.values(PurchaseStatus).filter((s) => s !== PurchaseStatus.DRAFT)));
  expect(new Set(claims.map((c) => c.status))).toEqual(new Set(Object.values(ClaimStatus)));
  // Waiting at each approval level.
  expect(new Set(requests.filter((r) => r.status === PurchaseStatus.PENDING_APPROVAL).map((r) => r.nextApprovalLevel))).toEqual(
    new Set(['DIRECTOR', 'PRINCIPAL', 'DISTRICT']),
  );

  const steps = await repo(WorkflowStep).find();
  const actions = (type: WorkflowSubject, id: string) =>
    steps.filter((s) => s.subjectType === type && s.subjectId === id).map((s) => s.action);
  // Approvals may precede a rejection or a wait at a higher level; past approval they must be there.
  const expected: Record<PurchaseStatus, string[]> = {
    DRAFT: [],
    PENDING_APPROVAL: ['SUBMITTED'],
    REJECTED: ['SUBMITTED', 'REJECTED'],
    APPROVED: ['SUBMITTED', 'APPROVED'],
    ORDERED: ['SUBMITTED', 'APPROVED', 'ORDERED'],
    PARTIALLY_RECEIVED: ['SUBMITTED', 'APPROVED', 'ORDERED', 'RECEIVED'],
    RECEIVED: ['SUBMITTED', 'APPROVED', 'ORDERED', 'RECEIVED'],
    PAID: ['SUBMITTED', 'APPROVED', 'ORDERED', 'RECEIVED', 'PAID'],
    PENDING_REAPPROVAL: ['SUBMITTED', 'APPROVED', 'ORDERED'],
    PAYMENT_REVERSED: ['SUBMITTED', 'APPROVED', 'ORDERED', 'RECEIVED', 'PAID', 'PAYMENT_REVERSED'],
  };
  for (const r of requests) {
    const done = new Set<string>(actions(WorkflowSubject.PURCHASE_REQUEST, r.id));
    if (r.status === PurchaseStatus.PENDING_APPROVAL || r.status === PurchaseStatus.REJECTED) done.delete('APPROVED');
    expect({ status: r.status, actions: done }).toEqual({ status: r.status, actions: new Set(expected[r.status]) });
  }
  for (const c of claims) {
    const done = actions(WorkflowSubject.EXPENSE_CLAIM, c.id);
    expect(done[0]).toBe('SUBMITTED');
    if (c.status === ClaimStatus.PAID) expect(done).toEqual(expect.arrayContaining(['REVIEWED', 'APPROVED', 'PAID']));
    if (c.status === ClaimStatus.PAYMENT_REVERSED) expect(done).toEqual(expect.arrayContaining(['PAID', 'PAYMENT_REVERSED']));
  }
  // Paid ones are in the ledger exactly once (a reversed payment too, with its reversal).
  const paidEntries = await repo(JournalEntry)
    .createQueryBuilder('e')
    .where('e.sourceType IN (:...types)', { types: ['PURCHASE_REQUEST', 'EXPENSE_CLAIM'] })
    .getMany();
  expect(paidEntries.map((e) => e.sourceId).sort()).toEqual(
    [
      ...requests.filter((r) => r.status === PurchaseStatus.PAID || r.status === PurchaseStatus.PAYMENT_REVERSED),
      ...claims.filter((c) => c.status === ClaimStatus.PAID || c.status === ClaimStatus.PAYMENT_REVERSED),
    ]
      .map((x) => x.id)
      .sort(),
  );
  // Every change has its audit entry, made by the seed's request id.
  expect(await repo(AuditEntry).count({ where: { requestId: 'seed-demo', action: 'journal.post' } })).toBe(
    await repo(JournalEntry).count(),
  );
});

it('registers suppliers with valid credit codes, one suspended and one food supplier whose licence expired', async () => {
  const suppliers = await repo(Supplier).find();
  expect(suppliers.every((s) => isValidCreditCode(s.creditCode))).toBe(true);
  expect(suppliers.filter((s) => s.status === SupplierStatus.SUSPENDED)).toHaveLength(1);
  const today = todayIn(DEFAULT_TIME_ZONE);
  const food = suppliers.filter((s) => s.foodSupplier);
  expect(food.every((s) => s.foodLicenceNumber && s.foodLicenceExpiresOn)).toBe(true);
  expect(food.filter((s) => s.foodLicenceExpiresOn! < today)).toHaveLength(1);
  expect(food.filter((s) => s.foodLicenceExpiresOn! > today && s.status === SupplierStatus.ACTIVE).length).toBeGreaterThanOrEqual(2);
});

it('closes earlier months and leaves last month and this month open', async () => {
  const closed = await repo(ClosedPeriod).find();
  expect(closed.length).toBeGreaterThan(0);
  const [year, month] = todayIn(DEFAULT_TIME_ZONE).split('-').map(Number);
  const thisMonth = `${year}-${String(month).padStart(2, '0')}`;
  const lastMonth = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
  expect(closed.filter((c) => c.period === thisMonth || c.period === lastMonth)).toEqual([]);
});

it('changes nothing when it runs again', async () => {
  const snapshot = async () => {
    const out: Record<string, ObjectLiteral[]> = {};
    for (const entity of [...financeEntities, AuditEntry]) {
      const r = sub.dataSource.getRepository<ObjectLiteral>(entity);
      // The relay's own bookkeeping (deliveries to the directory, retried in the background) is not the seed's.
      if (r.metadata.tableName === 'outbox_delivery') continue;
      // By primary key: not every table has an `id` (the outbox's deliveries are keyed by event and consumer).
      const order = Object.fromEntries(r.metadata.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]));
      // The relay marks outbox rows published whenever it runs: what the seed recorded is the rest of each row.
      out[r.metadata.tableName] = (await r.find({ order })).map(({ publishedAt: _relay, ...row }) => row);
    }
    return out;
  };
  const before = await snapshot();
  await seedFinanceDemo(sub.dataSource, sub.logger);
  expect(await snapshot()).toEqual(before);
});
