import type { Staff, StaffPost } from './staff.entity';
import type { UpdateStaffInput } from './staff.inputs';
import { optionalText } from '@houqin/common';

/** Employee number (工号): letters, digits and -. */
export const EMPLOYEE_NUMBER = /^[A-Za-z0-9-]+$/;

/** Work phone: 5 to 20 digits, spaces, + or -. */
export const PHONE = /^[0-9+\- ]{5,20}$/;

/**
 * The stored form of an employee number. 工号 compare case-insensitively on MySQL but not on the
 * embedded database, so one form is stored and the per-school uniqueness holds on both.
 */
export const storedEmployeeNumber = (employeeNumber: string): string => employeeNumber.toUpperCase();

/** The posts a person holds, each once. */
export const distinctPosts = (posts: StaffPost[]): StaffPost[] => [...new Set(posts)];

/** What an update changes besides the posts: omitted fields stay; a null campus or phone clears it. */
export function staffChanges(input: UpdateStaffInput): Partial<Staff> {
  const changes: Partial<Staff> = {};
  if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
  if (input.campusId !== undefined) changes.campusId = input.campusId ?? null;
  if (input.phone !== undefined) changes.phone = optionalText(input.phone);
  if (input.active !== undefined && input.active !== null) changes.active = input.active;
  return changes;
}

/** Why a campus is refused for a staff member of `schoolId`: none by that id (null), or another school's. */
export function campusRefusal(campus: { schoolId: string } | null | undefined, schoolId: string): string | null {
  return campus && campus.schoolId === schoolId ? null : 'campusId does not name a campus of that school.';
}

/** Why an employee number already held at the school is refused. */
export const numberTakenMessage = (employeeNumber: string): string => `Employee number ${employeeNumber} is already used at this school.`;

/**
 * Rows of one import that repeat an employee number of an earlier row (in stored form, so `cb-7`
 * repeats `CB-7`): row index → the index of the row it repeats. The first occurrence is not reported.
 */
export function repeatedNumbers(employeeNumbers: readonly string[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  employeeNumbers.forEach((number, row) => {
    const stored = storedEmployeeNumber(number);
    const earlier = first.get(stored);
    if (earlier === undefined) first.set(stored, row);
    else repeats.set(row, earlier);
  });
  return repeats;
}
