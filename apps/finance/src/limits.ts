/** Longest text of each kind: the column lengths of the entities and the limits of the inputs. */
export const LIMITS = { name: 120, text: 500, code: 32, invoice: 32, unit: 16, attachment: 200 } as const;

/** Most rows one bulk import (importSuppliers, importBudgets) takes: a school's or the district's spreadsheet, checked and written in one transaction. */
export const MAX_IMPORT_ROWS = 500;

/**
 * How many budget categories the cost estimate assumes a school's byCategory lists (@listSize): a
 * district's usual chart of budget categories (预算科目); the demo district has 8. Nothing caps it.
 */
export const ASSUMED_CATEGORIES_PER_SCHOOL = 15;
