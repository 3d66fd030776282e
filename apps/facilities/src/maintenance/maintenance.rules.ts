import { badInput, DECIMAL_TEXT, decimalThousandths as thousandths, nextByRule, shiftDate, thousandthsText } from '@houqin/common';
import { WorkOrderCategory } from '../repair/work-order.entity';
import {
  type ChecklistAnswer,
  type ChecklistItem,
  ChecklistItemKind,
  MaintenanceBasis,
  MaintenanceFrequency,
  rruleText,
} from './maintenance.entity';

/** Limits of a schedule: an interval of 1–366 units, opened 0–60 days ahead, 1–30 checklist items. */
export const INTERVAL_MAX = 366;
export const LEAD_DAYS_MAX = 60;
export const CHECKLIST_MAX = 30;

/**
 * The due day that follows a due day `dueOn` (PLAN: the plan's next; LAST_COMPLETION: null, the next is
 * known when this one is finished), and the due day after a completion on `completedOn` (LAST_COMPLETION:
 * one interval after it; PLAN: unchanged).
 */
export const dueAfterOpening = (
  s: { basis: MaintenanceBasis; frequency?: MaintenanceFrequency | null; interval?: number | null; startsOn: string },
  dueOn: string,
) => (s.basis === MaintenanceBasis.PLAN ? nextByRule(s.frequency!, s.interval!, s.startsOn, dueOn) : null);

export const dueAfterCompletion = (s: { frequency?: MaintenanceFrequency | null; interval?: number | null }, completedOn: string) =>
  nextByRule(s.frequency!, s.interval!, completedOn, completedOn);

/** True when a schedule due on `dueOn` is to be opened on `today`, `leadDays` ahead. */
export const isToOpen = (dueOn: string, leadDays: number, today: string) => shiftDate(dueOn, -leadDays) <= today;

/** The longest meter interval, in units: a billion hours or counts is nobody's plan. */
export const METER_INTERVAL_MAX = 1_000_000;

/** A meter's reading or interval as typed: a decimal of at most 3 places, not negative. BAD_USER_INPUT on `field`. */
export function meterUnits(text: string | null | undefined, field: string): number {
  const typed = text?.trim() ?? '';
  if (!DECIMAL_TEXT.test(typed) || typed.startsWith('-'))
    throw badInput(field, `${field} must be a number of units that is not negative, with at most 3 decimals, such as 1252.5.`);
  return thousandths(typed);
}

/** What a schedule by meter needs: a unit, an interval above 0 and a lead below it. BAD_USER_INPUT on the field at fault. */
export function checkMeterRule(unit: string | null | undefined, interval: number, lead: number): void {
  if (!unit?.trim()) throw badInput('meterUnit', 'A schedule by meter needs the unit its meter counts in, e.g. "h" for running hours.');
  if (interval <= 0 || interval > METER_INTERVAL_MAX * 1000)
    throw badInput('meterInterval', `meterInterval must be above 0 and at most ${METER_INTERVAL_MAX}: a schedule needs an interval.`);
  if (lead >= interval) throw badInput('meterLead', `meterLead must be below the interval (${thousandthsText(interval)}).`);
}

/** A schedule by meter falls due to open once its reading comes within its lead of the due reading. */
export const isMeterToOpen = (s: {
  meterReadingThousandths: number | null;
  nextDueReadingThousandths: number | null;
  meterLeadThousandths: number | null;
}) =>
  s.meterReadingThousandths != null &&
  s.nextDueReadingThousandths != null &&
  s.meterReadingThousandths >= s.nextDueReadingThousandths - (s.meterLeadThousandths ?? 0);

/** The reading a schedule by meter falls due at next: an interval after the reading at its last service. */
export const dueReadingAfterService = (s: { meterIntervalThousandths: number | null }, serviceReading: number) =>
  serviceReading + s.meterIntervalThousandths!;

/** A calendar schedule's interval: BAD_USER_INPUT on interval (a schedule with no interval is refused). */
export function checkInterval(interval: number): void {
  if (!Number.isInteger(interval) || interval < 1 || interval > INTERVAL_MAX)
    throw badInput('interval', `interval must be a whole number from 1 to ${INTERVAL_MAX}: a schedule needs an interval.`);
}

