import { Role } from '@houqin/auth';
import { AuditEntry } from '@houqin/persistence';
import { type TestSubgraph } from '@houqin/testing';
import { isValidCreditCode } from '../src/supplier/supplier.rules';
import {
  creditCode,
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  ok,
  SCHOOL_A,
  startFinance,
  UNKNOWN_ID,
  V,
  viewer,
} from './support';

/** A supplier as the list answers it (the fields the tests ask for). */
interface SupplierOut {
  id: string;
  name: string;
  foodSupplier: boolean;
}

/**
 * The district's supplier register (供应商名录): credit codes checked (统一社会信用代码), food
 * suppliers only with a food-business licence (食品经营许可证), suspension by the district only.
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

const CREATE =
  'mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id name creditCode contactName phone bankAccount foodSupplier foodLicenceNumber foodLicenceExpiresOn status version } }';
const UPDATE =
  'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { id status phone foodLicenceNumber foodLicenceExpiresOn version } }';
const LIST =
  'query($filter: SupplierFilter, $first: Int) { suppliers(filter: $filter, first: $first) { nodes { id name status foodSupplier } pageInfo { hasNextPage } } }';
const VALID = ['91350100M000100Y43', '91110000600001760P'];
/** The same codes with the check character changed. */
const WRONG_CHECK = ['91350100M000100Y44', '91110000600001760Q'];

describe('credit codes (统一社会信用代码)', () => {
  it('the check character is verified (GB 32100-2015)', () => {
    for (const code of VALID) expect(isValidCreditCode(code)).toBe(true);
    for (const code of WRONG_CHECK) expect(isValidCreditCode(code)).toBe(false);
    for (let n = 1; n <= 50; n++) expect(isValidCreditCode(creditCode(n))).toBe(true);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false); // 17 characters
    expect(isValidCreditCode('91350100M000100I43')).toBe(false); // I is not used
    expect(isValidCreditCode('9135010XM000100Y43')).toBe(false); // the region code is digits
  });

  it('the admin registers suppliers with valid codes; contact details are trimmed', async () => {
    const a = ok(
      await f.request(V.admin, CREATE, {
        input: {
          name: ' Minjiang Stationery (闽江文具) ',
          creditCode: VALID[0],
          contactName: ' Lin ',
          phone: '0591-8888 1234',
          bankAccount: 'ICBC 6222 0000',
        },
      }),
    ).createSupplier;
    expect(a).toMatchObject({
      name: 'Minjiang Stationery (闽江文具)',
      creditCode: VALID[0],
      contactName: 'Lin',
      phone: '0591-8888 1234',
      foodSupplier: false,
      foodLicenceNumber: null,
      status: 'ACTIVE',
      version: 1,
    });
    // Lower case is the same code, stored in upper case.
    const b = ok(
      await f.request(V.accountant, CREATE, { input: { name: 'Beijing Office Co.', creditCode: VALID[1].toLowerCase() } }),
    ).createSupplier;
    expect(b.creditCode).toBe(VALID[1]);
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'supplier.create' })).toBe(2);
  });

  it('a wrong check character, a malformed or a duplicate code is refused on creditCode and nothing is written', async () => {
    await expectNoWrites(sub, async () => {
      for (const code of [...WRONG_CHECK, '91350100M000100Y4', '12345678901234567X', ''])
        expectBadInput(await f.request(V.admin, CREATE, { input: { name: 'Bad code', creditCode: code } }), 'creditCode');
      expectBadInput(await f.request(V.admin, CREATE, { input: { name: 'Too long', creditCode: `${VALID[0]}0` } }), 'creditCode');
      // Already registered in the district (also when typed in lower case).
      expectBadInput(await f.request(V.director, CREATE, { input: { name: 'Copy', creditCode: VALID[0] } }), 'creditCode');
      expectBadInput(await f.request(V.director, CREATE, { input: { name: 'Copy', creditCode: VALID[1].toLowerCase() } }), 'creditCode');
    });
  });
});

