import { StaffPost } from './staff.entity';
import type { UpdateStaffInput } from './staff.inputs';
import { distinctPosts, EMPLOYEE_NUMBER, PHONE, staffChanges, storedEmployeeNumber } from './staff.rules';

const update = (fields: Partial<UpdateStaffInput>) => ({ id: 'staff-1', version: 1, ...fields }) as UpdateStaffInput;

describe('employee numbers (工号)', () => {
  it('are letters, digits and -, stored in one case so uniqueness holds on every database', () => {
    expect(['S1001', 'cb-7', 'AB-77'].every((n) => EMPLOYEE_NUMBER.test(n))).toBe(true);
    expect(['CB 7', 'S1001/2', ''].some((n) => EMPLOYEE_NUMBER.test(n))).toBe(false);
    expect(storedEmployeeNumber('ab-77')).toBe('AB-77');
  });
});

describe('work phones', () => {
  it('are 5 to 20 digits, spaces, + or -', () => {
    expect(['0571-88001234', '13800001111', '+86 571 8800 1234'].every((p) => PHONE.test(p))).toBe(true);
    expect(['123', 'call the office', '1'.repeat(21)].some((p) => PHONE.test(p))).toBe(false);
  });
});

describe('posts and updates', () => {
  it('keeps each post once', () => {
    expect(distinctPosts([StaffPost.GARDENER, StaffPost.COOK, StaffPost.COOK])).toEqual([StaffPost.GARDENER, StaffPost.COOK]);
  });

  it('changes only what the update names; null clears the campus and the phone', () => {
    expect(staffChanges(update({ posts: [StaffPost.COOK] }))).toEqual({});
    const changes = staffChanges(update({ name: ' Qian Hongmei ', phone: ' 13800001111 ', active: false }));
    expect(changes).toEqual({ name: 'Qian Hongmei', phone: '13800001111', active: false });
    expect(staffChanges(update({ campusId: null, phone: null }))).toEqual({ campusId: null, phone: null });
  });
});
