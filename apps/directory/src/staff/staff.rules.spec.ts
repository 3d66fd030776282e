import { StaffPost } from './staff.entity';
import type { UpdateStaffInput } from './staff.inputs';
import { campusRefusal, distinctPosts, EMPLOYEE_NUMBER, PHONE, repeatedNumbers, staffChanges, storedEmployeeNumber } from './staff.rules';

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

describe('an import file', () => {
  it('reports each later row repeating an employee number, in stored form, with the row it repeats', () => {
    expect([...repeatedNumbers(['CX-1', 'cx-2', 'cx-1', 'CX-2', 'CX-1', 'CX-3'])]).toEqual([
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
    expect(repeatedNumbers(['A-1', 'A-2']).size).toBe(0);
  });

  it("refuses a campus that does not exist or is another school's", () => {
    expect(campusRefusal({ schoolId: 'school-1' }, 'school-1')).toBeNull();
    expect(campusRefusal({ schoolId: 'school-2' }, 'school-1')).toBe('campusId does not name a campus of that school.');
    expect(campusRefusal(undefined, 'school-1')).toBe('campusId does not name a campus of that school.');
  });
});
