import { CanteenOperation } from './canteen.entity';
import { checkDistinctNames, checkLicenceCurrent, checkOperation, normalLicenceNumber } from './canteen.rules';

const fieldOf = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return (error as { extensions: { field?: string; code: string } }).extensions;
  }
  return null;
};

describe('canteen rules', () => {
  it('a contracted canteen needs its contractor, a school-run one has none', () => {
    expect(fieldOf(() => checkOperation(CanteenOperation.CONTRACTED, 'supplier-1'))).toBeNull();
    expect(fieldOf(() => checkOperation(CanteenOperation.SCHOOL_RUN, null))).toBeNull();
    expect(fieldOf(() => checkOperation(CanteenOperation.CONTRACTED, null))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contractorSupplierId',
    });
    expect(fieldOf(() => checkOperation(CanteenOperation.SCHOOL_RUN, 'supplier-1'))).toMatchObject({ field: 'contractorSupplierId' });
  });

  it('a licence expiring today is current; one expired yesterday is refused', () => {
    expect(fieldOf(() => checkLicenceCurrent('2026-09-01', '2026-09-01'))).toBeNull();
    expect(fieldOf(() => checkLicenceCurrent('2026-08-31', '2026-09-01'))).toMatchObject({ field: 'licenceExpiresOn' });
  });

  it('storage location names are distinct regardless of case and spaces', () => {
    expect(fieldOf(() => checkDistinctNames(['Dry store', 'Freezer 1'], 'storageLocations'))).toBeNull();
    expect(fieldOf(() => checkDistinctNames(['Freezer', ' freezer '], 'storageLocations'))).toMatchObject({ field: 'storageLocations' });
  });

  it('licence numbers are kept upper case', () => {
    expect(normalLicenceNumber(' jy13301100045678 ')).toBe('JY13301100045678');
  });
});
