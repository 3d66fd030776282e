/**
 * Finance's events (docs/events.md): each workflow step records its event in its own transaction,
 * a refused or rolled-back step records none, and the relay delivers what was recorded. The outbox
 * is read straight from finance's database; delivery runs on the real NATS server when there is one.
 */
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import {
  defineConsumer,
  EventConsumer,
  eventsExtension,
  type EventEnvelope,
  financeEvents,
  NatsEvents,
  OutboxEvent,
  envelopeOf,
} from '@houqin/events';
import { DEMO_DISTRICT } from '@houqin/demo';
import { expectCode, ok, startTestSubgraph, waitFor, type TestSubgraph } from '@houqin/testing';
import { createFinanceSubgraph } from '../src/subgraph';
import { ACCOUNTANTS, APPROVERS, creditCode, fillDirectoryCopy, Finance, FY, type RequestOut, SCHOOL_A, startFinance, V } from './support';

const NATS_URL = process.env.HOUQIN_TEST_NATS_URL ?? '';
const silent = pino({ level: 'silent' });

/** Every event finance recorded, oldest first (ids are UUIDv7). */
async function outbox(sub: TestSubgraph): Promise<EventEnvelope[]> {
  const rows = await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } });
  return rows.map(envelopeOf);
}

/** The events recorded while `act` ran. */
async function recordedBy(sub: TestSubgraph, act: () => Promise<unknown>): Promise<EventEnvelope[]> {
  const before = new Set((await outbox(sub)).map((e) => e.id));
  await act();
  return (await outbox(sub)).filter((e) => !before.has(e.id));
}

