import type { ConsoleArea } from '../app/pages';
import { hazardPages } from './hazards/pages';
import { inspectionPages } from './inspections/pages';
import { safetyMonthPages } from './month/pages';
import { equipmentPages } from './equipment/pages';
import { trainingPages } from './training/pages';

/**
 * The safety service's pages (安全管理): inspections (安全检查) and hazards with their rectification (隐患整改). Each group of pages
 * lives in its own folder here and is listed below.
 */
export const safetyArea: ConsoleArea = {
  key: 'safety',
  title: { zh: '安全管理', en: 'Safety' },
  pages: [...inspectionPages, ...hazardPages, ...equipmentPages, ...trainingPages, ...safetyMonthPages],
};
