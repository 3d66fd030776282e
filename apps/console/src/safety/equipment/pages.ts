import type { ConsolePage } from '../../app/pages';

/** Safety equipment (消防器材): the register with today's status, monthly checks, services and scrapping. */
export const equipmentPages: ConsolePage[] = [
  {
    path: 'safety/equipment',
    load: () => import('./EquipmentPage'),
    menu: { zh: '消防器材', en: 'Safety equipment' },
    visible: (access) => access.can('recordEquipmentCheck') || access.can('readSafety'),
  },
];
