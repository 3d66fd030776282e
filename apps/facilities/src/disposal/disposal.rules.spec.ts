import { AssetDisposalApproverRole as R } from './disposal.entity';
import {
  approvalPath,
  approvalValue,
  DEFAULT_DISPOSAL_LEVELS,
  type DisposalLevel,
  DisposalValueBasis,
  levelsFor,
  levelsProblem,
} from './disposal.rules';

const THREE: DisposalLevel[] = [
  { role: R.GENERAL_AFFAIRS_DIRECTOR, upToFen: 500_000 },
  { role: R.PRINCIPAL, upToFen: 5_000_000 },
  { role: R.DISTRICT_ADMIN, upToFen: null },
];
const nobody = () => false;

describe('the levels a value needs (审批权限)', () => {
  it('by default the principal alone up to ¥50,000, the district too above it', () => {
    expect(levelsFor(DEFAULT_DISPOSAL_LEVELS, 720_000)).toEqual([R.PRINCIPAL]);
    expect(levelsFor(DEFAULT_DISPOSAL_LEVELS, 5_000_000)).toEqual([R.PRINCIPAL]);
    expect(levelsFor(DEFAULT_DISPOSAL_LEVELS, 5_000_001)).toEqual([R.PRINCIPAL, R.DISTRICT_ADMIN]);
    expect(levelsFor(DEFAULT_DISPOSAL_LEVELS, 8_000_000)).toEqual([R.PRINCIPAL, R.DISTRICT_ADMIN]);
  });

  it('every level up to the first whose limit covers the value', () => {
    expect(levelsFor(THREE, 0)).toEqual([R.GENERAL_AFFAIRS_DIRECTOR]);
    expect(levelsFor(THREE, 500_001)).toEqual([R.GENERAL_AFFAIRS_DIRECTOR, R.PRINCIPAL]);
    expect(levelsFor(THREE, 99_999_999)).toEqual([R.GENERAL_AFFAIRS_DIRECTOR, R.PRINCIPAL, R.DISTRICT_ADMIN]);
  });

  it('the basis picks cost (原值) or net book value (净值)', () => {
    const value = { costFen: 8_000_000, netBookValueFen: 1_000_000 };
    expect(approvalValue(DisposalValueBasis.COST, value)).toBe(8_000_000);
    expect(approvalValue(DisposalValueBasis.NET_BOOK_VALUE, value)).toBe(1_000_000);
  });
});

describe('the approval path: nobody approves their own request (阳光工程)', () => {
  it('is the levels needed when the requester holds none of them', () => {
    expect(approvalPath(THREE, 600_000, nobody)).toEqual([R.GENERAL_AFFAIRS_DIRECTOR, R.PRINCIPAL]);
  });

  it("skips the requester's own level: a director's request goes straight to the principal", () => {
    const director = (role: R) => role === R.GENERAL_AFFAIRS_DIRECTOR;
    expect(approvalPath(THREE, 600_000, director)).toEqual([R.PRINCIPAL]);
  });

  it('escalates when the requester holds the last level needed: the next level up approves instead', () => {
    const director = (role: R) => role === R.GENERAL_AFFAIRS_DIRECTOR;
    expect(approvalPath(THREE, 100_000, director)).toEqual([R.PRINCIPAL]);
    const principal = (role: R) => role === R.PRINCIPAL;
    expect(approvalPath(DEFAULT_DISPOSAL_LEVELS, 100_000, principal)).toEqual([R.DISTRICT_ADMIN]);
  });

  it('keeps the top level for another holder of its role when there is none above', () => {
    const all = () => true;
    expect(approvalPath(DEFAULT_DISPOSAL_LEVELS, 8_000_000, all)).toEqual([R.DISTRICT_ADMIN]);
  });
});

describe("a district's levels", () => {
  it('the defaults and a three-level list are sound', () => {
    expect(levelsProblem(DEFAULT_DISPOSAL_LEVELS)).toBeNull();
    expect(levelsProblem(THREE)).toBeNull();
    expect(levelsProblem([{ role: R.DISTRICT_ADMIN, upToFen: null }])).toBeNull();
  });

  it('refuses an empty list, roles out of order, a limited last level, an unlimited middle one, limits not rising', () => {
    expect(levelsProblem([])?.field).toBe('levels');
    expect(
      levelsProblem([
        { role: R.PRINCIPAL, upToFen: 100 },
        { role: R.GENERAL_AFFAIRS_DIRECTOR, upToFen: null },
      ])?.field,
    ).toBe('levels.1.role');
    expect(levelsProblem([{ role: R.PRINCIPAL, upToFen: 100 }])?.field).toBe('levels.0.upTo');
    expect(
      levelsProblem([
        { role: R.PRINCIPAL, upToFen: null },
        { role: R.DISTRICT_ADMIN, upToFen: null },
      ])?.field,
    ).toBe('levels.0.upTo');
    expect(
      levelsProblem([
        { role: R.GENERAL_AFFAIRS_DIRECTOR, upToFen: 500 },
        { role: R.PRINCIPAL, upToFen: 500 },
        { role: R.DISTRICT_ADMIN, upToFen: null },
      ])?.field,
    ).toBe('levels.1.upTo');
  });
});
