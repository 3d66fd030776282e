import type { ConsoleArea } from '../app/pages';
import { hazardPages } from './hazards/pages';
import { inspectionPages } from './inspections/pages';
import { safetyMonthPages } from './month/pages';
import { equipmentPages } from './equipment/pages';
import { trainingPages } from './training/pages';
import { meetingPages } from './meetings/pages';
import { incidentPages } from './incidents/pages';

/**
 * The safety service's pages (安全管理): inspections (安全检查), hazards with their rectification (隐患整改), safety
 * equipment (消防器材), training compliance (培训合规), meetings (安全会议) and incidents (安全事故) with their action
 * items, and a school's safety month (安全月报). Each group of pages lives in its own folder here and is listed below.
 */
export const safetyArea: ConsoleArea = {
  key: 'safety',
  title: { zh: '安全管理', en: 'Safety' },
  pages: [...inspectionPages, ...hazardPages, ...equipmentPages, ...trainingPages, ...meetingPages, ...incidentPages, ...safetyMonthPages],
};
