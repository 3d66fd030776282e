import type { GraphQLError } from 'graphql';
import { EquipmentKind, EquipmentStatus, ExtinguisherType } from './equipment.entity';
import { checkEquipmentFacts, checkRecordDay, dueDays, statusOn } from './equipment.rules';

const fieldOf = (act: () => unknown): string | undefined => {
  try {
    act();
  } catch (error) {
    return (error as GraphQLError).extensions?.field as string;
  }
  return undefined;
};
const extinguisher = (type: ExtinguisherType, manufacturedOn: string, extra = {}) => ({
  kind: EquipmentKind.FIRE_EXTINGUISHER,
  extinguisherType: type,
  manufacturedOn,
  contentsExpireOn: null,
  lastCheckedOn: null,
  lastServicedOn: null,
  ...extra,
});

describe('GB 50444: service and scrap by extinguisher type', () => {
  it.each([
    [ExtinguisherType.WATER_BASED, '2023-03-01', '2026-03-01', '2029-03-01'],
    [ExtinguisherType.DRY_POWDER, '2020-05-10', '2025-05-10', '2030-05-10'],
    [ExtinguisherType.CO2, '2020-05-10', '2025-05-10', '2032-05-10'],
    [ExtinguisherType.CLEAN_AGENT, '2020-05-10', '2025-05-10', '2030-05-10'],
  ])('%s made %s: first service %s, scrapped %s', (type, made, service, scrap) => {
    expect(dueDays(extinguisher(type, made), '2026-11-01')).toMatchObject({ nextServiceOn: service, expiresOn: scrap });
  });

  it('services again a year (water-based) or two years (the others) after the last', () => {
    expect(
      dueDays(extinguisher(ExtinguisherType.WATER_BASED, '2022-01-01', { lastServicedOn: '2025-02-01' }), '2026-11-01').nextServiceOn,
    ).toBe('2026-02-01');
    expect(
      dueDays(extinguisher(ExtinguisherType.DRY_POWDER, '2018-01-01', { lastServicedOn: '2025-02-01' }), '2026-11-01').nextServiceOn,
    ).toBe('2027-02-01');
  });

  it('checks monthly from the last check (or registration); contents’ expiry counts when earlier than the scrap age', () => {
    expect(
      dueDays(extinguisher(ExtinguisherType.DRY_POWDER, '2024-01-01', { lastCheckedOn: '2026-10-31' }), '2026-01-01').nextCheckOn,
    ).toBe('2026-11-30');
    const kit = {
      kind: EquipmentKind.FIRST_AID_KIT,
      extinguisherType: null,
      manufacturedOn: '2025-01-01',
      contentsExpireOn: '2027-06-30',
      lastCheckedOn: null,
      lastServicedOn: null,
    };
    expect(dueDays(kit, '2026-11-16')).toEqual({ nextCheckOn: '2026-12-16', nextServiceOn: null, expiresOn: '2027-06-30' });
  });
});

describe('today’s status, worst first', () => {
  const ok = { scrapped: false, expiresOn: '2030-01-01', lastCheckPassed: true, nextCheckOn: '2026-12-01', nextServiceOn: '2027-01-01' };
  it.each([
    [EquipmentStatus.OK, {}],
    [EquipmentStatus.SERVICE_DUE, { nextServiceOn: '2026-11-16' }],
    [EquipmentStatus.CHECK_OVERDUE, { nextCheckOn: '2026-11-15', nextServiceOn: '2026-01-01' }],
    [EquipmentStatus.FAILED, { lastCheckPassed: false, nextCheckOn: '2026-01-01' }],
    [EquipmentStatus.EXPIRED, { expiresOn: '2026-11-16', lastCheckPassed: false }],
    [EquipmentStatus.SCRAPPED, { scrapped: true, expiresOn: '2020-01-01' }],
  ])('%s', (status, extra) => {
    expect(statusOn({ ...ok, ...extra }, '2026-11-16')).toBe(status);
  });
});

describe('what a registration refuses', () => {
  it('an extinguisher without a type, a type on anything else, a manufacture date in the future or before 1990', () => {
    expect(fieldOf(() => checkEquipmentFacts({ kind: EquipmentKind.FIRE_EXTINGUISHER, manufacturedOn: '2024-01-01' }, '2026-11-16'))).toBe(
      'extinguisherType',
    );
    expect(
      fieldOf(() =>
        checkEquipmentFacts(
          { kind: EquipmentKind.AED, extinguisherType: ExtinguisherType.CO2, manufacturedOn: '2024-01-01' },
          '2026-11-16',
        ),
      ),
    ).toBe('extinguisherType');
    expect(fieldOf(() => checkEquipmentFacts({ kind: EquipmentKind.AED, manufacturedOn: '2026-11-17' }, '2026-11-16'))).toBe(
      'manufacturedOn',
    );
    expect(fieldOf(() => checkEquipmentFacts({ kind: EquipmentKind.AED, manufacturedOn: '1989-12-31' }, '2026-11-16'))).toBe(
      'manufacturedOn',
    );
    expect(fieldOf(() => checkRecordDay('2026-11-17', '2020-01-01', '2026-11-16'))).toBe('on');
  });
});
