import { addMonths, addYears, formatISO, parseISO } from 'date-fns';
import { badInput } from '@houqin/common';
import { EquipmentKind, EquipmentStatus, type ExtinguisherType } from './equipment.entity';

/**
 * GB 50444-2008《建筑灭火器配置验收及检查规范》§5.4: an extinguisher's first service (维修) after
 * manufacture and the interval after it, and its scrap age (报废年限) from manufacture, by type.
 */
export const GB50444: Record<ExtinguisherType, { firstServiceYears: number; serviceEveryYears: number; scrapYears: number }> = {
  WATER_BASED: { firstServiceYears: 3, serviceEveryYears: 1, scrapYears: 6 },
  DRY_POWDER: { firstServiceYears: 5, serviceEveryYears: 2, scrapYears: 10 },
  CO2: { firstServiceYears: 5, serviceEveryYears: 2, scrapYears: 12 },
  CLEAN_AGENT: { firstServiceYears: 5, serviceEveryYears: 2, scrapYears: 10 },
};

/** The oldest manufacture date accepted (nothing older is still in service). */
export const OLDEST_MANUFACTURE = '1990-01-01';

const day = (date: Date) => formatISO(date, { representation: 'date' });
const plusYears = (on: string, years: number) => day(addYears(parseISO(on), years));
const plusMonths = (on: string, months: number) => day(addMonths(parseISO(on), months));

/** What the due days of a piece of equipment follow from. */
export interface EquipmentFacts {
  kind: EquipmentKind;
  extinguisherType: ExtinguisherType | null;
  manufacturedOn: string;
  contentsExpireOn: string | null;
  lastCheckedOn: string | null;
  lastServicedOn: string | null;
}

/**
 * Its next monthly check (a calendar month after the last, or after `registeredOn`), its next service
 * (an extinguisher's, on its type's GB 50444 schedule) and the day it must be scrapped (its type's scrap
 * age, or its contents' expiry, whichever comes first).
 */
export function dueDays(
  facts: EquipmentFacts,
  registeredOn: string,
): { nextCheckOn: string; nextServiceOn: string | null; expiresOn: string | null } {
  const schedule = facts.kind === EquipmentKind.FIRE_EXTINGUISHER && facts.extinguisherType ? GB50444[facts.extinguisherType] : null;
  const nextServiceOn = schedule
    ? facts.lastServicedOn
      ? plusYears(facts.lastServicedOn, schedule.serviceEveryYears)
      : plusYears(facts.manufacturedOn, schedule.firstServiceYears)
    : null;
  const scrapOn = schedule ? plusYears(facts.manufacturedOn, schedule.scrapYears) : null;
  const expiries = [scrapOn, facts.contentsExpireOn].filter((d): d is string => !!d).sort();
  return { nextCheckOn: plusMonths(facts.lastCheckedOn ?? registeredOn, 1), nextServiceOn, expiresOn: expiries[0] ?? null };
}

/** Today's status, worst first: scrapped, expired, failed its last check, check overdue, service due, else OK. */
export function statusOn(
  row: { scrapped: boolean; expiresOn: string | null; lastCheckPassed: boolean | null; nextCheckOn: string; nextServiceOn: string | null },
  today: string,
): EquipmentStatus {
  if (row.scrapped) return EquipmentStatus.SCRAPPED;
  if (row.expiresOn && row.expiresOn <= today) return EquipmentStatus.EXPIRED;
  if (row.lastCheckPassed === false) return EquipmentStatus.FAILED;
  if (row.nextCheckOn < today) return EquipmentStatus.CHECK_OVERDUE;
  if (row.nextServiceOn && row.nextServiceOn <= today) return EquipmentStatus.SERVICE_DUE;
  return EquipmentStatus.OK;
}

/** A registration's facts: an extinguisher has a type and nothing else does; made after 1990 and not after today. */
export function checkEquipmentFacts(
  input: { kind: EquipmentKind; extinguisherType?: ExtinguisherType | null; manufacturedOn: string },
  today: string,
): void {
  if (input.kind === EquipmentKind.FIRE_EXTINGUISHER && !input.extinguisherType)
    throw badInput('extinguisherType', 'An extinguisher needs its type (水基型, 干粉, 二氧化碳, 洁净气体): it sets its GB 50444 schedule.');
  if (input.kind !== EquipmentKind.FIRE_EXTINGUISHER && input.extinguisherType)
    throw badInput('extinguisherType', 'Only an extinguisher has an extinguisher type.');
  if (input.manufacturedOn > today) throw badInput('manufacturedOn', `manufacturedOn must not be after today (${today}).`);
  if (input.manufacturedOn < OLDEST_MANUFACTURE)
    throw badInput('manufacturedOn', `manufacturedOn must not be before ${OLDEST_MANUFACTURE}.`);
}

/** A check, service or scrapping day: not after today and not before the equipment was made. */
export function checkRecordDay(on: string, manufacturedOn: string, today: string, field = 'on'): void {
  if (on > today) throw badInput(field, `${field} must not be after today (${today}).`);
  if (on < manufacturedOn) throw badInput(field, `${field} must not be before the equipment was made (${manufacturedOn}).`);
}
