import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { optionalText, yuanInput } from '../../finance/workflow/common/inputs';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Pure helpers of the canteen's receiving, stock, issue and stocktake pages (进货查验, 库存, 出库, 盘点):
 * form values to the graph's inputs, units a base unit may be typed in, and what a lot's expiry means today.
 */

export type BaseUnitName = 'GRAM' | 'MILLILITRE' | 'PIECE';
export type QuantityUnitName = 'G' | 'KG' | 'JIN' | 'LIANG' | 'ML' | 'L' | 'PIECE' | 'BOX';
export type StorageKindName = 'DRY' | 'CHILLED' | 'FROZEN';

/** How each unit reads, both languages. */
export const UNIT_LABEL: Record<QuantityUnitName, { zh: string; en: string }> = {
  KG: { zh: '千克', en: 'kg' },
  JIN: { zh: '斤', en: 'jin' },
  LIANG: { zh: '两', en: 'liang' },
  G: { zh: '克', en: 'g' },
  L: { zh: '升', en: 'L' },
  ML: { zh: '毫升', en: 'mL' },
  PIECE: { zh: '个/只/件', en: 'piece' },
  BOX: { zh: '箱', en: 'box' },
};

/**
 * The units a quantity of an ingredient kept in `base` can be typed in without more facts (the graph
 * converts exactly): weights for grams, volumes for millilitres, pieces for pieces; pieces of a
 * weighed ingredient when the catalogue knows a piece's weight. Boxes need a count per box, so the
 * pages that offer BOX ask for it.
 */
export function unitsFor(base: BaseUnitName | null | undefined, pieceGrams?: number | null): QuantityUnitName[] {
  switch (base) {
    case 'GRAM':
      return pieceGrams ? ['KG', 'JIN', 'G', 'LIANG', 'PIECE'] : ['KG', 'JIN', 'G', 'LIANG'];
    case 'MILLILITRE':
      return ['L', 'ML'];
    case 'PIECE':
      return ['PIECE'];
    default:
      return ['KG', 'JIN', 'G', 'LIANG', 'L', 'ML', 'PIECE'];
  }
}

/** The unit a form starts with for an ingredient kept in `base`. */
export function defaultUnit(base: BaseUnitName | null | undefined): QuantityUnitName {
  return base === 'MILLILITRE' ? 'L' : base === 'PIECE' ? 'PIECE' : 'KG';
}

/** A quantity as a form holds it (the compound field of amount and unit). */
export interface QuantityValue {
  amount?: string | number | null;
  unit?: QuantityUnitName | null;
  perBox?: number | null;
}

/** The graph's QuantityInput from the form: the amount as typed (a decimal string, never a float), the unit. */
export function quantityInput(value: QuantityValue | null | undefined): { amount: string; unit: QuantityUnitName; perBox?: number } {
  const amount = value?.amount === undefined || value.amount === null ? '' : String(value.amount).trim();
  const unit = value?.unit ?? 'KG';
  return unit === 'BOX' && value?.perBox ? { amount, unit, perBox: value.perBox } : { amount, unit };
}

/** Chilled and frozen goods have their temperature taken at the door (冷藏 0–8 ℃, 冷冻 −12 ℃ 以下). */
export function needsTemperature(keptAt: StorageKindName | null | undefined): boolean {
  return keptAt === 'CHILLED' || keptAt === 'FROZEN';
}

/** Meat and poultry come with an animal quarantine certificate (动物检疫合格证明). */
export function needsQuarantineCertificate(category: string | null | undefined): boolean {
  return category === 'MEAT' || category === 'POULTRY';
}

/** One item of the receiving form (fields named as DeliveryItemInput's). */
export interface DeliveryItemValues {
  ingredientId?: string;
  quantity?: QuantityValue;
  unitPrice?: string;
  batchNumber?: string;
  productionDate?: string;
  /** How the label states the shelf life: as days from production, or as an expiry date, or none. */
  shelfLifeMode?: 'DAYS' | 'DATE' | 'NONE';
  shelfLifeDays?: number | null;
  expiresOn?: string | null;
  keptAt?: StorageKindName;
  arrivalTemperature?: string | number | null;
  locationId?: string | null;
  quarantineCertificateNumber?: string | null;
  sensoryOk?: boolean;
  sensoryNotes?: string | null;
  /** The inspector's verdict: accept, or reject with the reason. */
  accepted?: boolean;
  rejectionReason?: string | null;
}

/** The receiving form (fields named as RecordDeliveryInput's). */
export interface DeliveryFormValues {
  canteenId?: string;
  supplierId?: string;
  deliveredOn?: string;
  invoiceNumber?: string;
  supplierLicenceNumber?: string;
  remarks?: string;
  items?: DeliveryItemValues[];
}

