import type { TestSubgraph } from '@houqin/testing';
import { PurchaseRequest } from '../src/purchase/purchase.entity';
import { creditCode, expectBadInput, expectNoWrites, Finance, FY, ok, SCHOOL_A, startFinance, V } from './support';

/**
 * Text that looks filled but is not: a reason or name made only of invisible characters (zero-width
 * space, BOM, word joiner) is empty, a lone UTF-16 surrogate is refused before MySQL would change it,
 * and invisible characters around visible text are trimmed before it is stored.
 */
let sub: TestSubgraph;
let f: Finance;
let office: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('VISIBLE_TEXT');
  await f.budget(SCHOOL_A, office, '10000.00');
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const ZERO_WIDTH_ONLY = '\u200B\uFEFF\u2060 \u200D';
const submit = (reason: string, description = 'Printer paper (打印纸)') =>
  f.submitPurchaseRaw(V.teacher, {
    schoolId: SCHOOL_A,
    categoryId: office,
    fiscalYear: FY,
    reason,
    lines: [{ description, quantity: 1, unit: 'box', estimatedUnitPrice: '20.00' }],
  });
const CREATE_CATEGORY = 'mutation($input: CreateBudgetCategoryInput!) { createBudgetCategory(input: $input) { id name } }';
const CREATE_SUPPLIER = 'mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id name contactName } }';

describe('text that looks filled but is not', () => {
  it('a reason, a line description or a name made only of zero-width characters is BAD_USER_INPUT on that field, and nothing is written', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await submit(ZERO_WIDTH_ONLY), 'reason');
      expectBadInput(await submit('New term (新学期)', '\uFEFF'), 'lines.0.description');
      expectBadInput(
        await f.request(V.admin, CREATE_CATEGORY, { input: { code: 'INVISIBLE', name: '\u200B', fund: 'SCHOOL', overrunPolicy: 'BLOCK' } }),
        'name',
      );
    });
    const response = await submit(ZERO_WIDTH_ONLY);
    expect(response.errors?.[0]?.message).toBe('reason must not be empty');
  });

  it('a lone surrogate is refused, naming the field, and nothing is written', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await submit('Paper \uD83D'), 'reason');
      expectBadInput(await f.request(V.admin, CREATE_SUPPLIER, { input: { name: '\uDE00 Foods', creditCode: creditCode(9001) } }), 'name');
    });
  });

  it('visible text with invisible characters around it is stored trimmed; optional text with nothing visible is null', async () => {
    const request = ok<{ submitPurchaseRequest: { request: { id: string; lines: { description: string }[] } } }>(
      await submit('\uFEFF\u200B 新学期所需 \u2060\u3000', '\u200B打印纸\u200B'),
    ).submitPurchaseRequest.request;
    const stored = await sub.dataSource.getRepository(PurchaseRequest).findOneByOrFail({ id: request.id });
    expect(stored.reason).toBe('新学期所需');
    expect(request.lines[0].description).toBe('打印纸');

    const supplier = ok<{ createSupplier: { name: string; contactName: string | null } }>(
      await f.request(V.admin, CREATE_SUPPLIER, {
        input: { name: '\u200B 城东粮油 \uFEFF', creditCode: creditCode(9002), contactName: '\u200B\u2060' },
      }),
    ).createSupplier;
    expect(supplier).toMatchObject({ name: '城东粮油', contactName: null });
  });
});