/** A schedule's lead in days, 0 to LEAD_DAYS_MAX: BAD_USER_INPUT on leadDays. */
export function checkLeadDays(leadDays: number): void {
  if (!Number.isInteger(leadDays) || leadDays < 0 || leadDays > LEAD_DAYS_MAX)
    throw badInput('leadDays', `leadDays must be a whole number from 0 to ${LEAD_DAYS_MAX}.`);
}

/** A checklist: 1 to CHECKLIST_MAX items, labels given, NUMBER limits decimal and in order. BAD_USER_INPUT on checklist.N. */
export function checkChecklist(items: readonly ChecklistItem[]): void {
  if (!items.length || items.length > CHECKLIST_MAX) throw badInput('checklist', `checklist must have 1 to ${CHECKLIST_MAX} items.`);
  items.forEach((item, i) => {
    if (!item.label?.trim() || item.label.length > 200)
      throw badInput(`checklist.${i}.label`, 'Each item needs a label of at most 200 characters.');
    for (const edge of ['min', 'max'] as const)
      if (item[edge] != null && !DECIMAL_TEXT.test(item[edge]!))
        throw badInput(`checklist.${i}.${edge}`, `${edge} must be a decimal such as 0.15.`);
    if (item.kind === ChecklistItemKind.NUMBER && item.min != null && item.max != null && thousandths(item.min) > thousandths(item.max))
      throw badInput(`checklist.${i}.max`, 'max must not be below min.');
  });
}

/** What a checklist answer gives: passed for PASS_FAIL, a value for NUMBER and READING, a photo for PHOTO. */
export interface GivenAnswer {
  passed?: boolean | null;
  value?: string | null;
  photoRef?: string | null;
}

/**
 * The answers of a checklist, one per item in order: each the kind of answer its item needs (BAD_USER_INPUT
 * on answers.N otherwise); a NUMBER passes within its limits, compared in thousandths.
 */
export function answerChecklist(items: readonly ChecklistItem[], given: readonly GivenAnswer[]): ChecklistAnswer[] {
  if (given.length !== items.length) throw badInput('answers', `Answer every item: ${items.length} answers, in checklist order.`);
  return items.map((item, i) => {
    const answer = given[i];
    const field = `answers.${i}`;
    switch (item.kind) {
      case ChecklistItemKind.PASS_FAIL:
        if (answer.passed == null) throw badInput(`${field}.passed`, `"${item.label}" is answered pass or fail.`);
        return { item: i, passed: answer.passed, value: null, photoRef: null };
      case ChecklistItemKind.NUMBER:
      case ChecklistItemKind.READING: {
        const value = answer.value?.trim();
        if (!value || !DECIMAL_TEXT.test(value)) throw badInput(`${field}.value`, `"${item.label}" needs a number such as 0.15.`);
        const n = thousandths(value);
        const within = (item.min == null || n >= thousandths(item.min)) && (item.max == null || n <= thousandths(item.max));
        return { item: i, passed: item.kind === ChecklistItemKind.READING || within, value, photoRef: null };
      }
      case ChecklistItemKind.PHOTO: {
        const photoRef = answer.photoRef?.trim();
        if (!photoRef || photoRef.length > 300) throw badInput(`${field}.photoRef`, `"${item.label}" needs a photo reference.`);
        return { item: i, passed: true, value: null, photoRef };
      }
    }
  });
}

/** A statutory schedule the district's schools start from (法定维保), by its code. */
export interface MaintenanceTemplate {
  code: string;
  title: string;
  category: WorkOrderCategory;
  /** The calendar rule; none for a schedule by meter. */
  frequency?: MaintenanceFrequency;
  interval?: number;
  basis: MaintenanceBasis;
  /** A schedule by meter: its unit, interval and lead as decimal text. */
  meter?: { unit: string; interval: string; lead: string };
  leadDays: number;
  basisNote: string;
  checklist: ChecklistItem[];
}

const pass = (label: string): ChecklistItem => ({ label, kind: ChecklistItemKind.PASS_FAIL });

