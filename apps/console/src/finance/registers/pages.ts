import type { ConsolePage } from '../../app/pages';

/** Registers (台账) of finance: suppliers, budgets. */
export const financeRegisterPages: ConsolePage[] = [];
