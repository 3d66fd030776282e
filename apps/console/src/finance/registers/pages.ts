import type { ConsolePage } from '../../app/pages';

/** Those who read a school's books (finance's readBooks rule) or keep its supplier list. */
const FINANCE_ROLES = ['DISTRICT_ADMIN', 'DISTRICT_AUDITOR', 'PRINCIPAL', 'GENERAL_AFFAIRS_DIRECTOR', 'ACCOUNTANT'];

/** Registers (台账) of finance: suppliers, budgets. */
export const financeRegisterPages: ConsolePage[] = [
  {
    path: 'finance/suppliers',
    load: () => import('./SupplierRegisterPage'),
    menu: { zh: '供应商名录', en: 'Suppliers' },
    visible: (access) =>
      access.can('importSuppliers') || access.can('readBooks') || access.hasRole(...FINANCE_ROLES, 'CANTEEN_MANAGER', 'STOREKEEPER'),
  },
  {
    path: 'finance/budgets',
    load: () => import('./BudgetRegisterPage'),
    menu: { zh: '预算台账', en: 'Budgets' },
    visible: (access) => access.can('readBooks') || access.can('setBudget') || access.hasRole(...FINANCE_ROLES),
  },
];
