/**
 * Facilities records the final account (维修决算) of a repair work order and publishes
 * facilities.workOrder.accounted; finance charges its cost to the school's REPAIRS budget line (预算科目)
 * once, through its real consumer, under the category's overrun policy: posted in the ledger when the
 * line has room (or the category only warns, with the warning), else HELD until the accountant posts it.
 * Events are fed to the consumer as the relay would deliver them.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer, type EventEnvelope, subscriptionProblems, SUBSCRIPTIONS } from '@houqin/events';
import type { ViewerClaims } from '@houqin/auth';
import { expectBadInput, expectCode, expectNoWrites, type TestSubgraph } from '@houqin/testing';
import { createFinanceConsumer } from '../src/events/finance.consumer';
import { JournalEntry } from '../src/ledger/ledger.entity';
import { RepairExpense } from '../src/repair-expense/repair-expense.entity';
import { ENTRY_FIELDS, type EntryOut, Finance, ok, SCHOOL_A, SCHOOL_B, startFinance, sumOf, TEST_NOW, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
let f: Finance;
let consumer: EventConsumer;
/** The district's REPAIRS category (BLOCK until the WARN story) and the roofing contractor (a supplier of the district). */
let repairs: string;
let roofer: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  consumer = new EventConsumer(createFinanceConsumer(TEST_NOW), { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
  repairs = await f.category('REPAIRS', { overrunPolicy: 'BLOCK' });
  await f.budget(SCHOOL_A, repairs, '10000.00');
  roofer = await f.supplier({ name: '鼎固房屋修缮有限公司' });
}, 60000);
afterAll(() => sub?.stop());

/** facilities.workOrder.accounted as facilities publishes it (amounts in fen; the total their sum). */
function accounted(payload: Record<string, unknown> = {}, schoolId = SCHOOL_A): EventEnvelope {
  const amounts = { labourFen: 0, materialsFen: 0, storeroomMaterialsFen: 0, contractorFen: 0, ...payload } as Record<string, number>;
  return {
    id: newId(),
    type: 'facilities.workOrder.accounted',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId,
    actor: { accountId: V.director.accountId, staffId: null },
    requestId: 'req-final-account',
    payload: {
      workOrderId: newId(),
      schoolId,
      title: '维修',
      category: 'PLUMBING',
      estimateFen: 0,
      contractorSupplierId: null,
      accountedOn: '2026-12-10',
      accountedByAccountId: V.director.accountId,
      totalFen: amounts.labourFen + amounts.materialsFen + amounts.contractorFen,
      ...amounts,
    },
  };
}
const workOrderOf = (event: EventEnvelope) => (event.payload as { workOrderId: string }).workOrderId;

const FIELDS = `id schoolId workOrderId title kind status heldReason warning version fiscalYear accountedOn categoryId postedByAccountId
  labour { yuan } materials { yuan } contractor { yuan } total { yuan fen }
  contractorSupplier { id name } category { code } ledgerEntry { ${ENTRY_FIELDS} }`;
interface ExpenseOut {
  id: string;
  workOrderId: string;
  status: 'POSTED' | 'HELD';
  heldReason: string | null;
  warning: string | null;
  version: number;
  postedByAccountId: string | null;
  ledgerEntry: EntryOut | null;
  [field: string]: unknown;
}
const LIST = `query($filter: RepairExpenseFilter) { repairExpenses(filter: $filter, first: 100) { nodes { ${FIELDS} } } }`;
const POST = `mutation($input: PostRepairExpenseInput!) { postRepairExpense(input: $input) { ${FIELDS} } }`;

const list = async (as: ViewerClaims = V.accountant, filter: Record<string, unknown> = {}) =>
  (await f.ok<{ repairExpenses: { nodes: ExpenseOut[] } }>(as, LIST, { filter })).repairExpenses.nodes;
/** The expense of a work order as the district auditor reads it. */
const expenseOf = async (workOrderId: string) => (await list(V.auditor)).find((e) => e.workOrderId === workOrderId)!;
const postRaw = (as: ViewerClaims, input: { id: string; version: number }) => f.request(as, POST, { input });
const post = async (as: ViewerClaims, expense: { id: string; version: number }) =>
  ok<{ postRepairExpense: ExpenseOut }>(await postRaw(as, { id: expense.id, version: expense.version })).postRepairExpense;
const spentA = async () => (await f.budgetLine(SCHOOL_A, repairs)).spent;
const entriesOf = (workOrderId: string) =>
  sub.dataSource.getRepository(JournalEntry).countBy({ sourceType: 'REPAIR_EXPENSE', sourceId: workOrderId });

