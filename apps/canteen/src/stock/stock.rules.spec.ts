import { applyPicks, costOfGain, costOfTake, fefoOrder, isExpired, type LotState, planIssue, stocktakeDifferences } from './stock.rules';

const lot = (id: string, expiresOn: string | null, balance: number, balanceCostFen: number, receivedOn = '2026-09-01'): LotState => ({
  id,
  expiresOn,
  receivedOn,
  balance,
  balanceCostFen,
});

describe('expiry', () => {
  it('a lot may be used on its expiry date and is expired from the next day; a lot without one never expires', () => {
    expect(isExpired({ expiresOn: '2026-09-07' }, '2026-09-07')).toBe(false);
    expect(isExpired({ expiresOn: '2026-09-07' }, '2026-09-08')).toBe(true);
    expect(isExpired({ expiresOn: null }, '2099-01-01')).toBe(false);
  });
});

describe('FEFO order and the pick plan', () => {
  it('takes the earlier-expiring lot first, then the next: 12 kg from 10 kg expiring sooner and 20 kg later', () => {
    const lots = [lot('b', '2026-12-01', 20_000, 9_000), lot('a', '2026-10-01', 10_000, 5_000)];
    expect(planIssue(lots, 12_000, '2026-09-07')).toEqual({
      ok: true,
      picks: [
        { lotId: 'a', quantity: 10_000, costFen: 5_000 },
        { lotId: 'b', quantity: 2_000, costFen: 900 },
      ],
    });
  });

  it('ties on expiry go to the lot received first, then to the lower id; lots without expiry come last', () => {
    const lots = [
      lot('n', null, 1, 1, '2026-01-01'),
      lot('c', '2026-10-01', 1, 1, '2026-09-02'),
      lot('b', '2026-10-01', 1, 1, '2026-09-01'),
      lot('a', '2026-10-01', 1, 1, '2026-09-02'),
    ];
    expect([...lots].sort(fefoOrder).map((l) => l.id)).toEqual(['b', 'a', 'c', 'n']);
  });

  it('never takes an expired lot, even when it expires first; says what is usable and what is expired when short', () => {
    const lots = [lot('old', '2026-09-01', 5_000, 2_000), lot('new', '2026-12-01', 3_000, 1_500), lot('empty', '2026-11-01', 0, 0)];
    expect(planIssue(lots, 3_000, '2026-09-07')).toEqual({ ok: true, picks: [{ lotId: 'new', quantity: 3_000, costFen: 1_500 }] });
    expect(planIssue(lots, 4_000, '2026-09-07')).toEqual({ ok: false, usable: 3_000, expired: 5_000 });
    expect(planIssue([lot('old', '2026-09-01', 5_000, 2_000)], 1, '2026-09-07')).toEqual({ ok: false, usable: 0, expired: 5_000 });
  });

  it('applies the picks of one line before the next line plans (two lines of one ingredient)', () => {
    const lots = [lot('a', '2026-10-01', 10, 100)];
    const first = planIssue(lots, 4, '2026-09-07');
    if (!first.ok) throw new Error('planned');
    const after = applyPicks(lots, first.picks);
    expect(after[0]).toMatchObject({ balance: 6, balanceCostFen: 60 });
    expect(planIssue(after, 7, '2026-09-07')).toEqual({ ok: false, usable: 6, expired: 0 });
  });
});

describe('exact cost split', () => {
  it('a take costs its share rounded down; the take that empties the lot takes the remainder, so the takes sum to the lot cost', () => {
    // 10 kg for 100.01 yuan taken in three of 3.333 kg-ish parts.
    let balance = 10_000;
    let cost = 10_001;
    const takes = [3_333, 3_333, 3_334].map((q) => {
      const c = costOfTake(balance, cost, q);
      balance -= q;
      cost -= c;
      return c;
    });
    expect(takes).toEqual([3_333, 3_333, 3_335]);
    expect(takes.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(cost).toBe(0);
  });

  it('any sequence of takes sums to exactly the lot cost, never more', () => {
    for (let seed = 1; seed <= 50; seed++) {
      let balance = 1_000 + seed * 37;
      let cost = 99_991 + seed;
      const total = cost;
      let sum = 0;
      while (balance > 0) {
        const q = Math.min(balance, 1 + ((seed * 7919 + balance) % 97));
        const c = costOfTake(balance, cost, q);
        expect(c).toBeGreaterThanOrEqual(0);
        sum += c;
        expect(sum).toBeLessThanOrEqual(total);
        balance -= q;
        cost -= c;
      }
      expect(sum).toBe(total);
    }
  });

  it('is exact beyond floating point (a lot worth billions of fen)', () => {
    expect(costOfTake(999_999_999, 999_999_999_999, 333_333_333)).toBe(333_333_333_333);
  });

  it('refuses a take that is not positive or more than the balance (a programming error, never reached by input)', () => {
    expect(() => costOfTake(10, 10, 0)).toThrow();
    expect(() => costOfTake(10, 10, 11)).toThrow();
  });

  it('a stocktake gain is valued at the received unit cost, rounded down', () => {
    expect(costOfGain(25_000, 12_500, 2_000)).toBe(1_000);
    expect(costOfGain(3, 100, 1)).toBe(33);
  });
});

describe('stocktake differences', () => {
  it('a lot counted 2 kg short becomes a STOCKTAKE_LOSS of 2 kg; a lot counted over a gain; equal counts nothing', () => {
    expect(
      stocktakeDifferences([
        { lotId: 'rice', systemQuantity: 18_000, countedQuantity: 16_000 },
        { lotId: 'oil', systemQuantity: 5_000, countedQuantity: 5_200 },
        { lotId: 'salt', systemQuantity: 1_000, countedQuantity: 1_000 },
        { lotId: 'eggs', systemQuantity: 30, countedQuantity: 0 },
      ]),
    ).toEqual([
      { lotId: 'rice', kind: 'STOCKTAKE_LOSS', quantity: -2_000 },
      { lotId: 'oil', kind: 'STOCKTAKE_GAIN', quantity: 200 },
      { lotId: 'eggs', kind: 'STOCKTAKE_LOSS', quantity: -30 },
    ]);
  });
});