/** A template's RRULE text; null for a schedule by meter. */
export const templateRule = (t: Pick<MaintenanceTemplate, 'frequency' | 'interval'>) =>
  t.frequency && t.interval ? rruleText(t.frequency, t.interval) : null;

/**
 * The templates shipped: lifts every 15 days (TSG T5002), the yearly fire-system test (GB 25201), water
 * tanks twice a year, and a standby generator every 250 running hours (the makers' usual interval).
 */
export const MAINTENANCE_TEMPLATES: readonly MaintenanceTemplate[] = [
  {
    code: 'LIFT_15_DAYS',
    title: '电梯半月维护保养 (lift maintenance every 15 days)',
    category: WorkOrderCategory.EQUIPMENT,
    frequency: MaintenanceFrequency.DAILY,
    interval: 15,
    basis: MaintenanceBasis.PLAN,
    leadDays: 2,
    basisNote: 'TSG T5002-2017: lifts are maintained at least every 15 days.',
    checklist: [
      pass('机房、滑轮间环境 (machine room clean and ventilated)'),
      pass('制动器各销轴部位润滑, 动作灵活 (brake pins lubricated, acting freely)'),
      pass('层门、轿门开关正常 (landing and car doors open and close properly)'),
      pass('紧急报警装置有效 (emergency alarm works)'),
      { label: '平层准确度 (levelling accuracy)', kind: ChecklistItemKind.NUMBER, min: '-15', max: '15', unit: 'mm' },
    ],
  },
  {
    code: 'FIRE_SYSTEM_YEARLY',
    title: '消防设施年度检测 (yearly fire-system test)',
    category: WorkOrderCategory.EQUIPMENT,
    frequency: MaintenanceFrequency.YEARLY,
    interval: 1,
    basis: MaintenanceBasis.PLAN,
    leadDays: 30,
    basisNote: 'GB 25201-2010 and the Fire Protection Law: the building fire-protection systems are tested at least once a year.',
    checklist: [
      pass('火灾自动报警系统功能 (automatic fire alarm system)'),
      { label: '消火栓静水压力 (hydrant static pressure)', kind: ChecklistItemKind.NUMBER, min: '0.10', max: '0.80', unit: 'MPa' },
      pass('应急照明与疏散指示 (emergency lighting and exit signs)'),
      pass('防火门闭门器 (fire-door closers)'),
      { label: '检测报告 (test report)', kind: ChecklistItemKind.PHOTO },
    ],
  },
  {
    code: 'WATER_TANK_HALF_YEARLY',
    title: '二次供水水箱清洗消毒 (water tank cleaning twice a year)',
    category: WorkOrderCategory.PLUMBING,
    frequency: MaintenanceFrequency.MONTHLY,
    interval: 6,
    basis: MaintenanceBasis.LAST_COMPLETION,
    leadDays: 7,
    basisNote: 'GB 17051-1997: secondary water-supply tanks are cleaned and disinfected at least twice a year.',
    checklist: [
      pass('水箱清洗 (tank cleaned)'),
      pass('消毒 (disinfected)'),
      { label: '余氯 (residual chlorine)', kind: ChecklistItemKind.NUMBER, min: '0.05', max: '2.00', unit: 'mg/L' },
      { label: '水质检测报告 (water test report)', kind: ChecklistItemKind.PHOTO },
    ],
  },
  {
    code: 'GENERATOR_250_HOURS',
    title: '备用柴油发电机组保养 (standby generator service every 250 running hours)',
    category: WorkOrderCategory.ELECTRICAL,
    basis: MaintenanceBasis.METER,
    meter: { unit: 'h', interval: '250', lead: '10' },
    leadDays: 7,
    basisNote:
      'The makers’ usual interval for diesel generator sets: oil, filters and belts every 250 running hours; read the hour meter (运行小时表) at each check.',
    checklist: [
      pass('机油及机油滤清器更换 (oil and oil filter changed)'),
      pass('燃油滤清器、空气滤清器 (fuel and air filters)'),
      pass('冷却液液位、皮带张紧 (coolant level, belt tension)'),
      { label: '蓄电池电压 (starter battery voltage)', kind: ChecklistItemKind.NUMBER, min: '24.0', max: '28.8', unit: 'V' },
      pass('带载试运行 (load test run)'),
    ],
  },
];