/**
 * The graph's RecordDeliveryInput from the receiving form. What does not apply is left out rather than
 * guessed: a temperature only for chilled and frozen goods, a location only for an accepted item, the
 * shelf life as days or as a date as the label states it, a rejection reason only for a rejected item
 * (the graph rejects an item that carries one).
 */
export function recordDeliveryInput(values: DeliveryFormValues) {
  return {
    canteenId: values.canteenId ?? '',
    supplierId: values.supplierId ?? '',
    deliveredOn: values.deliveredOn ?? '',
    invoiceNumber: values.invoiceNumber?.trim() ?? '',
    supplierLicenceNumber: values.supplierLicenceNumber?.trim() ?? '',
    remarks: optionalText(values.remarks),
    items: (values.items ?? []).map((item) => {
      const accepted = item?.accepted !== false;
      const mode = item?.shelfLifeMode ?? 'DAYS';
      const temperature =
        item?.arrivalTemperature === undefined || item.arrivalTemperature === null ? '' : String(item.arrivalTemperature).trim();
      return {
        ingredientId: item?.ingredientId ?? '',
        quantity: quantityInput(item?.quantity),
        unitPrice: yuanInput(item?.unitPrice),
        batchNumber: item?.batchNumber?.trim() ?? '',
        productionDate: item?.productionDate ?? '',
        shelfLifeDays: mode === 'DAYS' && item?.shelfLifeDays ? Number(item.shelfLifeDays) : null,
        expiresOn: mode === 'DATE' ? (item?.expiresOn ?? null) : null,
        keptAt: item?.keptAt ?? 'DRY',
        arrivalTemperature: needsTemperature(item?.keptAt) && temperature ? temperature.replace('−', '-') : null,
        locationId: accepted ? (item?.locationId ?? null) : null,
        quarantineCertificateNumber: optionalText(item?.quarantineCertificateNumber),
        sensoryOk: item?.sensoryOk !== false,
        sensoryNotes: optionalText(item?.sensoryNotes),
        rejectionReason: accepted ? null : optionalText(item?.rejectionReason),
      };
    }),
  };
}

/** Today's date in the school's zone, YYYY-MM-DD (the graph's dates of a school are in its zone). */
export function schoolToday(zone: string, now: Date = new Date()): string {
  return dayjs(now).tz(zone).format('YYYY-MM-DD');
}

/** Whole days from `today` to `date` (both YYYY-MM-DD): 0 today, negative when past. */
export function daysUntil(date: string, today: string): number {
  return dayjs(date, 'YYYY-MM-DD').diff(dayjs(today, 'YYYY-MM-DD'), 'day');
}

export type ExpiryState = 'EXPIRED' | 'SOON' | 'OK' | 'NONE';

/**
 * What a lot's expiry (保质期至, the last day it may be used) means today: EXPIRED from the day after
 * it on (the graph's `expired` is the word on that), SOON within `soonDays` days (临期), OK after, NONE
 * for goods without a shelf life.
 */
export function expiryState(expiresOn: string | null | undefined, today: string, soonDays: number, expired?: boolean): ExpiryState {
  if (expired) return 'EXPIRED';
  if (!expiresOn) return 'NONE';
  const days = daysUntil(expiresOn, today);
  if (days < 0) return 'EXPIRED';
  return days <= soonDays ? 'SOON' : 'OK';
}

/**
 * Rows of a list form to send (an issue's lines, a stocktake's counts): only the rows filled in, and
 * for each sent row the index of its row in the form, to put the graph's `list.N.…` error on it.
 */
export function filledRows<Row, Out>(
  rows: readonly Row[],
  filled: (row: Row) => boolean,
  toInput: (row: Row) => Out,
): { inputs: Out[]; formIndex: number[] } {
  const inputs: Out[] = [];
  const formIndex: number[] = [];
  rows.forEach((row, index) => {
    if (!filled(row)) return;
    inputs.push(toInput(row));
    formIndex.push(index);
  });
  return { inputs, formIndex };
}

/** Whether a quantity field holds an amount (zero counts: a stocktake's "none found"). */
export function hasAmount(value: QuantityValue | null | undefined): boolean {
  return value?.amount !== undefined && value.amount !== null && String(value.amount).trim() !== '';
}

/** The account-ids rule of a second look: a different person than the first (复核人不得为查验人). */
export function mayActAsSecond(viewerAccountId: string, firstAccountId: string | null | undefined): boolean {
  return !!viewerAccountId && viewerAccountId !== firstAccountId;
}
