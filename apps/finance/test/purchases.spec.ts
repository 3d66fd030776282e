import { AuditEntry } from '@houqin/persistence';
import { type TestSubgraph } from '@houqin/testing';
import { WorkflowStep } from '../src/approval/approval.entity';
import { JournalEntry, JournalLine } from '../src/ledger/ledger.entity';
import { expectBadInput, expectCode, expectNoWrites, Finance, ok, SCHOOL_A, startFinance, totals, UNKNOWN_ID, V } from './support';
import type { EntryLineOut, RequestLineOut, RequestOut, StepOut } from './support';

/**
 * Goods: request → approval → purchase → receipt → payment (申报—审批—采购—验收—付款). Each step is
 * taken by the right person, in order, recorded with who and why; the budget moves from committed
 * to spent and the payment is a balanced ledger entry.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string; // BLOCK, 20,000 yuan at school A
let food: string; // canteen fund, BLOCK, 10,000 yuan
let warn: string; // WARN, nothing allocated
let supplier: string;
let foodSupplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  food = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  warn = await f.category('MISC', { overrunPolicy: 'WARN' });
  await f.budget(SCHOOL_A, office, '200000.00');
  await f.budget(SCHOOL_A, food, '10000.00');
  supplier = await f.supplier({ name: 'Stationery Co. (文具公司)' });
  foodSupplier = await f.supplier({ food: true, name: 'Fresh Farm (鲜农)' });
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

describe('the whole story of a purchase', () => {
  it('teacher files → director approves → accountant orders at actual prices → storekeeper receives in two deliveries → accountant pays', async () => {
    // Filed by the teacher: 10 boxes of paper at 25.00 and 4 toner cartridges at 310.50 = 1,492.00 estimated.
    const filed = ok(
      await f.submitPurchaseRaw(V.teacher, {
        schoolId: SCHOOL_A,
        categoryId: office,
        fiscalYear: 2026,
        reason: 'Paper and toner for the exam weeks (期末考试用纸)',
        lines: [
          { description: 'A4 paper, 70 g', quantity: 10, unit: 'box', estimatedUnitPrice: '25.00' },
          { description: 'Toner', quantity: 4, unit: 'piece', estimatedUnitPrice: '310.5' },
        ],
      }),
    ).submitPurchaseRequest;
    expect(filed.warnings).toEqual([]);
    const request = filed.request;
    expect(request).toMatchObject({
      status: 'PENDING_APPROVAL',
      requiredLevel: 'DIRECTOR',
      nextApprovalLevel: 'DIRECTOR',
      requesterAccountId: V.teacher.accountId,
      requesterStaffId: V.teacher.staffId,
      estimatedTotal: { yuan: '1492.00', fen: 149200 },
      orderedTotal: null,
    });
    expect(request.lines.map((l: RequestLineOut) => [l.description, l.quantity, l.unit, l.estimatedUnitPrice.yuan])).toEqual([
      ['A4 paper, 70 g', 10, 'box', '25.00'],
      ['Toner', 4, 'piece', '310.50'],
    ]);
    expect(await f.budgetLine(SCHOOL_A, office)).toMatchObject({ committed: 0, spent: 0 });

    // Approved by the director: the estimate is committed against the budget.
    const approved = ok(await f.approvePurchase(V.director, request.id, 'Within the office budget')).approvePurchaseRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', nextApprovalLevel: null });
    expect(await f.budgetLine(SCHOOL_A, office)).toMatchObject({ allocated: 20000000, committed: 149200, spent: 0 });

    // Ordered at the actual prices: paper 24.50, toner 299.00 → 1,441.00.
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['24.50', '299'])).orderPurchase;
    expect(ordered).toMatchObject({ status: 'ORDERED', supplierId: supplier, orderedTotal: { yuan: '1441.00', fen: 144100 } });
    expect(ordered.lines.map((l: RequestLineOut) => l.actualUnitPrice?.yuan)).toEqual(['24.50', '299.00']);
    const [paper, toner] = ordered.lines;

    // Two deliveries.
    const partly = ok(
      await f.receivePurchase(
        V.storekeeper,
        request.id,
        [
          { lineId: paper.id, quantity: 6 },
          { lineId: toner.id, quantity: 4 },
        ],
        'Paper short by 4 boxes',
      ),
    ).receivePurchase;
    expect(partly.status).toBe('PARTIALLY_RECEIVED');
    expect(partly.lines.map((l: RequestLineOut) => l.receivedQuantity)).toEqual([6, 4]);
    const received = ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: paper.id, quantity: 4 }])).receivePurchase;
    expect(received.status).toBe('RECEIVED');
    expect(received.lines.map((l: RequestLineOut) => l.receivedQuantity)).toEqual([10, 4]);

    // Paid: the actual amount is spent, the commitment released.
    const paid = ok(await f.payPurchase(V.accountant, request.id, '2026-05-20', 'Bank transfer (转账)')).payPurchase;
    expect(paid.status).toBe('PAID');
    expect(await f.budgetLine(SCHOOL_A, office)).toMatchObject({ allocated: 20000000, committed: 0, spent: 144100 });

    // Every step recorded: who, at which level, with what comment.
    expect(paid.steps).toEqual([
      { action: 'SUBMITTED', level: null, actorAccountId: V.teacher.accountId, comment: null },
      { action: 'APPROVED', level: 'DIRECTOR', actorAccountId: V.director.accountId, comment: 'Within the office budget' },
      { action: 'ORDERED', level: null, actorAccountId: V.accountant.accountId, comment: 'Stationery Co. (文具公司): 1441.00 yuan' },
      { action: 'RECEIVED', level: null, actorAccountId: V.storekeeper.accountId, comment: 'Paper short by 4 boxes' },
      { action: 'RECEIVED', level: null, actorAccountId: V.storekeeper.accountId, comment: null },
      { action: 'PAID', level: null, actorAccountId: V.accountant.accountId, comment: 'Bank transfer (转账)' },
    ]);

    // One balanced entry in the school account: Dr EXPENSE (category) / Cr BANK, both naming the supplier.
    const [entry] = await f.entriesOf(request.id);
    expect(entry).toMatchObject({
      schoolId: SCHOOL_A,
      fund: 'SCHOOL',
      entryDate: '2026-05-20',
      period: '2026-05',
      sourceType: 'PURCHASE_REQUEST',
      postedByAccountId: V.accountant.accountId,
      reversesEntryId: null,
    });
    expect(totals(entry)).toEqual({ debit: 144100, credit: 144100 });
    expect(entry.lines).toEqual(
      expect.arrayContaining([
        {
          account: 'EXPENSE',
          categoryId: office,
          supplierId: supplier,
          debit: { yuan: '1441.00', fen: 144100 },
          credit: { yuan: '0.00', fen: 0 },
        },
        {
          account: 'BANK',
          categoryId: null,
          supplierId: supplier,
          debit: { yuan: '0.00', fen: 0 },
          credit: { yuan: '1441.00', fen: 144100 },
        },
      ]),
    );
    expect(entry.lines).toHaveLength(2);

    // And the audit trail has the request's changes, in the same transactions.
    const actions = (await sub.dataSource.getRepository(AuditEntry).find({ where: { entityId: request.id }, order: { id: 'ASC' } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      'purchaseRequest.submit',
      'purchaseRequest.approve',
      'purchaseRequest.order',
      'purchaseRequest.receive',
      'purchaseRequest.receive',
      'purchaseRequest.pay',
    ]);
    const payAudit = await sub.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ entityId: request.id, action: 'purchaseRequest.pay' });
    expect(payAudit.actorAccountId).toBe(V.accountant.accountId);
    expect(JSON.parse(payAudit.changes)).toEqual({ amountFen: 144100, paidOn: '2026-05-20', entryId: entry.id });
  });

  it('a canteen-fund purchase from a food supplier posts FOOD_COST in the canteen account', async () => {
    const paid = await f.paidPurchase(SCHOOL_A, food, foodSupplier, [{ quantity: 50, price: '6.80' }], '2026-05-21');
    expect(paid.status).toBe('PAID');
    const [entry] = await f.entriesOf(paid.id);
    expect(entry.fund).toBe('CANTEEN');
    expect(entry.lines.map((l: EntryLineOut) => [l.account, l.debit.fen, l.credit.fen])).toEqual(
      expect.arrayContaining([
        ['FOOD_COST', 34000, 0],
        ['BANK', 0, 34000],
      ]),
    );
    expect(await f.budgetLine(SCHOOL_A, food)).toMatchObject({ committed: 0, spent: 34000 });
  });

  it('the director or another accountant may order; any storekeeper or the director may receive', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 2, price: '10.00' }]);
    await f.approvePurchaseFully(request);
    const ordered = ok(await f.orderPurchase(V.director, request.id, supplier, ['10.00'])).orderPurchase;
    ok(await f.receivePurchase(V.director, request.id, [{ lineId: ordered.lines[0].id, quantity: 2 }]));
    expect(ok(await f.payPurchase(V.accountantA2, request.id, '2026-05-22')).payPurchase.status).toBe('PAID');
  });
});

describe('a category retired on the way', () => {
  it('takes no new requests or approvals, but goods already approved are still paid for', async () => {
    const retiring = await f.category('RETIRING');
    await f.budget(SCHOOL_A, retiring, '500.00');
    const pending = await f.submitPurchase(V.teacher, SCHOOL_A, retiring, [{ quantity: 1, price: '100.00' }]);
    const request = await f.approvePurchaseFully(await f.submitPurchase(V.teacher, SCHOOL_A, retiring, [{ quantity: 2, price: '100.00' }]));
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['100.00'])).orderPurchase;
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 2 }]));
    ok(
      await f.request(V.admin, 'mutation($id: ID!) { updateBudgetCategory(input: { id: $id, version: 1, active: false }) { active } }', {
        id: retiring,
      }),
    );

    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: retiring,
          reason: 'x',
          lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '1.00' }],
        }),
        'categoryId',
      );
      expectBadInput(await f.approvePurchase(V.director, pending.id), 'id');
    });
    expect(ok(await f.payPurchase(V.accountant, request.id, '2026-05-26')).payPurchase.status).toBe('PAID');
    expect(await f.budgetLine(SCHOOL_A, retiring)).toMatchObject({ committed: 0, spent: 20000 });
  });
});

describe('approval by amount', () => {
  it('above the director limit the principal approves next; the director cannot take the principal step', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 3, price: '2000.00' }]);
    expect(request).toMatchObject({ requiredLevel: 'PRINCIPAL', nextApprovalLevel: 'DIRECTOR' });
    // The principal cannot jump the queue either.
    await expectNoWrites(sub, async () => expectCode(await f.approvePurchase(V.principal, request.id), 'FORBIDDEN'));
    const afterDirector = ok(await f.approvePurchase(V.director, request.id)).approvePurchaseRequest;
    expect(afterDirector).toMatchObject({ status: 'PENDING_APPROVAL', nextApprovalLevel: 'PRINCIPAL' });
    // Nothing committed until the last approval.
    const before = await f.budgetLine(SCHOOL_A, office);
    await expectNoWrites(sub, async () => {
      expectCode(await f.approvePurchase(V.director, request.id), 'FORBIDDEN');
      expectCode(await f.approvePurchase(V.director2, request.id), 'FORBIDDEN');
      expectCode(await f.approvePurchase(V.admin, request.id), 'FORBIDDEN');
    });
    const approved = ok(await f.approvePurchase(V.principal, request.id, '同意')).approvePurchaseRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', nextApprovalLevel: null });
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(before.committed + 600000);
    expect(
      approved.steps.filter((s: StepOut) => s.action === 'APPROVED').map((s: StepOut) => [s.level, s.actorAccountId, s.comment]),
    ).toEqual([
      ['DIRECTOR', V.director.accountId, null],
      ['PRINCIPAL', V.principal.accountId, '同意'],
    ]);
  });

  it('above the principal limit the district approves last', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '60000.00' }]);
    expect(request).toMatchObject({ requiredLevel: 'DISTRICT', nextApprovalLevel: 'DIRECTOR' });
    const committed = (await f.budgetLine(SCHOOL_A, office)).committed;
    expect(ok(await f.approvePurchase(V.director, request.id)).approvePurchaseRequest.nextApprovalLevel).toBe('PRINCIPAL');
    expect(ok(await f.approvePurchase(V.principal, request.id)).approvePurchaseRequest.nextApprovalLevel).toBe('DISTRICT');
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(committed);
    await expectNoWrites(sub, async () => {
      expectCode(await f.approvePurchase(V.principal, request.id), 'FORBIDDEN');
      expectCode(await f.approvePurchase(V.auditor, request.id), 'FORBIDDEN');
    });
    const approved = ok(await f.approvePurchase(V.admin, request.id)).approvePurchaseRequest;
    expect(approved).toMatchObject({ status: 'APPROVED', nextApprovalLevel: null });
    expect(approved.steps.map((s: StepOut) => s.level)).toEqual([null, 'DIRECTOR', 'PRINCIPAL', 'DISTRICT']);
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(committed + 6000000);
  });

  it('a rejection records the level and reason, commits nothing and ends the request', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '8000.00' }]);
    ok(await f.approvePurchase(V.director, request.id));
    const committed = (await f.budgetLine(SCHOOL_A, office)).committed;
    const reject = (as: typeof V.admin, reason: string) =>
      f.request(
        as,
        'mutation($input: RejectInput!) { rejectPurchaseRequest(input: $input) { status nextApprovalLevel steps { action level actorAccountId comment } } }',
        { input: { id: request.id, reason } },
      );
    await expectNoWrites(sub, async () => {
      expectCode(await reject(V.director, 'Not mine to reject now'), 'FORBIDDEN');
      expectBadInput(await reject(V.principal, '  '), 'reason');
    });
    const rejected = ok(await reject(V.principal, 'Buy it next term (下学期再买)')).rejectPurchaseRequest;
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.nextApprovalLevel).toBeNull();
    expect(rejected.steps.at(-1)).toEqual({
      action: 'REJECTED',
      level: 'PRINCIPAL',
      actorAccountId: V.principal.accountId,
      comment: 'Buy it next term (下学期再买)',
    });
    expect((await f.budgetLine(SCHOOL_A, office)).committed).toBe(committed);
    await expectNoWrites(sub, async () => {
      expectCode(await f.approvePurchase(V.principal, request.id), 'CONFLICT');
      expectCode(await reject(V.principal, 'again'), 'CONFLICT');
      expectCode(await f.orderPurchase(V.accountant, request.id, supplier, ['8000.00']), 'CONFLICT');
    });
  });
});

describe('separation of duties', () => {
  it("whoever filed a request never approves it: a director's own request goes up to the principal", async () => {
    const request = await f.submitPurchase(V.director, SCHOOL_A, office, [{ quantity: 1, price: '100.00' }]);
    // 100 yuan is within the director's limit, but nobody approves at their own level.
    expect(request).toMatchObject({ requiredLevel: 'PRINCIPAL', nextApprovalLevel: 'PRINCIPAL' });
    await expectNoWrites(sub, async () => {
      expectCode(await f.approvePurchase(V.director, request.id), 'FORBIDDEN');
      expectCode(await f.approvePurchase(V.director2, request.id), 'FORBIDDEN');
    });
    expect(ok(await f.approvePurchase(V.principal, request.id)).approvePurchaseRequest.status).toBe('APPROVED');
  });

  it('the accountant who filed a request cannot pay it; and only the right roles take each step', async () => {
    const request = await f.submitPurchase(V.accountant, SCHOOL_A, office, [{ quantity: 1, price: '100.00' }]);
    await f.approvePurchaseFully(request);
    await expectNoWrites(sub, async () => {
      // A teacher orders at no school: refused at the gate, before the record (not theirs, invisible to them) is read.
      expectCode(await f.orderPurchase(V.teacher, request.id, supplier, ['100.00']), 'FORBIDDEN');
      expectCode(await f.orderPurchase(V.storekeeper, request.id, supplier, ['100.00']), 'FORBIDDEN');
      expectCode(await f.orderPurchase(V.principal, request.id, supplier, ['100.00']), 'FORBIDDEN');
    });
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['100.00'])).orderPurchase;
    await expectNoWrites(sub, async () =>
      expectCode(await f.receivePurchase(V.accountant, request.id, [{ lineId: ordered.lines[0].id, quantity: 1 }]), 'FORBIDDEN'),
    );
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 1 }]));
    await expectNoWrites(sub, async () => {
      expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-23'), 'FORBIDDEN');
      expectCode(await f.payPurchase(V.storekeeper, request.id, '2026-05-23'), 'FORBIDDEN');
      expectCode(await f.payPurchase(V.director, request.id, '2026-05-23'), 'FORBIDDEN');
    });
    expect(ok(await f.payPurchase(V.accountantA2, request.id, '2026-05-23')).payPurchase.status).toBe('PAID');
  });
});

describe('steps out of order are CONFLICTs that write nothing', () => {
  it('order before approval, receive before order, pay before receipt, approve or order or pay twice', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 5, price: '20.00' }]);
    const lineId = request.lines[0].id;
    await expectNoWrites(sub, async () => {
      expectCode(await f.orderPurchase(V.accountant, request.id, supplier, ['20.00']), 'CONFLICT');
      expectCode(await f.receivePurchase(V.storekeeper, request.id, [{ lineId, quantity: 5 }]), 'CONFLICT');
      expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-24'), 'CONFLICT');
    });
    ok(await f.approvePurchase(V.director, request.id));
    await expectNoWrites(sub, async () => {
      expectCode(await f.approvePurchase(V.director, request.id), 'CONFLICT');
      expectCode(await f.approvePurchase(V.director2, request.id), 'CONFLICT');
      expectCode(await f.receivePurchase(V.storekeeper, request.id, [{ lineId, quantity: 5 }]), 'CONFLICT');
      expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-24'), 'CONFLICT');
    });
    ok(await f.orderPurchase(V.accountant, request.id, supplier, ['20.00']));
    await expectNoWrites(sub, async () => {
      expectCode(await f.orderPurchase(V.accountant, request.id, supplier, ['19.00']), 'CONFLICT');
      expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-24'), 'CONFLICT');
    });
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId, quantity: 2 }]));
    await expectNoWrites(sub, async () => expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-24'), 'CONFLICT'));
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId, quantity: 3 }]));
    await expectNoWrites(sub, async () =>
      expectCode(await f.receivePurchase(V.storekeeper, request.id, [{ lineId, quantity: 1 }]), 'CONFLICT'),
    );
    ok(await f.payPurchase(V.accountant, request.id, '2026-05-24'));
    await expectNoWrites(sub, async () => {
      expectCode(await f.payPurchase(V.accountant, request.id, '2026-05-24'), 'CONFLICT');
      expectCode(await f.approvePurchase(V.director, request.id), 'CONFLICT');
    });
    expect(await sub.dataSource.getRepository(JournalEntry).countBy({ sourceId: request.id })).toBe(1);
    expect(await sub.dataSource.getRepository(WorkflowStep).countBy({ subjectId: request.id })).toBe(6);
  });

  it('an unknown request is NOT_FOUND and a malformed id names the field', async () => {
    expectCode(await f.approvePurchase(V.director, UNKNOWN_ID), 'NOT_FOUND');
    expectBadInput(await f.approvePurchase(V.director, 'not-an-id'), 'id');
  });
});

describe('bad orders and receipts', () => {
  let request: RequestOut;

  beforeAll(async () => {
    request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [
      { quantity: 5, price: '20.00' },
      { quantity: 1, price: '50.00' },
    ]);
    await f.approvePurchaseFully(request);
  });

  it('refuses a suspended supplier, a food supplier whose licence expired, an unknown supplier (field supplierId)', async () => {
    const suspended = await f.supplier();
    ok(
      await f.request(V.admin, 'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { status } }', {
        input: { id: suspended, version: 1, status: 'SUSPENDED' },
      }),
    );
    const expired = await f.supplier({ food: true, licenceExpiresOn: '2025-12-31' });
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.orderPurchase(V.accountant, request.id, suspended, ['20.00', '50.00']), 'supplierId');
      expectBadInput(await f.orderPurchase(V.accountant, request.id, expired, ['20.00', '50.00']), 'supplierId');
      expectBadInput(await f.orderPurchase(V.accountant, request.id, UNKNOWN_ID, ['20.00', '50.00']), 'supplierId');
    });
  });

  it('refuses a price list of the wrong length, an order of nothing, or a total beyond any amount (field lines)', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['20.00']), 'lines');
      expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['20.00', '50.00', '1.00']), 'lines');
      // Free goods would make an order that can never be paid.
      expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['0', '0.00']), 'lines');
    });
    const big = await f.submitPurchase(V.teacher, SCHOOL_A, warn, [{ quantity: 100000, price: '0.01' }]);
    await f.approvePurchaseFully(big);
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.orderPurchase(V.accountant, big.id, supplier, ['9999999999.99']), 'lines');
    });
  });

  it('refuses receiving more than was ordered, even across deliveries (field lines.N.quantity)', async () => {
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['19.90', '0'])).orderPurchase;
    expect(ordered.orderedTotal.fen).toBe(9950);
    const [pens, sample] = ordered.lines;
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: pens.id, quantity: 6 }]), 'lines.0.quantity');
      expectBadInput(
        await f.receivePurchase(V.storekeeper, request.id, [
          { lineId: sample.id, quantity: 1 },
          { lineId: pens.id, quantity: 6 },
        ]),
        'lines.1.quantity',
      );
      expectBadInput(
        await f.receivePurchase(V.storekeeper, request.id, [
          { lineId: pens.id, quantity: 3 },
          { lineId: pens.id, quantity: 3 },
        ]),
        'lines.1.quantity',
      );
      expectBadInput(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: UNKNOWN_ID, quantity: 1 }]), 'lines.0.lineId');
      expectBadInput(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: pens.id, quantity: 0 }]), 'lines.0.quantity');
    });
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: pens.id, quantity: 3 }]));
    await expectNoWrites(sub, async () =>
      expectBadInput(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: pens.id, quantity: 3 }]), 'lines.0.quantity'),
    );
    const done = ok(
      await f.receivePurchase(V.storekeeper, request.id, [
        { lineId: pens.id, quantity: 2 },
        { lineId: sample.id, quantity: 1 },
      ]),
    ).receivePurchase;
    expect(done.status).toBe('RECEIVED');
  });
});

describe('budget at filing', () => {
  it('a BLOCK category refuses a request beyond what is left (field categoryId) and writes nothing', async () => {
    const small = await f.category('SMALL_BLOCK');
    await f.budget(SCHOOL_A, small, '100.00');
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: small,
          reason: 'x',
          lines: [{ description: 'x', quantity: 2, unit: 'box', estimatedUnitPrice: '50.01' }],
        }),
        'categoryId',
      );
    });
    // Exactly what is left is fine; the commitment then blocks the next one.
    const fits = await f.submitPurchase(V.teacher, SCHOOL_A, small, [{ quantity: 2, price: '50.00' }]);
    await f.approvePurchaseFully(fits);
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: small,
          reason: 'x',
          lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '0.01' }],
        }),
        'categoryId',
      );
    });
  });

  it('a WARN category accepts it with a warning, recorded on the first step', async () => {
    const filed = ok(
      await f.submitPurchaseRaw(V.teacher, {
        schoolId: SCHOOL_A,
        categoryId: warn,
        fiscalYear: 2026,
        reason: 'x',
        lines: [{ description: 'x', quantity: 1, unit: 'box', estimatedUnitPrice: '10.00' }],
      }),
    ).submitPurchaseRequest;
    expect(filed.warnings).toHaveLength(1);
    expect(filed.warnings[0]).toMatch(/budget/i);
    expect(filed.request.steps[0].comment).toBe(filed.warnings[0]);
  });

  it('a request that costs nothing, or more than any amount houqin accepts, is refused (field lines)', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: warn,
          reason: 'x',
          lines: [{ description: 'x', quantity: 3, unit: 'box', estimatedUnitPrice: '0' }],
        }),
        'lines',
      );
      // 100,000 × 9,999,999,999.99 yuan: past 2^53 fen, where a total is no longer exact.
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: warn,
          reason: 'x',
          lines: [{ description: 'x', quantity: 100000, unit: 'box', estimatedUnitPrice: '9999999999.99' }],
        }),
        'lines',
      );
      expectBadInput(await f.submitPurchaseRaw(V.teacher, { schoolId: SCHOOL_A, categoryId: warn, reason: 'x', lines: [] }), 'lines');
      expectBadInput(
        await f.submitPurchaseRaw(V.teacher, {
          schoolId: SCHOOL_A,
          categoryId: warn,
          reason: 'x',
          lines: [{ description: 'x', quantity: 0, unit: 'box', estimatedUnitPrice: '1.00' }],
        }),
        'lines.0.quantity',
      );
    });
  });

  it('ordering for more than a BLOCK line has left is refused at the order (field lines), not after the goods came', async () => {
    const tight = await f.category('TIGHT');
    await f.budget(SCHOOL_A, tight, '95.00');
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, tight, [{ quantity: 1, price: '90.00' }]);
    await f.approvePurchaseFully(request);
    // 99.00 is within the 10% tolerance, but the commitment follows it and the line has 95.00.
    await expectNoWrites(sub, async () => expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['99.00']), 'lines'));
    await f.budget(SCHOOL_A, tight, '99.00');
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['99.00'])).orderPurchase;
    expect(await f.budgetLine(SCHOOL_A, tight)).toMatchObject({ allocated: 9900, committed: 9900, spent: 0, remaining: 0 });
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 1 }]));
    ok(await f.payPurchase(V.accountant, request.id, '2026-05-25'));
    expect(await f.budgetLine(SCHOOL_A, tight)).toMatchObject({ allocated: 9900, committed: 0, spent: 9900, remaining: 0 });
  });
});

it('every payment so far is a balanced entry, and the ledger as a whole balances', async () => {
  const lines = await sub.dataSource.getRepository(JournalLine).find();
  const byEntry = new Map<string, { d: number; c: number }>();
  for (const l of lines) {
    const t = byEntry.get(l.entryId) ?? { d: 0, c: 0 };
    t.d += l.debitFen;
    t.c += l.creditFen;
    byEntry.set(l.entryId, t);
  }
  expect(byEntry.size).toBeGreaterThanOrEqual(5);
  for (const t of byEntry.values()) expect(t.d).toBe(t.c);
});
