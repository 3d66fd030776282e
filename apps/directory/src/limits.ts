/** Column and input limits, one place for both. */
export const LIMITS = {
  name: 120,
  address: 255,
  code: 32,
  phone: 20,
  employeeNumber: 32,
  username: 64,
  reason: 500,
  timeZone: 64,
  /** Rows of one staff import (importStaff): a school's whole staff fits in one file. */
  staffImportRows: 500,
} as const;