describe('food suppliers', () => {
  it('need a licence number and its expiry date', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(
        await f.request(V.admin, CREATE, { input: { name: 'Veg Co.', creditCode: creditCode(101), foodSupplier: true } }),
        'foodLicenceNumber',
      );
      expectBadInput(
        await f.request(V.admin, CREATE, {
          input: { name: 'Veg Co.', creditCode: creditCode(101), foodSupplier: true, foodLicenceExpiresOn: '2030-01-01' },
        }),
        'foodLicenceNumber',
      );
      expectBadInput(
        await f.request(V.admin, CREATE, {
          input: { name: 'Veg Co.', creditCode: creditCode(101), foodSupplier: true, foodLicenceNumber: 'JY13501000000001' },
        }),
        'foodLicenceExpiresOn',
      );
      expectBadInput(
        await f.request(V.admin, CREATE, {
          input: {
            name: 'Veg Co.',
            creditCode: creditCode(101),
            foodSupplier: true,
            foodLicenceNumber: 'JY-1',
            foodLicenceExpiresOn: '2030-01-01',
          },
        }),
        'foodLicenceNumber',
      );
      expectBadInput(
        await f.request(V.admin, CREATE, {
          input: {
            name: 'Veg Co.',
            creditCode: creditCode(101),
            foodSupplier: true,
            foodLicenceNumber: 'JY13501000000001',
            foodLicenceExpiresOn: '2030-02-30',
          },
        }),
        'foodLicenceExpiresOn',
      );
    });
    const veg = ok(
      await f.request(V.admin, CREATE, {
        input: {
          name: 'Veg Co.',
          creditCode: creditCode(101),
          foodSupplier: true,
          foodLicenceNumber: 'JY13501000000001',
          foodLicenceExpiresOn: '2030-01-01',
        },
      }),
    ).createSupplier;
    expect(veg).toMatchObject({ foodSupplier: true, foodLicenceNumber: 'JY13501000000001', foodLicenceExpiresOn: '2030-01-01' });
    // Removing the licence from a food supplier is refused too.
    await expectNoWrites(sub, async () =>
      expectBadInput(await f.request(V.admin, UPDATE, { input: { id: veg.id, version: 1, foodLicenceNumber: null } }), 'foodLicenceNumber'),
    );
  });
});

describe('who may change the register', () => {
  it('admins, accountants and directors register; teachers, storekeepers and the auditor may not', async () => {
    await expectNoWrites(sub, async () => {
      for (const who of [V.teacher, V.storekeeper, V.principal, V.auditor, V.canteen])
        expectCode(await f.request(who, CREATE, { input: { name: 'Nope', creditCode: creditCode(102) } }), 'FORBIDDEN');
      expectCode(await f.request(null, CREATE, { input: { name: 'Nope', creditCode: creditCode(102) } }), 'UNAUTHENTICATED');
    });
  });

  it('only the district admin suspends or reactivates; the accountant may update contact details; stale versions conflict', async () => {
    const id = await f.supplier();
    await expectNoWrites(sub, async () => {
      for (const who of [V.accountant, V.director, V.principal, V.auditor, V.teacher])
        expectCode(await f.request(who, UPDATE, { input: { id, version: 1, status: 'SUSPENDED' } }), 'FORBIDDEN');
    });
    expect(ok(await f.request(V.accountant, UPDATE, { input: { id, version: 1, phone: '13800000000' } })).updateSupplier).toMatchObject({
      phone: '13800000000',
      status: 'ACTIVE',
      version: 2,
    });
    await expectNoWrites(sub, async () =>
      expectCode(await f.request(V.admin, UPDATE, { input: { id, version: 1, status: 'SUSPENDED' } }), 'CONFLICT'),
    );
    expect(ok(await f.request(V.admin, UPDATE, { input: { id, version: 2, status: 'SUSPENDED' } })).updateSupplier).toMatchObject({
      status: 'SUSPENDED',
      version: 3,
    });
    expect(ok(await f.request(V.admin, LIST, { filter: { status: 'SUSPENDED' } })).suppliers.nodes.map((s: SupplierOut) => s.id)).toEqual([
      id,
    ]);
    expect(ok(await f.request(V.admin, UPDATE, { input: { id, version: 3, status: 'ACTIVE' } })).updateSupplier.status).toBe('ACTIVE');
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'supplier.update', entityId: id })).toBe(3);
    expectCode(await f.request(V.admin, UPDATE, { input: { id: UNKNOWN_ID, version: 1, phone: '12345' } }), 'NOT_FOUND');
  });
});

