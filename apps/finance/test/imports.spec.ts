import { AuditEntry } from '@houqin/persistence';
import { type GraphQLResponse, type TestSubgraph } from '@houqin/testing';
import { MAX_IMPORT_ROWS } from '../src/limits';
import { Supplier } from '../src/supplier/supplier.entity';
import { BudgetLine } from '../src/budget/budget.entity';
import {
  BUDGET_EXECUTION,
  creditCode,
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  FY,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  startFinance,
  UNKNOWN_ID,
  V,
} from './support';

/**
 * Spreadsheets into the register and the budgets (批量导入): the console reads an Excel file and sends
 * its rows. All or nothing: every row is checked as the single mutation checks it, every bad row is
 * answered at once (extensions.rowErrors, rows counted from 0), and nothing is written unless the
 * whole file is good. Only whoever may do the single mutation may import, refused before any row is read.
 */
let sub: TestSubgraph;
let f: Finance;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const IMPORT_SUPPLIERS = `mutation($input: ImportSuppliersInput!) { importSuppliers(input: $input) {
  count suppliers { id name creditCode foodSupplier foodLicenceNumber foodLicenceExpiresOn status } } }`;
const IMPORT_BUDGETS = `mutation($input: ImportBudgetsInput!) { importBudgets(input: $input) {
  count lines { category { id code } allocated { yuan fen } committed { fen } spent { fen } remaining { fen } } } }`;

/** The row errors of a refused import, as the console shows them beside the file's rows. */
function rowErrors(response: GraphQLResponse): { row: number; field: string }[] {
  const extensions = response.errors?.[0]?.extensions as { rowErrors?: { row: number; field: string; message: string }[] };
  for (const e of extensions.rowErrors ?? []) expect(e.message).toEqual(expect.any(String));
  return (extensions.rowErrors ?? []).map(({ row, field }) => ({ row, field }));
}

const suppliersInDb = () => sub.dataSource.getRepository(Supplier).count();
const audits = (action: string) => sub.dataSource.getRepository(AuditEntry).count({ where: { action } });

/** A supplier row as a spreadsheet line gives it. */
const supplierRow = (n: number, extra: Record<string, unknown> = {}) => ({
  name: `Imported supplier ${n} (导入供应商)`,
  creditCode: creditCode(1000 + n),
  ...extra,
});

