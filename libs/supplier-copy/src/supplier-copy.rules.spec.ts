import { whyNotReceivable } from './supplier-copy.rules';

const good = { status: 'ACTIVE', foodSupplier: true, foodLicenceExpiresOn: '2026-12-31' };

describe('whyNotReceivable', () => {
  it('accepts an active food supplier up to and including the last day of its licence', () => {
    expect(whyNotReceivable(good, '2026-09-01')).toBeNull();
    expect(whyNotReceivable(good, '2026-12-31')).toBeNull();
  });

  it('refuses the day after the licence expired, naming the expiry', () => {
    expect(whyNotReceivable(good, '2027-01-01')).toMatch(/expired on 2026-12-31/);
  });

  it('refuses a suspended supplier even with a valid licence', () => {
    expect(whyNotReceivable({ ...good, status: 'SUSPENDED' }, '2026-09-01')).toMatch(/suspended/);
  });

  it('refuses a supplier that is not a food supplier, and a food supplier without a licence', () => {
    expect(whyNotReceivable({ ...good, foodSupplier: false }, '2026-09-01')).toMatch(/not registered as a food supplier/);
    expect(whyNotReceivable({ ...good, foodLicenceExpiresOn: null }, '2026-09-01')).toMatch(/without a food-business licence/);
  });

  it('names the field it is given', () => {
    expect(whyNotReceivable({ ...good, status: 'SUSPENDED' }, '2026-09-01', 'contractorSupplierId')).toMatch(/^contractorSupplierId /);
  });
});
