import type { ConsoleArea } from '../app/pages';
import { appraisalPages } from './appraisal/pages';
import { assetPages } from './assets/pages';
import { dutyPages } from './duty/pages';
import { maintenancePages } from './maintenance/pages';
import { meterPages } from './meters/pages';
import { patrolPages } from './patrols/pages';
import { printingPages } from './printing/pages';
import { placePages } from './places/pages';
import { repairPages } from './repairs/pages';
import { stocktakePages } from './stocktake/pages';
import { storeroomPages } from './storeroom/pages';

/**
 * The facilities service's pages (后勤资产): places and their QR labels, the asset register and its
 * stocktakes, the storeroom and requisitions, repair work orders (维修工单), preventive maintenance
 * (预防性维护) and patrols (巡视), the duty task sheet (工作叙事表) and appraisal (考核), meters and the print centre. Each group of pages lives in its own folder here and is listed below.
 */
export const facilitiesArea: ConsoleArea = {
  key: 'facilities',
  title: { zh: '后勤资产', en: 'Facilities' },
  pages: [
    ...placePages,
    ...assetPages,
    ...meterPages,
    ...printingPages,
    ...stocktakePages,
    ...storeroomPages,
    ...repairPages,
    ...maintenancePages,
    ...patrolPages,
    ...dutyPages,
    ...appraisalPages,
  ],
};