describe('finance charges repairs’ final accounts to the REPAIRS budget (facilities.workOrder.accounted)', () => {
  it('subscribes to it and handles it (SUBSCRIPTIONS and the consumer agree)', () => {
    expect(SUBSCRIPTIONS.finance).toContain('facilities.workOrder.accounted');
    expect(subscriptionProblems([createFinanceConsumer()], { finance: SUBSCRIPTIONS.finance })).toEqual([]);
  });

  it('a plumber’s ¥380 tap repair at First Primary is posted once, even when the event is delivered twice or replayed', async () => {
    const event = accounted({ title: '三年级2班水龙头漏水', labourFen: 15_000, materialsFen: 23_000, estimateFen: 35_000 });
    const workOrderId = workOrderOf(event);
    expect((await consumer.handle(event)).outcome).toBe('handled');
    await expectNoWrites(sub, async () => {
      expect((await consumer.handle(event)).outcome).toBe('duplicate');
      expect((await consumer.handle({ ...event, id: newId() })).outcome).toBe('handled');
    });
    expect(await sub.dataSource.getRepository(RepairExpense).countBy({ workOrderId })).toBe(1);
    expect(await entriesOf(workOrderId)).toBe(1);

    const [tap] = (await list()).filter((e) => e.workOrderId === workOrderId);
    expect(tap).toMatchObject({
      schoolId: SCHOOL_A,
      title: '三年级2班水龙头漏水',
      kind: 'PLUMBING',
      status: 'POSTED',
      heldReason: null,
      warning: null,
      fiscalYear: 2026,
      accountedOn: '2026-12-10',
      categoryId: repairs,
      category: { code: 'REPAIRS' },
      postedByAccountId: null,
      labour: { yuan: '150.00' },
      materials: { yuan: '230.00' },
      contractor: { yuan: '0.00' },
      total: { yuan: '380.00', fen: 38_000 },
      contractorSupplier: null,
    });
    // In-house: Dr EXPENSE (REPAIRS) / Cr BANK in the school account, dated the final account's day, posted by the system.
    expect(tap.ledgerEntry).toMatchObject({
      fund: 'SCHOOL',
      entryDate: '2026-12-10',
      sourceType: 'REPAIR_EXPENSE',
      sourceId: workOrderId,
      postedByAccountId: null,
      lines: [
        { account: 'EXPENSE', categoryId: repairs, supplierId: null, debit: { yuan: '380.00' }, credit: { yuan: '0.00' } },
        { account: 'BANK', categoryId: null, supplierId: null, debit: { yuan: '0.00' }, credit: { yuan: '380.00' } },
      ],
    });
    expect(await spentA()).toBe(38_000);
  });

  let roof: ExpenseOut;

  it('a contractor’s ¥48,000 roof repair that exceeds the BLOCK line is HELD: nothing posted, the line untouched', async () => {
    const event = accounted({
      title: '体育馆屋顶防水维修',
      category: 'BUILDING',
      contractorFen: 4_800_000,
      estimateFen: 4_500_000,
      contractorSupplierId: roofer,
    });
    expect((await consumer.handle(event)).outcome).toBe('handled');
    roof = await expenseOf(workOrderOf(event));
    expect(roof).toMatchObject({
      status: 'HELD',
      heldReason: 'Over budget: REPAIRS (测试) has 9620.00 yuan left in 2026; this needs 48000.00.',
      ledgerEntry: null,
      contractorSupplier: { id: roofer, name: '鼎固房屋修缮有限公司' },
      contractor: { yuan: '48000.00' },
    });
    expect(await entriesOf(roof.workOrderId)).toBe(0);
    expect(await spentA()).toBe(38_000);
    // Waiting for the accountant: the HELD filter.
    expect((await list(V.accountant, { schoolId: SCHOOL_A, status: 'HELD' })).map((e) => e.id)).toEqual([roof.id]);
  });

  it('a teacher calling postRepairExpense is FORBIDDEN, before the input is looked at; so is the principal, who reads the books but does not keep them', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await postRaw(V.teacher, { id: roof.id, version: roof.version }), 'FORBIDDEN');
      expectCode(await postRaw(V.teacher, { id: 'not-an-id', version: 1 }), 'FORBIDDEN');
      expectCode(await postRaw(V.principal, { id: roof.id, version: roof.version }), 'FORBIDDEN');
      expectCode(await postRaw(V.auditor, { id: roof.id, version: roof.version }), 'FORBIDDEN');
    });
  });

  it('a bad id is BAD_USER_INPUT on id and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await postRaw(V.accountant, { id: 'not-an-id', version: 1 }), 'id');
      expectBadInput(await postRaw(V.accountant, { id: UNKNOWN_ID, version: 1 }), 'id');
    });
  });

  it('another school’s accountant neither sees it nor posts it (BAD_USER_INPUT on id, as an id that does not exist)', async () => {
    expect((await list(V.accountant2)).map((e) => e.id)).not.toContain(roof.id);
    await expectNoWrites(sub, async () => {
      expectBadInput(await postRaw(V.accountant2, { id: roof.id, version: roof.version }), 'id');
    });
  });

  it('the accountant cannot post it while the line has no room; once the district raises the line, they post it: the contractor is owed, then paid', async () => {
    await expectNoWrites(sub, async () => {
      const refused = await postRaw(V.accountant, { id: roof.id, version: roof.version });
      expectBadInput(refused, 'id');
      expect(refused.errors![0].message).toMatch(/^Over budget: REPAIRS \(测试\) has 9620.00 yuan left in 2026/);
    });
    await f.budget(SCHOOL_A, repairs, '60000.00');

    const posted = await post(V.accountant, roof);
    expect(posted).toMatchObject({ status: 'POSTED', heldReason: null, warning: null, postedByAccountId: V.accountant.accountId });
    expect(posted.version).toBeGreaterThan(roof.version);
    // The contractor's bill, not its payment: Dr EXPENSE (REPAIRS) / Cr ACCOUNTS_PAYABLE naming the contractor.
    expect(posted.ledgerEntry).toMatchObject({
      fund: 'SCHOOL',
      entryDate: '2026-12-10',
      sourceType: 'REPAIR_EXPENSE',
      sourceId: roof.workOrderId,
      postedByAccountId: V.accountant.accountId,
      lines: [
        { account: 'EXPENSE', categoryId: repairs, debit: { yuan: '48000.00' } },
        { account: 'ACCOUNTS_PAYABLE', supplierId: roofer, credit: { yuan: '48000.00' } },
      ],
    });
    expect(await spentA()).toBe(38_000 + 4_800_000);
    expect(await entriesOf(roof.workOrderId)).toBe(1);

    // Posted once: again at the version read, or at the new one, is CONFLICT and writes nothing.
    await expectNoWrites(sub, async () => {
      expectCode(await postRaw(V.accountant, { id: roof.id, version: roof.version }), 'CONFLICT');
      expectCode(await postRaw(V.accountant, { id: roof.id, version: posted.version }), 'CONFLICT');
    });

    // Paying the contractor later is the payment: Dr ACCOUNTS_PAYABLE / Cr BANK naming it, in the school account.
    const pay = ok<{ postJournalEntry: EntryOut }>(
      await f.postEntry(V.accountant, {
        schoolId: SCHOOL_A,
        fund: 'SCHOOL',
        entryDate: '2026-12-14',
        memo: '支付体育馆屋顶维修款 Roof repair paid',
        lines: [
          { account: 'ACCOUNTS_PAYABLE', debit: '48000.00', supplierId: roofer },
          { account: 'BANK', credit: '48000.00', supplierId: roofer },
        ],
      }),
    ).postJournalEntry;
    const announced = await sumOf(sub, "SELECT COUNT(*) FROM outbox_event WHERE type = 'finance.payment.posted' AND payload LIKE ?", [
      `%${pay.id}%`,
    ]);
    expect(announced).toBe(1);
    // The repair's spending was charged once, at its final account: paying the payable is no cost.
    expect(await spentA()).toBe(38_000 + 4_800_000);
  });

  it('a repair at a school with no REPAIRS line for the year is HELD with the reason, never lost; its accountant posts it once the district allocates one', async () => {
    const event = accounted({ title: '实验楼配电箱更换', category: 'ELECTRICAL', labourFen: 40_000, materialsFen: 80_000 }, SCHOOL_B);
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const held = await expenseOf(workOrderOf(event));
    expect(held).toMatchObject({
      status: 'HELD',
      heldReason: 'No REPAIRS (测试) budget line for this school in 2026: once the district allocates one, the accountant posts it.',
      categoryId: repairs,
      ledgerEntry: null,
    });
    expect((await list(V.accountant2)).map((e) => e.id)).toContain(held.id);
    expect((await list(V.accountant)).map((e) => e.id)).not.toContain(held.id);
    await expectNoWrites(sub, async () => {
      const refused = await postRaw(V.accountant2, { id: held.id, version: held.version });
      expectBadInput(refused, 'id');
      expect(refused.errors![0].message).toMatch(/^No REPAIRS \(测试\) budget line/);
    });

    await f.budget(SCHOOL_B, repairs, '5000.00');
    // A stale version is CONFLICT, whoever moved it.
    await expectNoWrites(sub, async () => expectCode(await postRaw(V.accountant2, { id: held.id, version: held.version + 1 }), 'CONFLICT'));
    const posted = await post(V.accountant2, held);
    expect(posted).toMatchObject({ status: 'POSTED', heldReason: null, postedByAccountId: V.accountant2.accountId });
    expect((await f.budgetLine(SCHOOL_B, repairs)).spent).toBe(120_000);
  });

  it('under a WARN category a repair beyond the line is posted with the warning', async () => {
    const category = ok<{ updateBudgetCategory: { version: number } }>(
      await f.request(V.admin, 'mutation($input: UpdateBudgetCategoryInput!) { updateBudgetCategory(input: $input) { version } }', {
        input: { id: repairs, version: 1, overrunPolicy: 'WARN' },
      }),
    ).updateBudgetCategory;
    expect(category.version).toBe(2);
    const event = accounted({ title: '教学楼外墙脱落修补', category: 'BUILDING', contractorFen: 2_000_000, contractorSupplierId: roofer });
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const warned = await expenseOf(workOrderOf(event));
    expect(warned).toMatchObject({
      status: 'POSTED',
      heldReason: null,
      warning: "Over budget (allowed by the category's WARN policy): REPAIRS (测试) has 11620.00 yuan left in 2026; this needs 20000.00.",
    });
    expect(warned.ledgerEntry?.lines.map((l) => l.account)).toEqual(['EXPENSE', 'ACCOUNTS_PAYABLE']);
    const line = await f.budgetLine(SCHOOL_A, repairs);
    expect(line.spent).toBe(38_000 + 4_800_000 + 2_000_000);
    expect(line.remaining).toBe(-838_000);
  });

  it('reversing a repair’s entry gives its spending back and holds it again; the accountant posts it again', async () => {
    const tap = (await list()).find((e) => e.title === '三年级2班水龙头漏水')!;
    const before = await spentA();
    ok(
      await f.request(V.accountant, 'mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { id } }', {
        input: { entryId: tap.ledgerEntry!.id, reason: '金额录错 wrong amount' },
      }),
    );
    const held = await expenseOf(tap.workOrderId);
    expect(held).toMatchObject({
      status: 'HELD',
      ledgerEntry: null,
      heldReason: `Its entry ${tap.ledgerEntry!.id} was reversed: 金额录错 wrong amount`,
    });
    expect(await spentA()).toBe(before - 38_000);
    const again = await post(V.accountant, held);
    expect(again.status).toBe('POSTED');
    expect(again.ledgerEntry!.id).not.toBe(tap.ledgerEntry!.id);
    expect(await spentA()).toBe(before);
  });

  it('the district reads every school’s; a teacher may not read repair expenses', async () => {
    const schools = new Set((await list(V.auditor)).map((e) => e.schoolId));
    expect(schools).toEqual(new Set([SCHOOL_A, SCHOOL_B]));
    expectCode(await f.request(V.teacher, LIST, { filter: {} }), 'FORBIDDEN');
  });

  it('an event for a school finance does not know, with amounts that do not add up, or naming a contractor that is no supplier, is not recorded (retried, then parked)', async () => {
    await expectNoWrites(sub, async () => {
      expect((await consumer.handle(accounted({ labourFen: 100 }, UNKNOWN_ID))).ok).toBe(false);
      expect((await consumer.handle(accounted({ labourFen: 100, totalFen: 101 }))).ok).toBe(false);
      expect((await consumer.handle(accounted({ contractorFen: 100, contractorSupplierId: UNKNOWN_ID }))).ok).toBe(false);
      expect((await consumer.handle(accounted({ contractorFen: 100 }))).ok).toBe(false);
    });
  });
});

describe('storeroom materials in a final account (维修领料)', () => {
  it('materials the storeroom issued for the repair were charged when bought: only the new spending is posted', async () => {
    // ¥100 labour and ¥300 materials, of which ¥200 of washers and pipe came from the school's storeroom.
    const event = accounted({ title: '卫生间水管更换', labourFen: 10_000, materialsFen: 30_000, storeroomMaterialsFen: 20_000 });
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const [pipe] = (await list()).filter((e) => e.workOrderId === workOrderOf(event));
    expect(pipe).toMatchObject({ status: 'POSTED', labour: { yuan: '100.00' }, materials: { yuan: '100.00' }, total: { fen: 20_000 } });
  });
});
