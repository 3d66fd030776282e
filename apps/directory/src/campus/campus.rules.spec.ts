import { checkMoveDate, checkRoomForCampus, lastDayBefore, MAX_CAMPUSES_PER_SCHOOL } from './campus.rules';

/** The field and message a rule refuses with, or null when it allows. */
function refusal(check: () => void): { field: unknown; message: string } | null {
  try {
    check();
    return null;
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: { code: string; field: unknown } };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { field: extensions.field, message };
  }
}

describe('when a campus move may take effect', () => {
  const today = '2026-03-10';

  it('today or earlier, after the current assignment began', () => {
    expect(refusal(() => checkMoveDate('2026-03-10', today, '2024-09-01'))).toBeNull();
    expect(refusal(() => checkMoveDate('2024-09-02', today, '2024-09-01'))).toBeNull();
    expect(refusal(() => checkMoveDate('2020-01-01', today, null))).toBeNull();
  });

  it('not tomorrow: the campus changes school as soon as the move is recorded', () => {
    const tomorrow = refusal(() => checkMoveDate('2026-03-11', today, '2024-09-01'));
    expect(tomorrow).toEqual({ field: 'effectiveOn', message: expect.stringMatching(/must not be in the future/) });
  });

  it('not on or before the day the current assignment began, so periods never overlap', () => {
    for (const effectiveOn of ['2024-09-01', '2023-01-15']) {
      expect(refusal(() => checkMoveDate(effectiveOn, today, '2024-09-01'))).toEqual({
        field: 'effectiveOn',
        message: 'effectiveOn must be after 2024-09-01, when the current assignment began.',
      });
    }
  });

  it('closes the old period the day before, across month and year ends', () => {
    expect(lastDayBefore('2025-09-01')).toBe('2025-08-31');
    expect(lastDayBefore('2024-03-01')).toBe('2024-02-29');
    expect(lastDayBefore('2026-01-01')).toBe('2025-12-31');
  });
});

describe('how many campuses a school may have', () => {
  it('one more while below the bound, none at it', () => {
    expect(refusal(() => checkRoomForCampus(MAX_CAMPUSES_PER_SCHOOL - 1))).toBeNull();
    expect(refusal(() => checkRoomForCampus(MAX_CAMPUSES_PER_SCHOOL))?.field).toBe('schoolId');
  });
});
