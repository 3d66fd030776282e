import { alreadyOpen, estimatedUnitPriceFen, isDue, reorderTitle, suggestedQuantity, totalFen } from './reorder.rules';

describe('reorder rules', () => {
  it('an item is due at or below its reorder point', () => {
    expect(isDue(3, 5)).toBe(true);
    expect(isDue(5, 5)).toBe(true);
    expect(isDue(6, 5)).toBe(false);
  });

  it('suggests enough to reach reorder point + reorder quantity', () => {
    expect(suggestedQuantity(3, 5, 20)).toBe(22); // chalk: 3 boxes, point 5, batch 20 → 25 once received
    expect(suggestedQuantity(0, 5, 20)).toBe(25);
    expect(suggestedQuantity(5, 5, 20)).toBe(20);
    expect(suggestedQuantity(6, 5, 20)).toBeNull();
    expect(suggestedQuantity(0, 0, 0)).toBe(1); // at least one unit
  });

  it('estimates at the last receipt cost, else the standard cost, in integer fen', () => {
    expect(estimatedUnitPriceFen({ lastUnitCostFen: 1250, standardUnitCostFen: 1000 })).toBe(1250);
    expect(estimatedUnitPriceFen({ lastUnitCostFen: null, standardUnitCostFen: 1000 })).toBe(1000);
    expect(
      totalFen([
        { quantity: 22, estimatedUnitPriceFen: 350 },
        { quantity: 3, estimatedUnitPriceFen: 1999 },
      ]),
    ).toBe(13697);
  });

  it('titles the draft by its first item and the count', () => {
    expect(reorderTitle(['白粉笔'])).toBe('补货 (reorder): 白粉笔');
    expect(reorderTitle(['白粉笔', 'A4 纸'])).toBe('补货 (reorder): 白粉笔 等 2 项');
  });

  it('finds the items already on an open reorder', () => {
    expect(alreadyOpen(['a', 'b', 'c'], new Set(['b', 'x']))).toEqual(['b']);
  });
});