describe('finance publishes its workflow events in the step’s transaction', () => {
  let sub: TestSubgraph;
  let f: Finance;
  let category: string;

  beforeAll(async () => {
    sub = await startFinance();
    f = new Finance(sub);
    category = await f.category('EVT');
    await f.budget(SCHOOL_A, category, '100000.00');
  });
  afterAll(() => sub.stop());

  it('a committed approval records exactly one event, saying the level, the decider and the level awaited next', async () => {
    // 6000 yuan needs the principal: the director's approval is not final.
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 2, price: '3000.00' }]);
    expect([request.requiredLevel, request.nextApprovalLevel]).toEqual(['PRINCIPAL', 'DIRECTOR']);
    const first = await recordedBy(sub, async () => ok(await f.approvePurchase(V.director, request.id, 'ok (同意)')));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      type: 'finance.purchaseRequest.approved',
      version: 1,
      districtId: DEMO_DISTRICT.id,
      schoolId: SCHOOL_A,
      actor: { accountId: V.director.accountId, staffId: V.director.staffId ?? null },
      payload: {
        purchaseRequestId: request.id,
        requesterAccountId: V.teacher.accountId,
        requesterStaffId: V.teacher.staffId,
        categoryId: category,
        fiscalYear: FY,
        estimatedTotalFen: 600000,
        status: 'PENDING_APPROVAL',
        nextApprovalLevel: 'PRINCIPAL',
        level: 'DIRECTOR',
        deciderAccountId: V.director.accountId,
        comment: 'ok (同意)',
      },
    });

    const last = await recordedBy(sub, async () => ok(await f.approvePurchase(V.principal, request.id)));
    expect(last.map((e) => [e.type, e.payload])).toEqual([
      [
        'finance.purchaseRequest.approved',
        expect.objectContaining({ status: 'APPROVED', nextApprovalLevel: null, level: 'PRINCIPAL', comment: null }),
      ],
    ]);
  });

  it('a refused or rolled-back step records nothing: over budget under BLOCK, out of order (CONFLICT), by the wrong person', async () => {
    const tight = await f.category('EVT_TIGHT');
    await f.budget(SCHOOL_A, tight, '100.00');
    // Both fit when filed (nothing committed yet); the second final approval then finds the budget spent.
    const first = await f.submitPurchase(V.teacher, SCHOOL_A, tight, [{ quantity: 1, price: '60.00' }]);
    const second = await f.submitPurchase(V.teacher, SCHOOL_A, tight, [{ quantity: 1, price: '60.00' }]);
    await f.approvePurchaseFully(first);
    const refused = await recordedBy(sub, async () => {
      // The approval commits the budget before its event is recorded: BLOCK rolls the whole step back.
      expectCode(await f.approvePurchase(V.director, second.id), 'BAD_USER_INPUT');
      // Over budget when filed.
      expectCode(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: tight,
          fiscalYear: FY,
          reason: 'Too much',
          lines: [{ description: 'Projector', quantity: 1, unit: 'set', estimatedUnitPrice: '5000.00' }],
        }),
        'BAD_USER_INPUT',
      );
      // Paying a request nobody ordered is a step out of order.
      expectCode(await f.payPurchase(V.accountant, second.id, `${FY}-03-02`), 'CONFLICT');
      // The filer may not approve their own request.
      expectCode(await f.approvePurchase(V.teacher, second.id), 'FORBIDDEN');
    });
    expect(refused).toEqual([]);
  });

  it('each step of a purchase request publishes its event: submitted, approved, received, paid (with the payment posted); a rejection says why', async () => {
    const supplier = await f.supplier();
    const events = await recordedBy(sub, () =>
      f.paidPurchase(SCHOOL_A, category, supplier, [{ quantity: 1, price: '80.00' }], `${FY}-03-02`),
    );
    const paid = events.at(-1)!;
    // Paying also posts the payment to the ledger: payment.posted, in the same transaction.
    expect(events.map((e) => e.type)).toEqual([
      'finance.purchaseRequest.submitted',
      'finance.purchaseRequest.approved',
      // Every receipt tells what arrived (facilities stocks a reorder's goods from it).
      'finance.purchaseRequest.received',
      'finance.payment.posted',
      'finance.purchaseRequest.paid',
    ]);
    expect(events[0].payload).toMatchObject({ status: 'PENDING_APPROVAL', requiredLevel: 'DIRECTOR', nextApprovalLevel: 'DIRECTOR' });
    expect(paid.payload).toMatchObject({
      status: 'PAID',
      amountFen: 8000,
      paidOn: `${FY}-03-02`,
      supplierId: supplier,
      ledgerEntryId: expect.any(String),
    });
    const { purchaseRequestId, ledgerEntryId } = paid.payload as { purchaseRequestId: string; ledgerEntryId: string };
    expect(events[2].payload).toMatchObject({
      purchaseRequestId: (paid.payload as { purchaseRequestId: string }).purchaseRequestId,
      status: 'RECEIVED',
      sourceService: null,
    });
    expect(events[3]).toMatchObject({
      schoolId: SCHOOL_A,
      actor: { accountId: ACCOUNTANTS[SCHOOL_A].accountId },
      payload: {
        ledgerEntryId,
        fund: 'SCHOOL',
        entryDate: `${FY}-03-02`,
        period: `${FY}-03`,
        amountFen: 8000,
        sourceType: 'PURCHASE_REQUEST',
        sourceId: purchaseRequestId,
        supplierId: supplier,
        payeeAccountId: null,
        postedByAccountId: ACCOUNTANTS[SCHOOL_A].accountId,
        memo: expect.stringMatching(/^Payment for purchase request/),
      },
    });

    const rejected = await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 1, price: '20.00' }]);
    const rejection = await recordedBy(sub, async () =>
      ok(
        await f.request(V.director, 'mutation($input: RejectInput!) { rejectPurchaseRequest(input: $input) { id } }', {
          input: { id: rejected.id, reason: 'Not this term (本学期不需要)' },
        }),
      ),
    );
    expect(rejection.map((e) => [e.type, e.payload])).toEqual([
      [
        'finance.purchaseRequest.rejected',
        expect.objectContaining({
          status: 'REJECTED',
          level: 'DIRECTOR',
          nextApprovalLevel: null,
          comment: 'Not this term (本学期不需要)',
        }),
      ],
    ]);
  });

  it('each step of an expense claim publishes its event, the review telling whose approval is awaited; a rejection at review has no level', async () => {
    const events = await recordedBy(sub, async () => {
      const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: category, amount: '30.00' }]);
      await f.approveClaimFully(claim);
      ok(await f.payClaim(ACCOUNTANTS[SCHOOL_A], claim.id, `${FY}-03-02`));
    });
    expect(events.map((e) => [e.type, (e.payload as { status: string }).status])).toEqual([
      ['finance.expenseClaim.submitted', 'SUBMITTED'],
      ['finance.expenseClaim.reviewed', 'REVIEWED'],
      ['finance.expenseClaim.approved', 'APPROVED'],
      ['finance.payment.posted', undefined],
      ['finance.expenseClaim.paid', 'PAID'],
    ]);
    // Paid back to its filer: the payment names them as the payee.
    expect(events.find((e) => e.type === 'finance.payment.posted')?.payload).toMatchObject({
      sourceType: 'EXPENSE_CLAIM',
      amountFen: 3000,
      supplierId: null,
      payeeAccountId: V.teacher.accountId,
    });
    expect(events[1].payload).toMatchObject({ nextApprovalLevel: 'DIRECTOR', reviewerAccountId: ACCOUNTANTS[SCHOOL_A].accountId });
    expect(events.find((e) => e.type === 'finance.expenseClaim.paid')?.payload).toMatchObject({
      fund: 'SCHOOL',
      totalFen: 3000,
      amountFen: 3000,
      paidOn: `${FY}-03-02`,
    });

    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: category, amount: '40.00' }]);
    const atReview = await recordedBy(sub, async () => ok(await f.rejectClaim(V.accountant, claim.id, 'Invoice unreadable (发票不清)')));
    expect(atReview.map((e) => [e.type, e.payload])).toEqual([
      [
        'finance.expenseClaim.rejected',
        expect.objectContaining({
          status: 'REJECTED',
          level: null,
          deciderAccountId: V.accountant.accountId,
          comment: 'Invoice unreadable (发票不清)',
        }),
      ],
    ]);
  });

  it('suspending a supplier publishes supplier.suspended once, district-wide; every change publishes its whole supplier (supplier.changed)', async () => {
    const supplier = await f.supplier({ food: true, name: 'Fresh Veg Co. (鲜菜公司)' });
    const update = (input: Record<string, unknown>) =>
      f.request(V.admin, 'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { id version status } }', { input });
    const current = () =>
      f.ok<{ supplier: { version: number } }>(V.admin, 'query($id: ID!) { supplier(id: $id) { version } }', { id: supplier });
    const events = await recordedBy(sub, async () => {
      ok(await update({ id: supplier, version: (await current()).supplier.version, phone: '0591-88888888' }));
      ok(await update({ id: supplier, version: (await current()).supplier.version, status: 'SUSPENDED' }));
      ok(await update({ id: supplier, version: (await current()).supplier.version, status: 'SUSPENDED' }));
      ok(await update({ id: supplier, version: (await current()).supplier.version, status: 'ACTIVE', foodLicenceExpiresOn: '2030-06-30' }));
    });
    const snapshot = (supplierVersion: number, change: string, status: string, foodLicenceExpiresOn = '2099-12-31') => ({
      type: 'finance.supplier.changed',
      schoolId: null,
      payload: {
        supplierId: supplier,
        districtId: DEMO_DISTRICT.id,
        supplierVersion,
        change,
        name: 'Fresh Veg Co. (鲜菜公司)',
        creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/),
        status,
        foodSupplier: true,
        foodLicenceNumber: expect.stringMatching(/^JY\d{12}$/),
        foodLicenceExpiresOn,
      },
    });
    expect(events.map((e) => ({ type: e.type, schoolId: e.schoolId, payload: e.payload }))).toEqual([
      snapshot(2, 'UPDATED', 'ACTIVE'),
      snapshot(3, 'SUSPENDED', 'SUSPENDED'),
      {
        type: 'finance.supplier.suspended',
        schoolId: null,
        payload: { supplierId: supplier, name: 'Fresh Veg Co. (鲜菜公司)', foodSupplier: true, reason: null },
      },
      // Suspending a suspended supplier is an edit like any other: its snapshot, no second suspension.
      snapshot(4, 'UPDATED', 'SUSPENDED'),
      snapshot(5, 'REACTIVATED', 'ACTIVE', '2030-06-30'),
    ]);
    expect(events.every((e) => e.districtId === DEMO_DISTRICT.id && e.actor?.accountId === V.admin.accountId)).toBe(true);
  });

  it('registering a supplier, alone or by import, publishes its snapshot once per supplier; a refused change publishes nothing', async () => {
    const created = await recordedBy(sub, () => f.supplier({ name: 'Rice Mill (米厂)' }));
    expect(created.map((e) => [e.type, e.payload])).toEqual([
      [
        'finance.supplier.changed',
        expect.objectContaining({
          supplierVersion: 1,
          change: 'CREATED',
          name: 'Rice Mill (米厂)',
          status: 'ACTIVE',
          foodSupplier: false,
          foodLicenceNumber: null,
          foodLicenceExpiresOn: null,
        }),
      ],
    ]);
    const rows = [
      { name: 'Import One (导入一)', creditCode: creditCode(7001) },
      {
        name: 'Import Two (导入二)',
        creditCode: creditCode(7002),
        foodSupplier: true,
        foodLicenceNumber: 'JY13501000007002',
        foodLicenceExpiresOn: '2099-01-31',
      },
    ];
    const IMPORT = 'mutation($input: ImportSuppliersInput!) { importSuppliers(input: $input) { count suppliers { id } } }';
    expect(await recordedBy(sub, async () => ok(await f.request(V.admin, IMPORT, { input: { rows, validateOnly: true } })))).toEqual([]);
    let ids: string[] = [];
    const imported = await recordedBy(sub, async () => {
      ids = ok(await f.request(V.admin, IMPORT, { input: { rows } })).importSuppliers.suppliers.map((s: { id: string }) => s.id);
    });
    expect(imported.map((e) => [e.type, e.payload])).toEqual([
      [
        'finance.supplier.changed',
        expect.objectContaining({ supplierId: ids[0], change: 'CREATED', name: 'Import One (导入一)', foodSupplier: false }),
      ],
      [
        'finance.supplier.changed',
        expect.objectContaining({
          supplierId: ids[1],
          change: 'CREATED',
          foodSupplier: true,
          foodLicenceNumber: 'JY13501000007002',
          foodLicenceExpiresOn: '2099-01-31',
        }),
      ],
    ]);
    // The same file again: every row's credit code is registered, nothing is written or published.
    const refused = await recordedBy(sub, async () => expectCode(await f.request(V.admin, IMPORT, { input: { rows } }), 'BAD_USER_INPUT'));
    expect(refused).toEqual([]);
    // An edit with a stale version is refused: no snapshot.
    const stale = await recordedBy(sub, async () =>
      expectCode(
        await f.request(V.admin, 'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { id } }', {
          input: { id: ids[0], version: 99, phone: '0591-12345678' },
        }),
        'CONFLICT',
      ),
    );
    expect(stale).toEqual([]);
  });

  it('a manual entry taking money out of the bank publishes payment.posted; income, a reversal and a refused posting publish none', async () => {
    const bankCharge = {
      schoolId: SCHOOL_A,
      fund: 'SCHOOL',
      entryDate: `${FY}-04-02`,
      memo: 'Bank charge (手续费)',
      lines: [
        { account: 'EXPENSE', debit: '12.50' },
        { account: 'BANK', credit: '12.50' },
      ],
    };
    let entryId = '';
    const posted = await recordedBy(sub, async () => {
      entryId = ok<{ postJournalEntry: { id: string } }>(await f.postEntry(V.accountant, bankCharge)).postJournalEntry.id;
    });
    expect(posted.map((e) => ({ type: e.type, schoolId: e.schoolId, actor: e.actor, payload: e.payload }))).toEqual([
      {
        type: 'finance.payment.posted',
        schoolId: SCHOOL_A,
        actor: { accountId: V.accountant.accountId, staffId: null },
        payload: {
          ledgerEntryId: entryId,
          fund: 'SCHOOL',
          entryDate: `${FY}-04-02`,
          period: `${FY}-04`,
          amountFen: 1250,
          sourceType: 'MANUAL',
          sourceId: null,
          supplierId: null,
          payeeAccountId: null,
          postedByAccountId: V.accountant.accountId,
          memo: 'Bank charge (手续费)',
        },
      },
    ]);

    const none = await recordedBy(sub, async () => {
      // Income into the bank is no payment, nor is the reversal of a payment (the money comes back).
      await f.mealFees(SCHOOL_A, '300.00', `${FY}-04-03`);
      ok(
        await f.request(V.accountant, 'mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { id } }', {
          input: { entryId, reason: 'Charged twice (重复扣费)', entryDate: `${FY}-04-04` },
        }),
      );
      // Refused: by someone who may not post, or unbalanced.
      expectCode(await f.postEntry(V.teacher, bankCharge), 'FORBIDDEN');
      expectCode(
        await f.postEntry(V.accountant, { ...bankCharge, lines: [bankCharge.lines[0], { account: 'BANK', credit: '10.00' }] }),
        'BAD_USER_INPUT',
      );
    });
    expect(none).toEqual([]);
  });

  it('closing a month publishes month.closed once; closing it again, by the wrong person, or posting into it publishes nothing', async () => {
    const CLOSE = 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id } }';
    const input = { schoolId: SCHOOL_A, fund: 'CANTEEN', period: `${FY}-01` };
    let closedId = '';
    const closed = await recordedBy(sub, async () => {
      closedId = ok<{ closePeriod: { id: string } }>(await f.request(V.accountant, CLOSE, { input })).closePeriod.id;
    });
    expect(closed.map((e) => ({ type: e.type, schoolId: e.schoolId, payload: e.payload }))).toEqual([
      {
        type: 'finance.month.closed',
        schoolId: SCHOOL_A,
        payload: { closedPeriodId: closedId, fund: 'CANTEEN', period: `${FY}-01`, closedByAccountId: V.accountant.accountId },
      },
    ]);

    const none = await recordedBy(sub, async () => {
      expectCode(await f.request(V.accountant, CLOSE, { input }), 'BAD_USER_INPUT');
      expectCode(await f.request(V.teacher, CLOSE, { input: { ...input, period: `${FY}-02` } }), 'FORBIDDEN');
      expectCode(
        await f.postEntry(V.accountant, {
          schoolId: SCHOOL_A,
          fund: 'CANTEEN',
          entryDate: `${FY}-01-31`,
          memo: 'Late invoice (迟到发票)',
          lines: [
            { account: 'FOOD_COST', debit: '20.00' },
            { account: 'BANK', credit: '20.00' },
          ],
        }),
        'BAD_USER_INPUT',
      );
    });
    expect(none).toEqual([]);
  });
});