describe('ordering', () => {
  let office: string;

  beforeAll(async () => {
    office = await f.category('OFFICE');
    await f.budget(SCHOOL_A, office, '1000.00');
  });

  const approved = async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '10.00' }]);
    return (await f.approvePurchaseFully(request)).id as string;
  };

  it('a suspended supplier cannot be ordered from until reactivated', async () => {
    const id = await f.supplier();
    const request = await approved();
    ok(await f.request(V.admin, UPDATE, { input: { id, version: 1, status: 'SUSPENDED' } }));
    await expectNoWrites(sub, async () => expectBadInput(await f.orderPurchase(V.accountant, request, id, ['10.00']), 'supplierId'));
    ok(await f.request(V.admin, UPDATE, { input: { id, version: 2, status: 'ACTIVE' } }));
    expect(ok(await f.orderPurchase(V.accountant, request, id, ['10.00'])).orderPurchase.status).toBe('ORDERED');
  });

  it('a food supplier whose licence expired cannot be ordered from until it is renewed', async () => {
    const id = await f.supplier({ food: true, licenceExpiresOn: '2024-06-30' });
    const request = await approved();
    await expectNoWrites(sub, async () => expectBadInput(await f.orderPurchase(V.accountant, request, id, ['10.00']), 'supplierId'));
    ok(
      await f.request(V.accountant, UPDATE, {
        input: { id, version: 1, foodLicenceNumber: 'JY13501000009999', foodLicenceExpiresOn: '2031-06-30' },
      }),
    );
    expect(ok(await f.orderPurchase(V.accountant, request, id, ['10.00'])).orderPurchase.supplierId).toBe(id);
  });
});

describe('reading the register', () => {
  it('filters by status, kind and part of the name (wildcards are literal); other districts see nothing', async () => {
    await f.supplier({ name: '100% Fresh Eggs (鲜蛋)', food: true });
    const all = ok(await f.request(V.teacher, LIST, { first: 100 })).suppliers.nodes;
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(
      ok(await f.request(V.teacher, LIST, { filter: { foodSupplier: true } })).suppliers.nodes.every((s: SupplierOut) => s.foodSupplier),
    ).toBe(true);
    expect(
      ok(await f.request(V.teacher, LIST, { filter: { foodSupplier: false } })).suppliers.nodes.every((s: SupplierOut) => !s.foodSupplier),
    ).toBe(true);
    expect(
      ok(await f.request(V.teacher, LIST, { filter: { nameContains: '100%' } })).suppliers.nodes.map((s: SupplierOut) => s.name),
    ).toEqual(['100% Fresh Eggs (鲜蛋)']);
    expect(ok(await f.request(V.teacher, LIST, { filter: { nameContains: '%' } })).suppliers.nodes).toHaveLength(1);
    expect(ok(await f.request(V.teacher, LIST, { filter: { nameContains: '_' } })).suppliers.nodes).toEqual([]);
    expect(ok(await f.request(V.teacher, LIST, { filter: { nameContains: '闽江' } })).suppliers.nodes).toHaveLength(1);
    const page = ok(await f.request(V.teacher, LIST, { first: 2 })).suppliers;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const stranger = { ...viewer('stranger', [[Role.DISTRICT_ADMIN, null]]), districtId: '01900000-0000-7000-8000-000001000099' };
    expect(ok(await f.request(stranger, LIST, {})).suppliers.nodes).toEqual([]);
    expectCode(await f.request(stranger, 'query($id: ID!) { supplier(id: $id) { id } }', { id: all[0].id }), 'NOT_FOUND');
    expectCode(await f.request(stranger, UPDATE, { input: { id: all[0].id, version: 1, status: 'SUSPENDED' } }), 'NOT_FOUND');
    // A code is unique per district: another district may register the same company.
    ok(await f.request(stranger, CREATE, { input: { name: 'Same company, other district', creditCode: VALID[0] } }));
    expect(ok(await f.request(stranger, LIST, {})).suppliers.nodes).toHaveLength(1);
  });
});