describe('importing suppliers (供应商批量导入)', () => {
  const file = [
    supplierRow(1, { name: ' Minjiang Stationery (闽江文具) ', contactName: ' Lin ', phone: '0591-8888 1234' }),
    supplierRow(2, { creditCode: creditCode(1002).toLowerCase() }),
    supplierRow(3, { foodSupplier: true, foodLicenceNumber: 'JY13501000000001', foodLicenceExpiresOn: '2099-12-31' }),
  ];

  it('the accountant checks a file of 3 suppliers first: the same answer, nothing written', async () => {
    const checked = await expectNoWrites(sub, async () =>
      ok(await f.request(V.accountant, IMPORT_SUPPLIERS, { input: { rows: file, validateOnly: true } })),
    );
    expect(checked.importSuppliers).toEqual({ count: 3, suppliers: [] });
  });

  it('then imports it: 3 suppliers registered in the order of the rows, each audited like createSupplier', async () => {
    const before = { suppliers: await suppliersInDb(), audits: await audits('supplier.create') };
    const imported = ok(await f.request(V.accountant, IMPORT_SUPPLIERS, { input: { rows: file } })).importSuppliers;
    expect(imported.count).toBe(3);
    expect(imported.suppliers).toEqual([
      expect.objectContaining({
        name: 'Minjiang Stationery (闽江文具)',
        creditCode: creditCode(1001),
        foodSupplier: false,
        status: 'ACTIVE',
      }),
      expect.objectContaining({ name: 'Imported supplier 2 (导入供应商)', creditCode: creditCode(1002) }),
      expect.objectContaining({ foodSupplier: true, foodLicenceNumber: 'JY13501000000001', foodLicenceExpiresOn: '2099-12-31' }),
    ]);
    expect(await suppliersInDb()).toBe(before.suppliers + 3);
    expect(await audits('supplier.create')).toBe(before.audits + 3);
    // In the district's register for every school.
    const listed = ok(await f.request(V.director, '{ suppliers(first: 100) { nodes { id } } }')).suppliers.nodes;
    expect(listed.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(imported.suppliers.map((s: { id: string }) => s.id)));
  });

  it('a file with bad rows shows every row error and writes nothing', async () => {
    const bad = [
      supplierRow(10),
      // A food supplier whose licence date does not exist.
      supplierRow(11, { foodSupplier: true, foodLicenceNumber: 'JY13501000000011', foodLicenceExpiresOn: '2026-02-30' }),
      // Row 0's name again (spaces and case aside).
      supplierRow(12, { name: ' imported SUPPLIER 10 (导入供应商)' }),
      supplierRow(13, { name: '   ' }),
      supplierRow(14, { creditCode: '91350100M000100Y44' }), // wrong check character
      supplierRow(15, { creditCode: creditCode(1001) }), // registered by the import above
      supplierRow(16, { creditCode: creditCode(1010) }), // row 0's code again
      supplierRow(17, { foodSupplier: true }), // no licence
      supplierRow(18),
    ];
    const before = await suppliersInDb();
    const refused = await expectNoWrites(sub, () => f.request(V.accountant, IMPORT_SUPPLIERS, { input: { rows: bad } }));
    expectBadInput(refused, 'rows.1.foodLicenceExpiresOn');
    expect(refused.errors![0].message).toMatch(/^7 rows are bad/);
    expect(rowErrors(refused)).toEqual([
      { row: 1, field: 'foodLicenceExpiresOn' },
      { row: 2, field: 'name' },
      { row: 3, field: 'name' },
      { row: 4, field: 'creditCode' },
      { row: 5, field: 'creditCode' },
      { row: 6, field: 'creditCode' },
      { row: 7, field: 'foodLicenceNumber' },
    ]);
    expect(await suppliersInDb()).toBe(before);
    // validateOnly answers the same errors.
    expect(rowErrors(await f.request(V.accountant, IMPORT_SUPPLIERS, { input: { rows: bad, validateOnly: true } }))).toHaveLength(7);
  });

  it(`more than ${MAX_IMPORT_ROWS} rows are refused on rows, as is an empty file`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => supplierRow(2000 + i));
    expectBadInput(await expectNoWrites(sub, () => f.request(V.admin, IMPORT_SUPPLIERS, { input: { rows } })), 'rows');
    expectBadInput(await f.request(V.admin, IMPORT_SUPPLIERS, { input: { rows: [] } }), 'rows');
  });

  it('a teacher or the storekeeper is refused before any row is checked', async () => {
    for (const who of [V.teacher, V.storekeeper, V.auditor]) {
      expectCode(
        await expectNoWrites(sub, () => f.request(who, IMPORT_SUPPLIERS, { input: { rows: [supplierRow(30, { name: '' })] } })),
        'FORBIDDEN',
      );
      expectCode(await f.request(who, IMPORT_SUPPLIERS, { input: { rows: [supplierRow(31)] } }), 'FORBIDDEN');
    }
    expectCode(await f.request(null, IMPORT_SUPPLIERS, { input: { rows: [supplierRow(32)] } }), 'UNAUTHENTICATED');
  });
});

