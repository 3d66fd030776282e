import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  expiryState,
  filledRows,
  hasAmount,
  mayActAsSecond,
  needsQuarantineCertificate,
  needsTemperature,
  quantityInput,
  recordDeliveryInput,
  schoolToday,
  unitsFor,
} from './stock-helpers';

describe('units a quantity may be typed in', () => {
  it('weighs grams in kg, 斤, g and 两, and by the piece only when the catalogue knows a piece’s weight', () => {
    expect(unitsFor('GRAM')).toEqual(['KG', 'JIN', 'G', 'LIANG']);
    expect(unitsFor('GRAM', 50)).toContain('PIECE');
    expect(unitsFor('MILLILITRE')).toEqual(['L', 'ML']);
    expect(unitsFor('PIECE')).toEqual(['PIECE']);
  });

  it('sends the amount as typed, a string, never a float', () => {
    expect(quantityInput({ amount: ' 2.5 ', unit: 'KG' })).toEqual({ amount: '2.5', unit: 'KG' });
    expect(quantityInput({ amount: 0, unit: 'G' })).toEqual({ amount: '0', unit: 'G' });
    expect(quantityInput({ amount: '3', unit: 'BOX', perBox: 12 })).toEqual({ amount: '3', unit: 'BOX', perBox: 12 });
    expect(quantityInput(undefined)).toEqual({ amount: '', unit: 'KG' });
  });

  it('counts a zero as an amount (none found) and a blank as none', () => {
    expect(hasAmount({ amount: 0 })).toBe(true);
    expect(hasAmount({ amount: '0' })).toBe(true);
    expect(hasAmount({ amount: ' ' })).toBe(false);
    expect(hasAmount(undefined)).toBe(false);
  });
});

describe('the receiving form as RecordDeliveryInput', () => {
  const base = {
    canteenId: 'c1',
    supplierId: 's1',
    deliveredOn: '2026-12-02',
    invoiceNumber: ' FP-001 ',
    supplierLicenceNumber: 'JY13301090023456',
    remarks: '  ',
  };

  it('takes 50 kg of rice at ¥4.2 a kg, kept dry, 180 days from production, accepted into the dry store', () => {
    const input = recordDeliveryInput({
      ...base,
      items: [
        {
          ingredientId: 'rice',
          quantity: { amount: '50', unit: 'KG' },
          unitPrice: '¥4.2',
          batchNumber: ' B-1 ',
          productionDate: '2026-11-20',
          shelfLifeMode: 'DAYS',
          shelfLifeDays: 180,
          expiresOn: '2027-01-01',
          keptAt: 'DRY',
          arrivalTemperature: '20',
          locationId: 'dry',
          sensoryOk: true,
          accepted: true,
          rejectionReason: 'ignored',
        },
      ],
    });
    expect(input).toEqual({
      ...base,
      invoiceNumber: 'FP-001',
      remarks: null,
      items: [
        {
          ingredientId: 'rice',
          quantity: { amount: '50', unit: 'KG' },
          unitPrice: '4.20',
          batchNumber: 'B-1',
          productionDate: '2026-11-20',
          shelfLifeDays: 180,
          expiresOn: null,
          keptAt: 'DRY',
          arrivalTemperature: null,
          locationId: 'dry',
          quarantineCertificateNumber: null,
          sensoryOk: true,
          sensoryNotes: null,
          rejectionReason: null,
        },
      ],
    });
  });

  it('rejects frozen pork at −10 ℃ with the reason, sending the temperature and no location', () => {
    const [item] = recordDeliveryInput({
      ...base,
      items: [
        {
          ingredientId: 'pork',
          quantity: { amount: '20', unit: 'JIN' },
          unitPrice: '13',
          batchNumber: 'P-9',
          productionDate: '2026-12-01',
          shelfLifeMode: 'DATE',
          expiresOn: '2027-03-01',
          keptAt: 'FROZEN',
          arrivalTemperature: '−10',
          locationId: 'freezer',
          quarantineCertificateNumber: ' 3301-123 ',
          sensoryOk: false,
          sensoryNotes: '表面发粘',
          accepted: false,
          rejectionReason: ' 温度不合格 ',
        },
      ],
    }).items;
    expect(item).toMatchObject({
      shelfLifeDays: null,
      expiresOn: '2027-03-01',
      arrivalTemperature: '-10',
      locationId: null,
      quarantineCertificateNumber: '3301-123',
      sensoryOk: false,
      sensoryNotes: '表面发粘',
      rejectionReason: '温度不合格',
    });
  });

  it('sends goods without a shelf life with neither days nor a date, and a bad price as typed for the graph to name', () => {
    const [item] = recordDeliveryInput({ ...base, items: [{ shelfLifeMode: 'NONE', shelfLifeDays: 5, unitPrice: '4.205' }] }).items;
    expect(item.shelfLifeDays).toBeNull();
    expect(item.expiresOn).toBeNull();
    expect(item.unitPrice).toBe('4.205');
  });

  it('asks a temperature of chilled and frozen goods and a quarantine certificate of meat and poultry only', () => {
    expect([needsTemperature('DRY'), needsTemperature('CHILLED'), needsTemperature('FROZEN')]).toEqual([false, true, true]);
    expect(['MEAT', 'POULTRY', 'GRAIN', 'AQUATIC'].map(needsQuarantineCertificate)).toEqual([true, true, false, false]);
  });
});

describe('expiry (保质期至)', () => {
  it('is the school’s date, not the browser’s: 17:00 UTC is already tomorrow in Shanghai', () => {
    expect(schoolToday('Asia/Shanghai', new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
    expect(schoolToday('UTC', new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-02');
  });

  it('counts whole days, across a month and a year', () => {
    expect(daysUntil('2026-12-02', '2026-12-02')).toBe(0);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysUntil('2026-11-30', '2026-12-02')).toBe(-2);
  });

  it('is usable on its last day, expiring soon within N days, expired the day after', () => {
    const today = '2026-12-02';
    expect(expiryState('2026-12-02', today, 3)).toBe('SOON');
    expect(expiryState('2026-12-05', today, 3)).toBe('SOON');
    expect(expiryState('2026-12-06', today, 3)).toBe('OK');
    expect(expiryState('2026-12-01', today, 3)).toBe('EXPIRED');
    expect(expiryState(null, today, 3)).toBe('NONE');
    // The graph's word wins when it says so.
    expect(expiryState('2026-12-09', today, 3, true)).toBe('EXPIRED');
  });
});

describe('rows of a list form', () => {
  it('sends only filled rows and remembers each one’s row in the form', () => {
    const rows = [{ q: '1' }, { q: '' }, { q: '0' }];
    expect(
      filledRows(
        rows,
        (r) => r.q !== '',
        (r) => Number(r.q),
      ),
    ).toEqual({ inputs: [1, 0], formIndex: [0, 2] });
  });

  it('lets only a different person do the second look', () => {
    expect(mayActAsSecond('a', 'b')).toBe(true);
    expect(mayActAsSecond('a', 'a')).toBe(false);
    expect(mayActAsSecond('', 'a')).toBe(false);
  });
});
