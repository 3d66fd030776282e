import { DEMO_SCHOOLS } from '@houqin/demo';
import { demoViewer, startTestSubgraph, type TestSubgraph } from '@houqin/testing';
import { monthsOf } from '../src/report/report.rules';
import { createFinanceSubgraph } from '../src/subgraph';
import { ENTRY_FIELDS, Finance, FY, ok, SCHOOL_A, SCHOOL_B, startFinance, sumOf, V } from './support';

// A teacher of the demo district as the directory knows them (their staff id is in finance's copy).
const teacher = demoViewer('teacher');

/**
 * topSuppliers reads supplier totals per month (supplier_spending per school, district_supplier_spending
 * per district) kept in each posting's transaction. Whatever is posted — payments, reversals, refunds —
 * the totals must say what the ledger's bank lines naming a supplier say, and the report must answer
 * what it answered when it summed those lines itself.
 */

type Month = { schoolId?: string; districtId?: string; supplierId: string; period: string; paid: number; payments: number };
const key = (m: Month) => `${m.schoolId ?? m.districtId}/${m.supplierId}/${m.period}`;
const sorted = (rows: Month[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
const numbers = (rows: Record<string, unknown>[]): Month[] =>
  rows.map((r) => ({ ...(r as unknown as Month), paid: Number(r.paid), payments: Number(r.payments) }));

/** The ledger's own figures: the bank lines naming a supplier, per school, supplier and month. */
async function fromLedger(sub: TestSubgraph): Promise<Month[]> {
  return sorted(
    numbers(
      await sub.dataSource.query(`SELECT schoolId, supplierId, period, SUM(creditFen) - SUM(debitFen) AS paid,
        SUM(CASE WHEN creditFen > 0 THEN 1 ELSE 0 END) AS payments
        FROM journal_line WHERE account = 'BANK' AND supplierId IS NOT NULL GROUP BY schoolId, supplierId, period`),
    ),
  );
}

/** The invariant on the real database: school totals = ledger, district totals = the sum of its schools'. */
async function expectTotalsMatchLedger(sub: TestSubgraph): Promise<void> {
  const kept = numbers(await sub.dataSource.query('SELECT schoolId, supplierId, period, paidFen AS paid, payments FROM supplier_spending'));
  expect(sorted(kept)).toEqual(await fromLedger(sub));
  const district = numbers(
    await sub.dataSource.query('SELECT districtId, supplierId, period, paidFen AS paid, payments FROM district_supplier_spending'),
  );
  const summed = numbers(
    await sub.dataSource.query(`SELECT districtId, supplierId, period, SUM(paidFen) AS paid, SUM(payments) AS payments
      FROM supplier_spending GROUP BY districtId, supplierId, period`),
  );
  expect(sorted(district)).toEqual(sorted(summed));
}

const TOP = `query($fiscalYear: Int!, $schoolId: ID, $first: Int) {
  topSuppliers(fiscalYear: $fiscalYear, schoolId: $schoolId, first: $first) { supplier { id } paid { fen } payments } }`;
type Top = { topSuppliers: { supplier: { id: string }; paid: { fen: number }; payments: number }[] };

/** What topSuppliers answered before the totals: the statement over journal_line, for the whole district or some schools. */
async function oldAnswer(sub: TestSubgraph, fiscalYear: number, schoolIds?: string[]): Promise<[string, number, number][]> {
  const { from, to } = monthsOf(fiscalYear);
  const bySchool = schoolIds ? `AND schoolId IN (${schoolIds.map(() => '?').join(', ')})` : '';
  const rows = await sub.dataSource.query(
    `SELECT supplierId, SUM(creditFen) - SUM(debitFen) AS paid, SUM(CASE WHEN creditFen > 0 THEN 1 ELSE 0 END) AS payments
     FROM journal_line WHERE account = 'BANK' AND supplierId IS NOT NULL AND period >= ? AND period <= ? ${bySchool}
     GROUP BY supplierId ORDER BY paid DESC, supplierId LIMIT 50`,
    [from, to, ...(schoolIds ?? [])],
  );
  return (rows as Record<string, unknown>[]).map((r) => [String(r.supplierId), Number(r.paid), Number(r.payments)]);
}
const answer = (data: Top): [string, number, number][] => data.topSuppliers.map((r) => [r.supplier.id, r.paid.fen, r.payments]);

describe('supplier totals follow every posting', () => {
  let sub: TestSubgraph;
  let f: Finance;
  let office: string;
  let rice: string;
  let paper: string;

  beforeAll(async () => {
    sub = await startFinance();
    f = new Finance(sub);
    office = await f.category('SUPPLIER_TOTALS');
    for (const school of [SCHOOL_A, SCHOOL_B]) await f.budget(school, office, '100000.00');
    rice = await f.supplier({ name: 'Rice (粮油)' });
    paper = await f.supplier({ name: 'Paper (纸张)' });
  }, 60000);
  afterAll(async () => {
    await sub?.stop();
  });

  const REFUND = `mutation($input: PostRefundInput!) { postRefund(input: $input) { ${ENTRY_FIELDS} } }`;
  const REVERSE = `mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { ${ENTRY_FIELDS} } }`;
  const paymentEntry = async (sourceId: string) => (await f.entriesOf(sourceId)).find((e) => !e.reversesEntryId)!.id;

  it('after payments, a refund and a reversal, in several months and schools, the totals are what the ledger says', async () => {
    const a1 = await f.paidPurchase(SCHOOL_A, office, rice, [{ quantity: 3, price: '100.00' }], `${FY}-03-05`, teacher);
    const a2 = await f.paidPurchase(SCHOOL_A, office, paper, [{ quantity: 1, price: '200.00' }], `${FY}-04-02`, teacher);
    await f.paidPurchase(SCHOOL_A, office, rice, [{ quantity: 1, price: '50.00' }], `${FY}-04-20`, teacher);
    await f.paidPurchase(SCHOOL_B, office, rice, [{ quantity: 5, price: '100.00' }], `${FY}-04-10`, V.teacherB);
    await expectTotalsMatchLedger(sub);

    // Goods returned: the supplier pays 100 back in May; the paper payment is reversed in May.
    ok(
      await f.request(V.accountant, REFUND, {
        input: { paymentEntryId: await paymentEntry(a1.id), amount: '100.00', entryDate: `${FY}-05-06`, reason: 'Returned (退货)' },
      }),
    );
    ok(
      await f.request(V.accountant, REVERSE, {
        input: { entryId: await paymentEntry(a2.id), reason: 'Paid twice', entryDate: `${FY}-05-07` },
      }),
    );
    await expectTotalsMatchLedger(sub);
    expect(await sumOf(sub, 'SELECT COUNT(*) AS n FROM supplier_spending')).toBeGreaterThanOrEqual(4);

    // The district sees both schools; each accountant their school's; the answers are those of the ledger.
    expect(answer(ok<Top>(await f.request(V.admin, TOP, { fiscalYear: FY, first: 50 })))).toEqual(await oldAnswer(sub, FY));
    expect(answer(ok<Top>(await f.request(V.accountant, TOP, { fiscalYear: FY, first: 50 })))).toEqual(
      await oldAnswer(sub, FY, [SCHOOL_A]),
    );
    expect(answer(ok<Top>(await f.request(V.admin, TOP, { fiscalYear: FY, schoolId: SCHOOL_B, first: 50 })))).toEqual(
      await oldAnswer(sub, FY, [SCHOOL_B]),
    );
  });
});

describe('on the demo district', () => {
  let demo: TestSubgraph;

  beforeAll(async () => {
    demo = await startTestSubgraph({ ...createFinanceSubgraph(), extensions: [] });
  }, 300_000);
  afterAll(async () => {
    await demo?.stop();
  });

  it('the seeded totals are what the ledger says, and topSuppliers answers as it did from the journal lines', async () => {
    await expectTotalsMatchLedger(demo);
    expect((await fromLedger(demo)).length).toBeGreaterThan(10);
    const year = Number((await demo.dataSource.query('SELECT MAX(period) AS p FROM journal_line'))[0].p.slice(0, 4));
    for (const fiscalYear of [year - 1, year]) {
      const district = answer(ok<Top>(await demo.as(demoViewer('admin')).request(TOP, { fiscalYear, first: 50 })));
      expect(district.length).toBeGreaterThan(0);
      expect(district).toEqual(await oldAnswer(demo, fiscalYear));
      const school = answer(ok<Top>(await demo.as(demoViewer('accountant')).request(TOP, { fiscalYear, first: 50 })));
      expect(school).toEqual(await oldAnswer(demo, fiscalYear, [DEMO_SCHOOLS.firstPrimary.id]));
    }
  });
});