(NATS_URL ? describe : describe.skip)('the relay delivers finance’s events over NATS', () => {
  const prefix = `houqin_t${process.pid}_${randomBytes(3).toString('hex')}`;
  let sub: TestSubgraph;
  let nats: NatsEvents;

  beforeAll(async () => {
    sub = await startTestSubgraph(
      { ...createFinanceSubgraph(), extensions: [eventsExtension({ natsUrl: NATS_URL, natsPrefix: prefix })] },
      {
        seed: false,
      },
    );
    await fillDirectoryCopy(sub);
    nats = await NatsEvents.connect({ url: NATS_URL, prefix, logger: silent });
  });
  afterAll(async () => {
    await sub?.stop();
    await nats?.deleteStreams();
    await nats?.close();
  });

  it('runs in the finance subgraph as its events extension', () => {
    expect(createFinanceSubgraph().extensions?.map((e) => e.name)).toEqual(['events', 'scheduler']);
  });

  it('a test consumer receives each committed step once, in order, as it was recorded', async () => {
    const received: EventEnvelope[] = [];
    const types = [financeEvents.purchaseRequestSubmitted.type, financeEvents.purchaseRequestApproved.type];
    // A consumer of the test's own (its durable consumer on the test's stream), its inbox in finance's database.
    const consumer = new EventConsumer(
      defineConsumer('directory', {
        handlers: {
          'finance.purchaseRequest.submitted': async (_manager, event) => void received.push(event),
          'finance.purchaseRequest.approved': async (_manager, event) => void received.push(event),
        },
      }),
      { dataSource: sub.dataSource, logger: silent },
    );
    const subscription = nats.subscribe(consumer);
    try {
      const f = new Finance(sub);
      const category = await f.category('EVT_NATS');
      await f.budget(SCHOOL_A, category, '1000.00');
      const request: RequestOut = await f.submitPurchase(V.teacher, SCHOOL_A, category, [{ quantity: 1, price: '10.00' }]);
      ok(await f.approvePurchase(APPROVERS[SCHOOL_A].DIRECTOR, request.id));
      const recorded = (await outbox(sub)).filter((e) => (e.payload as { purchaseRequestId?: string }).purchaseRequestId === request.id);

      await waitFor('both events to reach the consumer', () => received.length >= 2);
      expect(received.map((e) => e.id)).toEqual(recorded.map((e) => e.id));
      expect(received.map((e) => e.type)).toEqual(types);
      await waitFor('the outbox rows to be marked published', async () =>
        (await sub.dataSource.getRepository(OutboxEvent).find()).every((row) => row.publishedAt !== null),
      );
    } finally {
      await subscription.stop();
    }
  });
});
