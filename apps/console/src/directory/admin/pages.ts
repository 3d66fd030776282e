import type { ConsolePage } from '../../app/pages';

/** District administration: schools, campuses, accounts and roles, webhooks, dead letters. */
export const directoryAdminPages: ConsolePage[] = [];
