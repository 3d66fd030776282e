import { budgetMeasure } from './budget';
import { canteenMeasure } from './canteen';
import { canteenComplianceMeasure } from './canteen-compliance';
import { assetValueMeasure, printingMeasure, utilitiesMeasure } from './facilities';
import { perStudentMeasure } from './per-student';
import { repairsMeasure } from './repairs';
import { upkeepMeasure } from './upkeep';
import type { DistrictMeasure } from './types';

/** The district dashboard's measures, in the order of the table's columns and the charts (see types.ts to add one). */
export const DISTRICT_MEASURES: DistrictMeasure[] = [
  budgetMeasure,
  perStudentMeasure,
  canteenMeasure,
  canteenComplianceMeasure,
  assetValueMeasure,
  utilitiesMeasure,
  printingMeasure,
  repairsMeasure,
  upkeepMeasure,
];

export type { ChartContext, DistrictMeasure, FigureKind, Label, Measure, MeasureColumn } from './types';
