import type { ConsolePage } from '../../app/pages';

/** Registers (台账) of the directory: staff. */
export const directoryRegisterPages: ConsolePage[] = [
  {
    path: 'directory/staff',
    load: () => import('./StaffRegisterPage'),
    menu: { zh: '教职工台账', en: 'Staff register' },
    // Staff of one's schools are readable by any viewer; the register is for those who manage them.
    visible: (access) =>
      access.isDistrict || access.can('importStaff') || access.hasRole('PRINCIPAL', 'GENERAL_AFFAIRS_DIRECTOR', 'ACCOUNTANT'),
  },
];