describe('importing budgets (预算批量下达)', () => {
  let office: string;
  let repairs: string;

  beforeAll(async () => {
    office = await f.category('OFFICE');
    repairs = await f.category('REPAIRS', { overrunPolicy: 'WARN' });
    await f.category('RETIRED');
    ok(
      await f.request(V.admin, 'mutation($input: UpdateBudgetCategoryInput!) { updateBudgetCategory(input: $input) { id } }', {
        input: { id: (await f.category('OLD')) as string, version: 1, active: false },
      }),
    );
    // School A's office line exists already, and has spent 300 yuan of it.
    await f.budget(SCHOOL_A, office, '1000.00');
    ok(
      await f.postEntry(V.accountant, {
        schoolId: SCHOOL_A,
        fund: 'SCHOOL',
        entryDate: `${FY}-11-03`,
        memo: 'Printer paper (打印纸)',
        lines: [
          { account: 'EXPENSE', debit: '300.00', categoryId: office },
          { account: 'BANK', credit: '300.00' },
        ],
      }),
    );
  });

  const lineOf = async (schoolId: string, categoryId: string) =>
    (
      await f.ok<{ budgetExecution: { category: { id: string }; allocated: { fen: number } }[] }>(V.admin, BUDGET_EXECUTION, {
        schoolId,
        fiscalYear: FY,
      })
    ).budgetExecution.find((r) => r.category.id === categoryId)!.allocated.fen;

  it('the district imports a year of budgets for two schools, re-allocating a line it already set, each row audited', async () => {
    const rows = [
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '12000.00' },
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '3000' },
      { schoolId: SCHOOL_B, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '8000.50' },
      { schoolId: SCHOOL_B, fiscalYear: FY + 1, categoryCode: 'OFFICE', allocated: '9000.00' },
    ];
    const checked = await expectNoWrites(sub, async () =>
      ok(await f.request(V.admin, IMPORT_BUDGETS, { input: { rows, validateOnly: true } })),
    );
    expect(checked.importBudgets).toEqual({ count: 4, lines: [] });
    const before = await audits('budget.set');
    const imported = ok(await f.request(V.admin, IMPORT_BUDGETS, { input: { rows } })).importBudgets;
    expect(imported.count).toBe(4);
    expect(
      imported.lines.map((l: { category: { code: string }; allocated: { yuan: string } }) => [l.category.code, l.allocated.yuan]),
    ).toEqual([
      ['OFFICE', '12000.00'],
      ['REPAIRS', '3000.00'],
      ['OFFICE', '8000.50'],
      ['OFFICE', '9000.00'],
    ]);
    // The re-allocated line keeps what it spent.
    expect(imported.lines[0]).toMatchObject({ spent: { fen: 30000 }, remaining: { fen: 1170000 } });
    expect(await audits('budget.set')).toBe(before + 4);
    expect(await lineOf(SCHOOL_A, office)).toBe(1200000);
    expect(await lineOf(SCHOOL_A, repairs)).toBe(300000);
    expect(await lineOf(SCHOOL_B, office)).toBe(800050);
  });

  it('a file with bad rows shows every row error and writes nothing', async () => {
    const rows = [
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '3500.00' }, // good
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'NO_SUCH', allocated: '1.00' },
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'OLD', allocated: '1.00' }, // retired
      { schoolId: UNKNOWN_ID, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '1.00' },
      { schoolId: SCHOOL_B, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '-5.00' },
      { schoolId: SCHOOL_B, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '1.234' },
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'OFFICE', allocated: '100.00' }, // below the 300 spent
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '10.00' }, // row 0 again
      { schoolId: SCHOOL_A, fiscalYear: 1999, categoryCode: 'office', allocated: '1.00' },
    ];
    const linesBefore = await sub.dataSource.getRepository(BudgetLine).count();
    const refused = await expectNoWrites(sub, () => f.request(V.admin, IMPORT_BUDGETS, { input: { rows } }));
    expectBadInput(refused, 'rows.1.categoryCode');
    expect(rowErrors(refused)).toEqual([
      { row: 1, field: 'categoryCode' },
      { row: 2, field: 'categoryCode' },
      { row: 3, field: 'schoolId' },
      { row: 4, field: 'allocated' },
      { row: 5, field: 'allocated' },
      { row: 6, field: 'allocated' },
      { row: 7, field: 'categoryCode' },
      { row: 8, field: 'fiscalYear' },
      { row: 8, field: 'categoryCode' },
    ]);
    expect(await sub.dataSource.getRepository(BudgetLine).count()).toBe(linesBefore);
    expect(await lineOf(SCHOOL_A, repairs)).toBe(300000);
  });

  it('a school-A director importing a budget row for school B is refused, and nothing of the file is written', async () => {
    const rows = [
      { schoolId: SCHOOL_A, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '99999.00' },
      { schoolId: SCHOOL_B, fiscalYear: FY, categoryCode: 'REPAIRS', allocated: '99999.00' },
      { schoolId: SCHOOL_B, fiscalYear: FY, categoryCode: 'NO_SUCH', allocated: 'lots' },
    ];
    for (const who of [V.director, V.principal, V.accountant, V.auditor]) {
      const refused = await expectNoWrites(sub, () => f.request(who, IMPORT_BUDGETS, { input: { rows } }));
      expectCode(refused, 'FORBIDDEN');
    }
    expect(await lineOf(SCHOOL_A, repairs)).toBe(300000);
  });

  it(`more than ${MAX_IMPORT_ROWS} rows are refused on rows`, async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({
      schoolId: SCHOOL_A,
      fiscalYear: FY,
      categoryCode: 'OFFICE',
      allocated: '1.00',
    }));
    expectBadInput(await expectNoWrites(sub, () => f.request(V.admin, IMPORT_BUDGETS, { input: { rows } })), 'rows');
  });
});
