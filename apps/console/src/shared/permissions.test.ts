import { describe, expect, it } from 'vitest';
import { can, schoolsWhere } from './permissions';

const director = [{ action: 'approvePurchaseRequest', everywhere: false, schoolIds: ['school-a'] }];
const auditor = [{ action: 'readBooks', everywhere: true, schoolIds: [] }];

describe('gating a button on what the viewer may do', () => {
  it('allows a school role only at its school', () => {
    expect(can(director, 'approvePurchaseRequest', 'school-a')).toBe(true);
    expect(can(director, 'approvePurchaseRequest', 'school-b')).toBe(false);
    expect(can(director, 'approvePurchaseRequest')).toBe(true);
    expect(can(director, 'payPurchase', 'school-a')).toBe(false);
  });

  it('allows a district role at every school', () => {
    expect(can(auditor, 'readBooks', 'school-b')).toBe(true);
    expect(schoolsWhere(auditor, 'readBooks')).toBe('all');
    expect(schoolsWhere(director, 'approvePurchaseRequest')).toEqual(['school-a']);
    expect(schoolsWhere(director, 'createSupplier')).toEqual([]);
  });
});
