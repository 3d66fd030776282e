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
