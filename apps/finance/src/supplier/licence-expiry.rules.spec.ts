import { licenceStateOn, warningHorizon } from './licence-expiry.rules';

describe('a food licence on a given day', () => {
  const today = '2026-03-02';

  it('is nothing yet more than 30 days before its last valid day', () => {
    expect(licenceStateOn('2026-04-11', today)).toBeNull();
    expect(licenceStateOn('2026-04-02', today)).toBeNull();
  });

  it('is EXPIRING from 30 days before its last valid day up to that day itself', () => {
    expect(licenceStateOn('2026-04-01', today)).toEqual({ state: 'EXPIRING', daysLeft: 30 });
    expect(licenceStateOn('2026-03-07', today)).toEqual({ state: 'EXPIRING', daysLeft: 5 });
    expect(licenceStateOn(today, today)).toEqual({ state: 'EXPIRING', daysLeft: 0 });
  });

  it('is EXPIRED from the day after its last valid day', () => {
    expect(licenceStateOn('2026-03-01', today)).toEqual({ state: 'EXPIRED', daysLeft: -1 });
    expect(licenceStateOn('2025-03-02', today)).toEqual({ state: 'EXPIRED', daysLeft: -365 });
  });

  it('counts calendar days across month ends, year ends and leap days', () => {
    expect(licenceStateOn('2028-03-01', '2028-02-28')).toEqual({ state: 'EXPIRING', daysLeft: 2 });
    expect(licenceStateOn('2026-01-30', '2025-12-31')).toEqual({ state: 'EXPIRING', daysLeft: 30 });
  });

  it('announces on a day every expiry up to 30 days ahead', () => {
    expect(warningHorizon(today)).toBe('2026-04-01');
    expect(licenceStateOn(warningHorizon(today), today)?.state).toBe('EXPIRING');
  });
});
