import { approvalRequired, checkQuantity, estimateUnitFen, issueValueFen, lineTotalFen } from './storeroom.rules';

describe('storeroom rules', () => {
  it('accepts whole quantities of at least one unit and names the field otherwise', () => {
    expect(checkQuantity(3, 'lines.0.quantity')).toBe(3);
    for (const bad of [0, -1, 1.5, Number.NaN, 2_000_000]) {
      expect(() => checkQuantity(bad, 'lines.0.quantity')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'lines.0.quantity' }) }),
      );
    }
  });

  it('prices a line exactly: 50 boxes at ¥12.50 are ¥625.00', () => {
    expect(lineTotalFen(50, 1250)).toBe(62_500);
    expect(lineTotalFen(3, 2333)).toBe(6999);
  });

  it('issues at the moving average, rounded to the fen, and the issue that empties the stock takes the rest', () => {
    // 3 reams worth ¥69.99 (¥23.33 each): 1 + 1 + 1 take 23.33, 23.33 and the rest 23.33
    expect(issueValueFen(3, 6999, 1)).toBe(2333);
    // 3 units worth 100 fen: 33.33… rounds to 33, then 2 units worth 67: 33.5 → 34, the last takes 33
    expect(issueValueFen(3, 100, 1)).toBe(33);
    expect(issueValueFen(2, 67, 1)).toBe(34);
    expect(issueValueFen(1, 33, 1)).toBe(33);
    expect(issueValueFen(60, 75_600, 2)).toBe(2520);
    expect(issueValueFen(7, 1000, 7)).toBe(1000);
    expect(() => issueValueFen(2, 100, 3)).toThrow(RangeError);
  });

  it('never lets the value drift from the goods: a run of issues to empty takes exactly the value', () => {
    let quantity = 97;
    let value = 123_457;
    let taken = 0;
    for (const n of [1, 5, 13, 2, 40, 7, 29]) {
      const v = issueValueFen(quantity, value, n);
      quantity -= n;
      value -= v;
      taken += v;
      expect(value).toBeGreaterThanOrEqual(0);
    }
    expect(quantity).toBe(0);
    expect(value).toBe(0);
    expect(taken).toBe(123_457);
  });

  it('needs approval only above the limit', () => {
    expect(approvalRequired(50_000, 50_000)).toBe(false);
    expect(approvalRequired(50_001, 50_000)).toBe(true);
  });

  it('estimates at the stock’s average, else the last receipt cost, else the standard cost', () => {
    expect(estimateUnitFen({ quantity: 60, valueFen: 75_600 }, 1310, 1200)).toBe(1260);
    expect(estimateUnitFen({ quantity: 0, valueFen: 0 }, 1310, 1200)).toBe(1310);
    expect(estimateUnitFen(null, null, 1200)).toBe(1200);
  });
});
