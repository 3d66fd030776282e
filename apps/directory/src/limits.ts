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
} as const;
