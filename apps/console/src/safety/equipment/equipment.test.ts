import { describe, expect, it } from 'vitest';
import { asksPressure, nextDue } from './equipment';

describe('the equipment register (器材台账)', () => {
  it('shows the soonest of check, service and expiry, and whether it is past', () => {
    expect(nextDue({ nextCheckOn: '2026-12-10', nextServiceOn: '2027-03-01', expiresOn: '2031-01-01' }, '2026-12-04')).toEqual({
      on: '2026-12-10',
      what: 'CHECK',
      past: false,
    });
    expect(nextDue({ nextCheckOn: '2026-12-10', nextServiceOn: null, expiresOn: '2026-11-30' }, '2026-12-04')).toEqual({
      on: '2026-11-30',
      what: 'EXPIRY',
      past: true,
    });
  });

  it('asks for the pressure gauge of an extinguisher only', () => {
    expect(asksPressure('FIRE_EXTINGUISHER')).toBe(true);
    expect(asksPressure('AED')).toBe(false);
  });
});
