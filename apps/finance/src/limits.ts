/** Longest text of each kind: the column lengths of the entities and the limits of the inputs. */
export const LIMITS = { name: 120, text: 500, code: 32, invoice: 32, unit: 16, attachment: 200 } as const;
