import type { RepairFigures } from '../repairs';
import type { DistrictMeasure, MeasureColumn } from './types';

type Row = { repairs?: RepairFigures | null };

/** Preventive maintenance, patrols and appraisals per school (维保、巡视与考核), beside the work orders. */
export const UPKEEP_COLUMNS: MeasureColumn<Row>[] = [
  {
    key: 'maintenanceCompliance',
    title: { zh: '维保按时完成率', en: 'Maintenance on time' },
    kind: 'percent',
    value: (r) => r.repairs?.upkeep?.maintenanceCompliance ?? null,
  },
  {
    key: 'patrolCompleteness',
    title: { zh: '巡视完成率', en: 'Patrol checkpoints scanned' },
    kind: 'percent',
    value: (r) => r.repairs?.upkeep?.patrolCompleteness ?? null,
  },
  {
    key: 'appraised',
    title: { zh: '本学期已考核', en: 'Appraised this term' },
    kind: 'integer',
    value: (r) => r.repairs?.upkeep?.appraised ?? null,
  },
  {
    key: 'appraisalsConfirmed',
    title: { zh: '考核已确认', en: 'Appraisals confirmed' },
    kind: 'integer',
    value: (r) => r.repairs?.upkeep?.appraisalsConfirmed ?? null,
  },
  {
    key: 'meanAppraisalScore',
    title: { zh: '考核平均分', en: 'Mean appraisal score' },
    kind: 'integer',
    value: (r) => (r.repairs?.upkeep?.meanAppraisalScore == null ? null : Math.round(r.repairs.upkeep.meanAppraisalScore)),
  },
];

/**
 * Upkeep (维保与考核) per school in the dashboard's month: preventive maintenance done on time
 * (School.maintenanceCompliance), patrol checkpoints scanned (School.patrolCompleteness) and the term's
 * appraisals (School.appraisalSummary), from the repair query.
 */
export const upkeepMeasure: DistrictMeasure = {
  key: 'upkeep',
  title: { zh: '维保、巡视与考核', en: 'Maintenance, patrols and appraisals' },
  columns: UPKEEP_COLUMNS,
};
