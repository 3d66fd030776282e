import { MAX_FEN } from '@houqin/common';
import { receive, requirePricePerLine, totalOf } from './purchase.rules';
import { fieldOf } from '../../test/thrown';

describe('purchase rules', () => {
  it('a total is quantity × unit price over the lines, more than nothing and still exact', () => {
    expect(
      totalOf(
        [
          { quantity: 3, unitPriceFen: 1_250 },
          { quantity: 1, unitPriceFen: 99 },
        ],
        'request',
      ),
    ).toBe(3_849);
    expect(fieldOf(() => totalOf([{ quantity: 3, unitPriceFen: 0 }], 'order'))).toBe('lines');
    expect(fieldOf(() => totalOf([{ quantity: 100_000, unitPriceFen: MAX_FEN }], 'request'))).toBe('lines');
  });

  it('an order prices every line of the request', () => {
    expect(fieldOf(() => requirePricePerLine(2, 1))).toBe('lines');
    expect(fieldOf(() => requirePricePerLine(2, 2))).toBe('none');
  });

  describe('receipt (验收)', () => {
    const lines = [
      { id: 'pens', description: 'Pens', unit: 'box', quantity: 5, receivedQuantity: 2 },
      { id: 'paper', description: 'Paper', unit: 'box', quantity: 1, receivedQuantity: 0 },
    ];

    it('adds what arrived and says when everything has', () => {
      const part = receive(lines, [{ lineId: 'pens', quantity: 3 }]);
      expect([...part.receivedById]).toEqual([
        ['pens', 5],
        ['paper', 0],
      ]);
      expect(part.complete).toBe(false);
      expect(
        receive(lines, [
          { lineId: 'pens', quantity: 1 },
          { lineId: 'paper', quantity: 1 },
          { lineId: 'pens', quantity: 2 },
        ]).complete,
      ).toBe(true);
    });

    it('refuses an unknown line and more than is still expected, naming the entry', () => {
      expect(fieldOf(() => receive(lines, [{ lineId: 'chairs', quantity: 1 }]))).toBe('lines.0.lineId');
      expect(fieldOf(() => receive(lines, [{ lineId: 'pens', quantity: 4 }]))).toBe('lines.0.quantity');
      expect(
        fieldOf(() =>
          receive(lines, [
            { lineId: 'pens', quantity: 2 },
            { lineId: 'pens', quantity: 2 },
          ]),
        ),
      ).toBe('lines.1.quantity');
    });
  });
});
