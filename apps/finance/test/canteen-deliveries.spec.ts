/**
 * The canteen accepts a delivery of rice (canteen.delivery.accepted); finance posts it in the school's
 * canteen account (食堂单独核算) as food cost owed to the supplier (Dr FOOD_COST / Cr ACCOUNTS_PAYABLE,
 * 应付账款), once, through its real consumer; the accountant later pays the supplier, which is a
 * payment. Events are fed to the consumer as the relay would deliver them.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import {
  DeadLetter,
  envelopeOf,
  EventConsumer,
  type EventEnvelope,
  OutboxEvent,
  subscriptionProblems,
  SUBSCRIPTIONS,
} from '@houqin/events';
import { expectBadInput, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { createFinanceConsumer } from '../src/events/finance.consumer';
import { JournalEntry } from '../src/ledger/ledger.entity';
import { ENTRY_FIELDS, type EntryOut, Finance, SCHOOL_A, SCHOOL_B, startFinance, TEST_NOW, V } from './support';

const silent = pino({ level: 'silent' });

let sub: TestSubgraph;
let f: Finance;
let consumer: EventConsumer;
let supplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  consumer = new EventConsumer(createFinanceConsumer(TEST_NOW), { dataSource: sub.dataSource, logger: silent });
  supplier = await f.supplier({ food: true, name: 'Minjiang Rice (闽江粮油)' });
}, 60000);
afterAll(() => sub?.stop());

/** canteen.delivery.accepted as the canteen publishes it. */
function accepted(payload: Record<string, unknown> = {}, schoolId = SCHOOL_A): EventEnvelope {
  return {
    id: newId(),
    type: 'canteen.delivery.accepted',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId,
    actor: { accountId: V.storekeeper.accountId, staffId: null },
    requestId: 'req-delivery',
    payload: {
      deliveryId: newId(),
      schoolId,
      canteenId: newId(),
      supplierId: supplier,
      deliveredOn: '2026-11-20',
      acceptedTotalFen: 123_456,
      invoiceNumber: 'FP-2026-0001',
      ...payload,
    },
  };
}

/** The canteen account's entries of a delivery, as the accountant reads them. */
async function entriesOf(deliveryId: string, as = V.accountant): Promise<EntryOut[]> {
  const data = await f.ok<{ journalEntries: { nodes: EntryOut[] } }>(
    as,
    `query { journalEntries(first: 100) { nodes { ${ENTRY_FIELDS} } } }`,
  );
  return data.journalEntries.nodes.filter((e) => e.sourceId === deliveryId);
}

async function outboxTypes(): Promise<string[]> {
  return (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } })).map((row) => envelopeOf(row).type);
}

