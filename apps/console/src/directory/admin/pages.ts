import type { ConsolePage } from '../../app/pages';
import { districtOnly } from './admin-access';

/**
 * District administration (学区管理): schools and campuses, accounts and roles, webhooks, dead letters.
 * District roles only: administrators change, auditors look (each changing control is gated on its action).
 */
export const directoryAdminPages: ConsolePage[] = [
  { path: 'admin/schools', load: () => import('./schools/SchoolsPage'), menu: { zh: '学校', en: 'Schools' }, visible: districtOnly },
  { path: 'admin/schools/:id', load: () => import('./schools/SchoolDetailPage'), visible: districtOnly },
  {
    path: 'admin/accounts',
    load: () => import('./accounts/AccountsPage'),
    menu: { zh: '账号与角色', en: 'Accounts and roles' },
    visible: districtOnly,
  },
  {
    path: 'admin/webhooks',
    load: () => import('./webhooks/WebhooksPage'),
    menu: { zh: 'Webhook 接收地址', en: 'Webhooks' },
    visible: districtOnly,
  },
  { path: 'admin/webhooks/:id', load: () => import('./webhooks/WebhookDetailPage'), visible: districtOnly },
  {
    path: 'admin/dead-letters',
    load: () => import('./dead-letters/DeadLettersPage'),
    menu: { zh: '死信', en: 'Dead letters' },
    visible: districtOnly,
  },
];
