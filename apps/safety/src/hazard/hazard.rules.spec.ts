import { DEMO_TERMS } from '@houqin/demo';
import { checkDeadline, checkLevel, checkPlace, escalationLevelFor, schoolDaysAfter } from './hazard.rules';
import { HazardLevel } from './hazard.entity';

const terms = DEMO_TERMS.map((t) => ({ startsOn: t.startsOn, endsOn: t.endsOn }));

describe('the hazard rules', () => {
  it('count school days after a deadline on the school calendar: weekends do not count', () => {
    expect(schoolDaysAfter('2026-11-16', '2026-11-16', terms)).toBe(0);
    expect(schoolDaysAfter('2026-11-16', '2026-11-17', terms)).toBe(1);
    // Friday's deadline, checked on Monday: Saturday and Sunday do not count.
    expect(schoolDaysAfter('2026-11-20', '2026-11-23', terms)).toBe(1);
  });

  it('escalate one level a school day, up to the district', () => {
    expect([0, 1, 2, 3, 4, 9].map(escalationLevelFor)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  it('refuse the serious level unless the district enables it, a deadline in the past, and a hazard with no place', () => {
    expect(() => checkLevel(HazardLevel.SERIOUS, false, 'level')).toThrow(/serious level/);
    expect(() => checkLevel(HazardLevel.SERIOUS, true, 'level')).not.toThrow();
    expect(() => checkDeadline('2026-11-15', '2026-11-16', 'deadline')).toThrow(/in the past/);
    expect(() => checkDeadline('2026-11-16', '2026-11-16', 'deadline')).not.toThrow();
    expect(() => checkPlace({ location: '  ' })).toThrow(/Say where/);
    expect(() => checkPlace({ roomId: 'r' })).not.toThrow();
  });
});
