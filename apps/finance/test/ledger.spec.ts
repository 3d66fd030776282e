import { AuditEntry } from '@houqin/persistence';
import { type TestSubgraph } from '@houqin/testing';
import { JournalEntry, JournalLine } from '../src/ledger/ledger.entity';
import {
  ENTRY_FIELDS,
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  invoice,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  startFinance,
  sumOf,
  totals,
  V,
} from './support';
import type { EntryOut } from './support';

/**
 * The two ledgers of a school (school account and the separately kept canteen account): balanced,
 * append-only, closed month by month (月结), corrected only by reversing entries (红字冲销).
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;
let food: string;
let supplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  food = await f.category('CANTEEN_FOOD', { fund: 'CANTEEN' });
  await f.budget(SCHOOL_A, office, '50000.00');
  await f.budget(SCHOOL_A, food, '50000.00');
  supplier = await f.supplier();
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const entry = (fund: 'SCHOOL' | 'CANTEEN', entryDate: string, lines: Record<string, unknown>[], schoolId = SCHOOL_A) => ({
  schoolId,
  fund,
  entryDate,
  memo: 'Manual entry (手工凭证)',
  lines,
});
const CLOSE = 'mutation($input: ClosePeriodInput!) { closePeriod(input: $input) { id schoolId fund period } }';
const REVERSE = `mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const ENTRIES = `query($filter: JournalEntryFilter, $first: Int, $after: String) { journalEntries(filter: $filter, first: $first, after: $after) { nodes { ${ENTRY_FIELDS} } pageInfo { hasNextPage endCursor } } }`;

describe('manual entries', () => {
  it('the accountant posts meal fees into the canteen account and an appropriation into the school account', async () => {
    const meals = ok(
      await f.postEntry(
        V.accountant,
        entry('CANTEEN', '2026-03-02', [
          { account: 'BANK', debit: '18600.00' },
          { account: 'MEAL_FEE_INCOME', credit: '18600' },
        ]),
      ),
    ).postJournalEntry;
    expect(meals).toMatchObject({
      schoolId: SCHOOL_A,
      fund: 'CANTEEN',
      entryDate: '2026-03-02',
      period: '2026-03',
      sourceType: 'MANUAL',
      sourceId: null,
      reversesEntryId: null,
      postedByAccountId: V.accountant.accountId,
      memo: 'Manual entry (手工凭证)',
    });
    expect(meals.lines).toEqual([
      { account: 'BANK', categoryId: null, supplierId: null, debit: { yuan: '18600.00', fen: 1860000 }, credit: { yuan: '0.00', fen: 0 } },
      {
        account: 'MEAL_FEE_INCOME',
        categoryId: null,
        supplierId: null,
        debit: { yuan: '0.00', fen: 0 },
        credit: { yuan: '18600.00', fen: 1860000 },
      },
    ]);
    const grant = ok(
      await f.postEntry(
        V.accountant,
        entry('SCHOOL', '2026-03-03', [
          { account: 'BANK', debit: '100000.00' },
          { account: 'APPROPRIATION_INCOME', credit: '60000.00' },
          { account: 'OTHER_INCOME', credit: '40000.00' },
        ]),
      ),
    ).postJournalEntry;
    expect(totals(grant)).toEqual({ debit: 10000000, credit: 10000000 });
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'journal.post', entityId: meals.id })).toBe(1);
  });

  it('refuses an unbalanced entry (field lines) and writes nothing', async () => {
    await expectNoWrites(sub, async () => {
      const r = await f.postEntry(
        V.accountant,
        entry('SCHOOL', '2026-03-04', [
          { account: 'BANK', debit: '100.00' },
          { account: 'OTHER_INCOME', credit: '99.99' },
        ]),
      );
      expectBadInput(r, 'lines');
      expect(r.errors![0].message).toContain('100.00');
    });
  });

  it('refuses accounts that do not belong to the fund (field lines.N.account)', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-03-04', [
            { account: 'BANK', debit: '10.00' },
            { account: 'MEAL_FEE_INCOME', credit: '10.00' },
          ]),
        ),
        'lines.1.account',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-03-04', [
            { account: 'FOOD_COST', debit: '10.00' },
            { account: 'BANK', credit: '10.00' },
          ]),
        ),
        'lines.0.account',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('CANTEEN', '2026-03-04', [
            { account: 'BANK', debit: '10.00' },
            { account: 'APPROPRIATION_INCOME', credit: '10.00' },
          ]),
        ),
        'lines.1.account',
      );
    });
  });

  it('refuses lines that are both or neither debit and credit, single-line entries and bad dates', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-03-04', [
            { account: 'BANK', debit: '10.00', credit: '10.00' },
            { account: 'OTHER_INCOME', credit: '0.00' },
          ]),
        ),
        'lines.0',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-03-04', [
            { account: 'BANK', debit: '10.00' },
            { account: 'OTHER_INCOME' },
            { account: 'OTHER_INCOME', credit: '10.00' },
          ]),
        ),
        'lines.1',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-03-04', [
            { account: 'BANK', debit: '0' },
            { account: 'OTHER_INCOME', credit: '0' },
          ]),
        ),
        'lines.0',
      );
      expectBadInput(await f.postEntry(V.accountant, entry('SCHOOL', '2026-03-04', [{ account: 'BANK', debit: '10.00' }])), 'lines');
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-02-30', [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ]),
        ),
        'entryDate',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026/03/04', [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ]),
        ),
        'entryDate',
      );
      expectBadInput(
        await f.postEntry(V.accountant, {
          ...entry('SCHOOL', '2026-03-04', [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ]),
          memo: '  ',
        }),
        'memo',
      );
    });
  });

  it("only the school's accountant posts", async () => {
    const input = entry('SCHOOL', '2026-03-05', [
      { account: 'BANK', debit: '1.00' },
      { account: 'OTHER_INCOME', credit: '1.00' },
    ]);
    await expectNoWrites(sub, async () => {
      for (const who of [V.director, V.principal, V.teacher, V.storekeeper, V.auditor, V.admin, V.accountant2])
        expectCode(await f.postEntry(who, input), 'FORBIDDEN');
      expectCode(await f.postEntry(null, input), 'UNAUTHENTICATED');
    });
    ok(
      await f.postEntry(
        V.accountant2,
        entry(
          'SCHOOL',
          '2026-03-05',
          [
            { account: 'BANK', debit: '1.00' },
            { account: 'OTHER_INCOME', credit: '1.00' },
          ],
          SCHOOL_B,
        ),
      ),
    );
  });
});

describe('reading the ledger', () => {
  it('finance staff of the school and district roles read it; a teacher may not; another school sees none of it', async () => {
    const ofA = ok(await f.request(V.director, ENTRIES, { filter: { schoolId: SCHOOL_A } })).journalEntries.nodes;
    expect(ofA.length).toBeGreaterThanOrEqual(2);
    expect(ofA.every((e: EntryOut) => e.schoolId === SCHOOL_A)).toBe(true);
    expect(ok(await f.request(V.accountant2, ENTRIES, { filter: { schoolId: SCHOOL_A } })).journalEntries.nodes).toEqual([]);
    expect(ok(await f.request(V.accountant2, ENTRIES, {})).journalEntries.nodes.every((e: EntryOut) => e.schoolId === SCHOOL_B)).toBe(true);
    expectCode(await f.request(V.teacher, ENTRIES, {}), 'FORBIDDEN');
    expectCode(await f.request(V.storekeeper, ENTRIES, {}), 'FORBIDDEN'); // receives goods; the books are not theirs
    const all = ok(await f.request(V.auditor, ENTRIES, {})).journalEntries.nodes;
    expect(new Set(all.map((e: EntryOut) => e.schoolId))).toEqual(new Set([SCHOOL_A, SCHOOL_B]));
    const canteen = ok(await f.request(V.principal, ENTRIES, { filter: { fund: 'CANTEEN', period: '2026-03' } })).journalEntries.nodes;
    expect(canteen.map((e: EntryOut) => [e.fund, e.period])).toEqual([['CANTEEN', '2026-03']]);
    // Pages of one.
    const first = ok(await f.request(V.auditor, ENTRIES, { first: 1 })).journalEntries;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await f.request(V.auditor, ENTRIES, { first: 1, after: first.pageInfo.endCursor })).journalEntries;
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expectBadInput(await f.request(V.auditor, ENTRIES, { first: 101 }), 'first');
  });
});

describe('closing a month', () => {
  it('the accountant or principal closes a month of one account; closing twice is refused', async () => {
    expect(
      ok(await f.request(V.accountant, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-01' } })).closePeriod,
    ).toMatchObject({ schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-01' });
    ok(await f.request(V.principal, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'SCHOOL', period: '2026-02' } }));
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.request(V.principal, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-01' } }), 'period');
      expectBadInput(await f.request(V.accountant, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-13' } }), 'period');
      for (const who of [V.director, V.teacher, V.auditor, V.admin, V.accountant2])
        expectCode(await f.request(who, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'SCHOOL', period: '2026-04' } }), 'FORBIDDEN');
    });
  });

  it('nothing posts into a closed month of that account, nor before it (field entryDate); the other account stays open', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('CANTEEN', '2026-01-31', [
            { account: 'BANK', debit: '5.00' },
            { account: 'MEAL_FEE_INCOME', credit: '5.00' },
          ]),
        ),
        'entryDate',
      );
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-02-01', [
            { account: 'BANK', debit: '5.00' },
            { account: 'OTHER_INCOME', credit: '5.00' },
          ]),
        ),
        'entryDate',
      );
      // January of the school account was never closed, but February was: nothing dates before it.
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('SCHOOL', '2026-01-31', [
            { account: 'BANK', debit: '5.00' },
            { account: 'OTHER_INCOME', credit: '5.00' },
          ]),
        ),
        'entryDate',
      );
    });
    ok(
      await f.postEntry(
        V.accountant,
        entry('SCHOOL', '2026-03-01', [
          { account: 'BANK', debit: '5.00' },
          { account: 'OTHER_INCOME', credit: '5.00' },
        ]),
      ),
    );
    ok(
      await f.postEntry(
        V.accountant,
        entry('CANTEEN', '2026-02-01', [
          { account: 'BANK', debit: '5.00' },
          { account: 'MEAL_FEE_INCOME', credit: '5.00' },
        ]),
      ),
    );
    // Another school's books are its own.
    ok(
      await f.postEntry(
        V.accountant2,
        entry(
          'CANTEEN',
          '2026-01-15',
          [
            { account: 'BANK', debit: '5.00' },
            { account: 'MEAL_FEE_INCOME', credit: '5.00' },
          ],
          SCHOOL_B,
        ),
      ),
    );
  });

  it('a payment dated in a closed month is refused on paidOn, and the claim and budget stay as they were', async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '88.00' }]);
    await f.approveClaimFully(claim);
    const budget = await f.budgetLine(SCHOOL_A, office);
    await expectNoWrites(sub, async () => expectBadInput(await f.payClaim(V.accountant, claim.id, '2026-02-27'), 'paidOn'));
    expect(await f.budgetLine(SCHOOL_A, office)).toEqual(budget);
    expect(ok(await f.payClaim(V.accountant, claim.id, '2026-03-01')).payExpenseClaim.status).toBe('PAID');

    const { claim: canteenClaim } = await f.submitClaim(V.canteen, SCHOOL_A, [{ categoryId: food, amount: '66.00' }]);
    await f.approveClaimFully(canteenClaim);
    await expectNoWrites(sub, async () => expectBadInput(await f.payClaim(V.accountant, canteenClaim.id, '2026-01-05'), 'paidOn'));
    ok(await f.payClaim(V.accountant, canteenClaim.id, '2026-02-05'));

    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '30.00' }]);
    await f.approvePurchaseFully(request);
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['30.00'])).orderPurchase;
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 1 }]));
    await expectNoWrites(sub, async () => expectBadInput(await f.payPurchase(V.accountant, request.id, '2026-02-14'), 'paidOn'));
    ok(await f.payPurchase(V.accountant, request.id, '2026-03-14'));
  });
});

describe('reversing an entry (红字冲销)', () => {
  let original: EntryOut;

  beforeAll(async () => {
    original = ok(
      await f.postEntry(
        V.accountant,
        entry('SCHOOL', '2026-03-10', [
          { account: 'BANK', debit: '500.00' },
          { account: 'OTHER_INCOME', credit: '500.00' },
        ]),
      ),
    ).postJournalEntry;
  });

  it('creates a new entry with the lines swapped, pointing at the original, which stays exactly as it was', async () => {
    const rowsBefore = {
      entry: await sub.dataSource.getRepository(JournalEntry).findOneByOrFail({ id: original.id }),
      lines: await sub.dataSource.getRepository(JournalLine).find({ where: { entryId: original.id }, order: { id: 'ASC' } }),
    };
    const reversal = ok(
      await f.request(V.accountant, REVERSE, {
        input: { entryId: original.id, reason: 'Posted twice (重复记账)', entryDate: '2026-03-31' },
      }),
    ).reverseJournalEntry;
    expect(reversal).toMatchObject({
      schoolId: SCHOOL_A,
      fund: 'SCHOOL',
      entryDate: '2026-03-31',
      period: '2026-03',
      sourceType: 'REVERSAL',
      reversesEntryId: original.id,
      postedByAccountId: V.accountant.accountId,
    });
    expect(reversal.id).not.toBe(original.id);
    expect(reversal.memo).toContain('Posted twice (重复记账)');
    const sides = (e: EntryOut) => e.lines.map((l) => [l.account, l.debit.fen, l.credit.fen]).sort();
    expect(sides(reversal)).toEqual([
      ['BANK', 0, 50000],
      ['OTHER_INCOME', 50000, 0],
    ]);
    expect(sides(original)).toEqual([
      ['BANK', 50000, 0],
      ['OTHER_INCOME', 0, 50000],
    ]);

    const rowsAfter = {
      entry: await sub.dataSource.getRepository(JournalEntry).findOneByOrFail({ id: original.id }),
      lines: await sub.dataSource.getRepository(JournalLine).find({ where: { entryId: original.id }, order: { id: 'ASC' } }),
    };
    expect(rowsAfter).toEqual(rowsBefore);
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'journal.post', entityId: reversal.id })).toBe(1);
  });

  it('an entry is reversed once; a reversal is not reversed (CONFLICT, nothing written)', async () => {
    const [reversal] = await sub.dataSource.getRepository(JournalEntry).findBy({ reversesEntryId: original.id });
    await expectNoWrites(sub, async () => {
      expectCode(
        await f.request(V.accountant, REVERSE, { input: { entryId: original.id, reason: 'Again', entryDate: '2026-03-31' } }),
        'CONFLICT',
      );
      expectCode(
        await f.request(V.accountant, REVERSE, { input: { entryId: reversal.id, reason: 'Undo the undo', entryDate: '2026-03-31' } }),
        'CONFLICT',
      );
    });
  });

  it('refuses a reversal dated in a closed month, by the wrong person, or of an entry out of sight', async () => {
    const other = ok(
      await f.postEntry(
        V.accountant,
        entry('SCHOOL', '2026-03-11', [
          { account: 'BANK', debit: '7.00' },
          { account: 'OTHER_INCOME', credit: '7.00' },
        ]),
      ),
    ).postJournalEntry;
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.accountant, REVERSE, { input: { entryId: other.id, reason: 'Late', entryDate: '2026-02-28' } }),
        'entryDate',
      );
      expectBadInput(
        await f.request(V.accountant, REVERSE, { input: { entryId: other.id, reason: ' ', entryDate: '2026-03-31' } }),
        'reason',
      );
      expectCode(await f.request(V.director, REVERSE, { input: { entryId: other.id, reason: 'x', entryDate: '2026-03-31' } }), 'FORBIDDEN');
      expectCode(await f.request(V.auditor, REVERSE, { input: { entryId: other.id, reason: 'x', entryDate: '2026-03-31' } }), 'FORBIDDEN');
      expectCode(
        await f.request(V.accountant2, REVERSE, { input: { entryId: other.id, reason: 'x', entryDate: '2026-03-31' } }),
        'NOT_FOUND',
      );
      // A teacher reverses at no school: refused at the gate, before the entry is looked for.
      expectCode(await f.request(V.teacher, REVERSE, { input: { entryId: other.id, reason: 'x', entryDate: '2026-03-31' } }), 'FORBIDDEN');
      expectCode(
        await f.request(V.accountant, REVERSE, { input: { entryId: '01900000-0000-7000-8000-999999999999', reason: 'x' } }),
        'NOT_FOUND',
      );
    });
  });
});

describe('append-only', () => {
  it('a whole year of work never UPDATEs or DELETEs a journal entry, journal line or workflow step', async () => {
    const statements: string[] = [];
    const logger = sub.dataSource.logger;
    const logQuery = logger.logQuery;
    logger.logQuery = function (query, parameters, queryRunner) {
      statements.push(query);
      return logQuery.call(this, query, parameters, queryRunner);
    };
    try {
      // A purchase through every step, including refused ones.
      const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 4, price: '12.50' }]);
      expectCode(await f.orderPurchase(V.accountant, request.id, supplier, ['12.50']), 'CONFLICT');
      await f.approvePurchaseFully(request);
      const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['12.00'])).orderPurchase;
      ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 1 }]));
      expectBadInput(
        await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 9 }]),
        'lines.0.quantity',
      );
      ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: ordered.lines[0].id, quantity: 3 }]));
      ok(await f.payPurchase(V.accountant, request.id, '2026-04-02'));
      // A rejected purchase and a claim escalated to the principal, paid, then its payment reversed.
      const rejected = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '1.00' }]);
      ok(
        await f.request(V.director, 'mutation($input: RejectInput!) { rejectPurchaseRequest(input: $input) { status } }', {
          input: { id: rejected.id, reason: 'No' },
        }),
      );
      const paid = await f.paidClaim(SCHOOL_A, [{ categoryId: office, amount: '5200.00', invoiceNumber: invoice() }], '2026-04-03');
      const [payment] = await f.entriesOf(paid.id);
      ok(
        await f.request(V.accountant, REVERSE, {
          input: { entryId: payment.id, reason: 'Paid to the wrong card', entryDate: '2026-04-04' },
        }),
      );
      expectCode(
        await f.request(V.accountant, REVERSE, { input: { entryId: payment.id, reason: 'Again', entryDate: '2026-04-04' } }),
        'CONFLICT',
      );
      // A claim rejected at review, manual entries, a month closed, a post refused.
      const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: food, amount: '1.00' }]);
      ok(await f.rejectClaim(V.accountant, claim.id, 'Wrong account'));
      await f.mealFees(SCHOOL_A, '300.00', '2026-04-05');
      ok(await f.request(V.accountant, CLOSE, { input: { schoolId: SCHOOL_A, fund: 'CANTEEN', period: '2026-04' } }));
      expectBadInput(
        await f.postEntry(
          V.accountant,
          entry('CANTEEN', '2026-04-30', [
            { account: 'BANK', debit: '5.00' },
            { account: 'MEAL_FEE_INCOME', credit: '5.00' },
          ]),
        ),
        'entryDate',
      );
    } finally {
      logger.logQuery = logQuery;
    }

    // A named statement (a store's, or the workflow's) starts with its name as a comment: /* workflow.move */ UPDATE …
    const target = (sql: string): { verb: string; table: string } | null => {
      const m = /^\s*(?:\/\*.*?\*\/\s*)?(UPDATE|DELETE\s+FROM|INSERT\s+INTO|REPLACE\s+INTO|TRUNCATE(?:\s+TABLE)?)\s+[`"]?(\w+)[`"]?/i.exec(
        sql,
      );
      return m ? { verb: m[1].split(/\s+/)[0].toUpperCase(), table: m[2] } : null;
    };
    const writes = statements.map(target).filter((t): t is { verb: string; table: string } => t !== null);
    const protectedTables = ['journal_entry', 'journal_line', 'workflow_step'];
    // The capture works: the workflow did write, including into the protected tables.
    for (const table of protectedTables) expect(writes).toContainEqual({ verb: 'INSERT', table });
    expect(writes).toContainEqual({ verb: 'UPDATE', table: 'purchase_request' });
    expect(writes).toContainEqual({ verb: 'UPDATE', table: 'budget_line' });
    expect(writes.filter((w) => protectedTables.includes(w.table) && w.verb !== 'INSERT')).toEqual([]);
    // Belt and braces: no statement of any kind changes those tables other than by INSERT.
    expect(
      statements.filter((s) => /\b(UPDATE|DELETE|TRUNCATE|ALTER|DROP)\b[^;]*\b(journal_entry|journal_line|workflow_step)\b/i.test(s)),
    ).toEqual([]);
  }, 30000);
});

it('the ledger balances: every entry and all entries together', async () => {
  expect(await sumOf(sub, 'SELECT SUM(debitFen) - SUM(creditFen) AS d FROM journal_line')).toBe(0);
  const unbalanced = await sub.dataSource.query('SELECT entryId FROM journal_line GROUP BY entryId HAVING SUM(debitFen) <> SUM(creditFen)');
  expect(unbalanced).toEqual([]);
});
