import { SupplierStatus } from './supplier.entity';
import { creditCodeCheckChar, isValidCreditCode, requireFoodLicence, whyNotOrderable } from './supplier.rules';
import { fieldOf } from '../../test/thrown';

describe('the unified social credit code (统一社会信用代码, GB 32100-2015)', () => {
  const body = '91330102MA27XK5P1';
  const valid = body + creditCodeCheckChar(body);

  it('is 18 characters whose last is the mod-31 check character of the first 17', () => {
    expect(isValidCreditCode(valid)).toBe(true);
    const wrongCheck = body + (creditCodeCheckChar(body) === '0' ? '1' : '0');
    expect(isValidCreditCode(wrongCheck)).toBe(false);
  });

  it('refuses a wrong length, lower case and the letters the standard leaves out (I, O, S, V, Z)', () => {
    expect(isValidCreditCode(valid.slice(0, 17))).toBe(false);
    expect(isValidCreditCode(`${valid}0`)).toBe(false);
    expect(isValidCreditCode(valid.toLowerCase())).toBe(false);
    for (const letter of 'IOSVZ') expect(isValidCreditCode(`${body.slice(0, 10)}${letter}${body.slice(11)}0`)).toBe(false);
  });
});

describe('food suppliers', () => {
  it('need the licence number and expiry, each named when missing', () => {
    expect(fieldOf(() => requireFoodLicence({ foodSupplier: true }))).toBe('foodLicenceNumber');
    expect(fieldOf(() => requireFoodLicence({ foodSupplier: true, foodLicenceNumber: 'JY1' }))).toBe('foodLicenceExpiresOn');
    expect(fieldOf(() => requireFoodLicence({ foodSupplier: true, foodLicenceNumber: 'JY1', foodLicenceExpiresOn: '2030-01-01' }))).toBe(
      'none',
    );
    expect(fieldOf(() => requireFoodLicence({ foodSupplier: false }))).toBe('none');
  });
});

describe('who may be ordered from', () => {
  const supplier = { name: 'Veg Co.', status: SupplierStatus.ACTIVE, foodSupplier: true, foodLicenceExpiresOn: '2026-06-30' };

  it('an active supplier, with a food licence valid on the day for food', () => {
    expect(whyNotOrderable(supplier, '2026-06-30')).toBeNull();
    expect(whyNotOrderable({ ...supplier, foodSupplier: false, foodLicenceExpiresOn: null }, '2026-07-01')).toBeNull();
  });

  it('not a suspended one, nor a food supplier whose licence has expired', () => {
    expect(whyNotOrderable({ ...supplier, status: SupplierStatus.SUSPENDED }, '2026-06-01')).toMatch(/suspended/);
    expect(whyNotOrderable(supplier, '2026-07-01')).toMatch(/expired on 2026-06-30/);
  });
});
