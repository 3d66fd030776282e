import type { School } from './school.entity';
import type { UpdateSchoolInput } from './school.inputs';
import { optionalText } from '@houqin/common';

/** Official school code (学校标识码): 10 digits, unique in the district. */
export const SCHOOL_CODE = /^\d{10}$/;

/** Enrolled students (在校生人数) a school may report. */
export const STUDENT_COUNT = { min: 0, max: 100000 } as const;

/** What an update changes: omitted (or null) fields stay as they are, except a null address, which clears it. */
export function schoolChanges(input: UpdateSchoolInput): Partial<School> {
  const changes: Partial<School> = {};
  if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
  if (input.kind !== undefined && input.kind !== null) changes.kind = input.kind;
  if (input.address !== undefined) changes.address = optionalText(input.address);
  if (input.studentCount !== undefined && input.studentCount !== null) changes.studentCount = input.studentCount;
  if (input.active !== undefined && input.active !== null) changes.active = input.active;
  return changes;
}