describe('finance posts the deliveries the canteen accepts (canteen.delivery.accepted)', () => {
  it('subscribes to it and handles it (SUBSCRIPTIONS and the consumer agree)', () => {
    expect(SUBSCRIPTIONS.finance).toContain('canteen.delivery.accepted');
    expect(subscriptionProblems([createFinanceConsumer()], { finance: SUBSCRIPTIONS.finance })).toEqual([]);
  });

  it('1234.56 yuan of rice: one entry in the canteen account, Dr FOOD_COST / Cr ACCOUNTS_PAYABLE naming the supplier, dated the delivery day; the same event twice posts once', async () => {
    const event = accepted();
    const deliveryId = (event.payload as { deliveryId: string }).deliveryId;
    const before = await outboxTypes();
    expect((await consumer.handle(event)).outcome).toBe('handled');
    expect((await consumer.handle(event)).outcome).toBe('duplicate');
    // Another event for the same delivery (a replay under a new id) adds nothing either.
    expect((await consumer.handle({ ...event, id: newId() })).outcome).toBe('handled');

    const entries = await entriesOf(deliveryId);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      schoolId: SCHOOL_A,
      fund: 'CANTEEN',
      entryDate: '2026-11-20',
      period: '2026-11',
      sourceType: 'CANTEEN_DELIVERY',
      sourceId: deliveryId,
      reversesEntryId: null,
      postedByAccountId: null,
    });
    expect(entry.memo).toContain('Minjiang Rice (闽江粮油)');
    expect(entry.memo).toContain('FP-2026-0001');
    expect(entry.lines).toEqual(
      expect.arrayContaining([
        {
          account: 'FOOD_COST',
          categoryId: null,
          supplierId: null,
          debit: { yuan: '1234.56', fen: 123456 },
          credit: { yuan: '0.00', fen: 0 },
        },
        {
          account: 'ACCOUNTS_PAYABLE',
          categoryId: null,
          supplierId: supplier,
          debit: { yuan: '0.00', fen: 0 },
          credit: { yuan: '1234.56', fen: 123456 },
        },
      ]),
    );
    expect(entry.lines).toHaveLength(2);
    // Food received on credit is no payment: nothing new in the outbox.
    expect(await outboxTypes()).toEqual(before);
    // Not in the school account, and not in another school's books.
    expect(await sub.dataSource.getRepository(JournalEntry).countBy({ sourceId: deliveryId, fund: 'SCHOOL' as never })).toBe(0);
    expect(await entriesOf(deliveryId, V.accountant2)).toEqual([]);
  });

  it('the canteen statement shows it as food cost and owed; paying the supplier is a payment (payment.posted naming the supplier) that clears the payable', async () => {
    const event = accepted({ deliveredOn: '2026-12-03', acceptedTotalFen: 80_000, invoiceNumber: 'FP-2026-0002' }, SCHOOL_B);
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const read = async () => {
      const s = await f.ok<{
        canteenStatement: { foodCost: { fen: number }; accountsPayable: { fen: number }; closingBalance: { fen: number } };
      }>(
        V.accountant2,
        'query($schoolId: ID!, $period: String!) { canteenStatement(schoolId: $schoolId, period: $period) { foodCost { fen } accountsPayable { fen } closingBalance { fen } } }',
        { schoolId: SCHOOL_B, period: '2026-12' },
      );
      return s.canteenStatement;
    };
    const owed = await read();
    expect(owed).toMatchObject({ foodCost: { fen: 80_000 }, accountsPayable: { fen: 80_000 } });

    const pay = ok(
      await f.postEntry(V.accountant2, {
        schoolId: SCHOOL_B,
        fund: 'CANTEEN',
        entryDate: '2026-12-10',
        memo: 'Paid Minjiang Rice for invoice FP-2026-0002 (支付货款)',
        lines: [
          { account: 'ACCOUNTS_PAYABLE', debit: '800.00', supplierId: supplier },
          { account: 'BANK', credit: '800.00', supplierId: supplier },
        ],
      }),
    ).postJournalEntry as EntryOut;
    const paid = await read();
    // The bank moved by the payment; the food cost did not count twice.
    expect(paid).toMatchObject({
      foodCost: { fen: 80_000 },
      accountsPayable: { fen: 0 },
      closingBalance: { fen: owed.closingBalance.fen - 80_000 },
    });
    const payments = (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } }))
      .map(envelopeOf)
      .filter((e) => e.type === 'finance.payment.posted' && (e.payload as { ledgerEntryId: string }).ledgerEntryId === pay.id);
    expect(payments.map((e) => e.payload)).toEqual([
      expect.objectContaining({ fund: 'CANTEEN', amountFen: 80_000, sourceType: 'MANUAL', supplierId: supplier, entryDate: '2026-12-10' }),
    ]);
  });

  it('delivered in a month already closed: posted on the first open day, the memo keeping the delivery day', async () => {
    ok(
      await f.request(V.accountant, 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }', {
        input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-10' },
      }),
    );
    const event = accepted({ deliveredOn: '2026-10-28', acceptedTotalFen: 5_000 });
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const [entry] = await entriesOf((event.payload as { deliveryId: string }).deliveryId);
    expect(entry).toMatchObject({ entryDate: '2026-11-01', period: '2026-11', fund: 'CANTEEN' });
    expect(entry.memo).toContain('delivered 2026-10-28');
  });

  it('a payload that is not a delivery is parked as a dead letter and posts nothing; an unknown supplier is retried, never posted', async () => {
    const entries = () => sub.dataSource.getRepository(JournalEntry).countBy({ sourceType: 'CANTEEN_DELIVERY' });
    const before = await entries();
    const bad = accepted({ acceptedTotalFen: -5 });
    expect((await consumer.handle(bad)).outcome).toBe('parked');
    expect(await sub.dataSource.getRepository(DeadLetter).findOneBy({ eventId: bad.id })).toMatchObject({
      type: 'canteen.delivery.accepted',
    });

    const unknown = accepted({ supplierId: newId() });
    const result = await consumer.handle(unknown);
    expect(result).toMatchObject({ outcome: 'failed', ok: false });
    expect(result.error).toContain('is not a supplier of district');
    expect(await entries()).toBe(before);
  });

  it('nobody posts a payable by hand: a manual credit to ACCOUNTS_PAYABLE, or one naming no supplier, is refused and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_A,
          fund: 'CANTEEN',
          entryDate: '2026-12-01',
          memo: 'Rice on credit',
          lines: [
            { account: 'FOOD_COST', debit: '10.00' },
            { account: 'ACCOUNTS_PAYABLE', credit: '10.00', supplierId: supplier },
          ],
        }),
        'lines.1',
      );
      expectBadInput(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_A,
          fund: 'CANTEEN',
          entryDate: '2026-12-01',
          memo: 'Paid someone',
          lines: [
            { account: 'ACCOUNTS_PAYABLE', debit: '10.00' },
            { account: 'BANK', credit: '10.00' },
          ],
        }),
        'lines.0.supplierId',
      );
      expectBadInput(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_A,
          fund: 'CANTEEN',
          entryDate: '2026-12-01',
          memo: 'Paid a stranger',
          lines: [
            { account: 'ACCOUNTS_PAYABLE', debit: '10.00', supplierId: newId() },
            { account: 'BANK', credit: '10.00', supplierId: newId() },
          ],
        }),
        'lines.0.supplierId',
      );
      // The school account owes only what repairs' final accounts say (repair-expenses.spec.ts): no payable by hand there either.
      expectBadInput(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_A,
          fund: 'SCHOOL',
          entryDate: '2026-12-01',
          memo: 'Repair on credit',
          lines: [
            { account: 'EXPENSE', debit: '10.00' },
            { account: 'ACCOUNTS_PAYABLE', credit: '10.00', supplierId: supplier },
          ],
        }),
        'lines.1',
      );
    });
  });
});
