import type { ConsolePage } from '../../app/pages';

/** Incidents (安全事故): the school's incidents, one with its investigation, actions and report to the district. */
export const incidentPages: ConsolePage[] = [
  {
    path: 'safety/incidents',
    load: () => import('./IncidentListPage'),
    menu: { zh: '安全事故', en: 'Incidents' },
    visible: (access) => access.can('reportIncident') || access.can('readSafety'),
  },
  { path: 'safety/incidents/:id', load: () => import('./IncidentDetailPage') },
];
