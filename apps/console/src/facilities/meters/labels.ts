import type { Label } from '../../shared/labels';

/** What a meter measures (能源种类), as the graph's Utility. */
export const UTILITY: Record<string, Label> = {
  WATER: { zh: '水', en: 'Water' },
  ELECTRICITY: { zh: '电', en: 'Electricity' },
  GAS: { zh: '燃气', en: 'Gas' },
};

export const UTILITY_COLOR: Record<string, string> = { WATER: '#1677ff', ELECTRICITY: '#faad14', GAS: '#fa541c' };

/** Kind of meter anomaly (水电表异常类型). */
export const ANOMALY_KIND: Record<string, Label> = {
  NIGHT_USE: { zh: '夜间用量异常', en: 'Night use' },
  NON_SCHOOL_DAY_USE: { zh: '非上学日用量异常', en: 'Non-school-day use' },
  READING_DECREASED: { zh: '读数倒退', en: 'Reading went down' },
};

/** How a reading came in (读数来源). */
export const READING_SOURCE: Record<string, Label> = {
  MANUAL: { zh: '抄表录入', en: 'Entered' },
  IMPORT: { zh: '批量导入', en: 'Imported' },
};
