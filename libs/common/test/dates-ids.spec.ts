import { isId, localMinute, newId, parseId, shiftDate, todayIn } from '../src';

describe('ids', () => {
  it('are UUIDv7, ordered by creation', async () => {
    const a = newId();
    await new Promise((r) => setTimeout(r, 2));
    const b = newId();
    expect(isId(a)).toBe(true);
    expect(a < b).toBe(true);
  });

  it('are validated with the field named', () => {
    expect(() => parseId('42', 'schoolId')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'schoolId' }) }),
    );
    expect(parseId('0190F3C2-7A4B-7C1D-9E2F-3A4B5C6D7E8F', 'id')).toBe('0190f3c2-7a4b-7c1d-9e2f-3a4b5c6d7e8f');
  });
});

describe('school dates', () => {
  it("take today's date in the school's zone, not the server's", () => {
    // 2026-03-01 17:30 UTC is already 2 March in Shanghai (UTC+8).
    const instant = new Date('2026-03-01T17:30:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-03-02');
    expect(todayIn('UTC', instant)).toBe('2026-03-01');
    expect(localMinute(instant, 'Asia/Shanghai')).toBe('2026-03-02 01:30');
    expect(localMinute(instant, 'UTC')).toBe('2026-03-01 17:30');
  });

  it('shift calendar dates across month ends', () => {
    expect(shiftDate('2024-09-01', -1)).toBe('2024-08-31');
    expect(shiftDate('2024-02-28', 1)).toBe('2024-02-29');
  });
});
