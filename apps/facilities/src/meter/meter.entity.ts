import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, type ColumnOptions, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';
import {
  exactBigint,
  CreatedAtColumn,
  IdColumn,
  InstantColumn,
  RefColumn,
  RowVersionColumn,
  SchoolOwnedEntity,
  UpdatedAtColumn,
} from '@houqin/persistence';
import { formatThousandths, formatUnitPrice, UNIT_OF, Utility } from './meter.rules';

export { Utility } from './meter.rules';

export const METER_NAME_MAX = 100;
export const METER_SERIAL_MAX = 40;
export const READING_NOTE_MAX = 200;

registerEnumType(Utility, {
  name: 'Utility',
  description: 'What a utility meter measures (能源种类).',
  valuesConfig: {
    WATER: { description: 'Water (水), in m³ (立方米), 3 decimals.' },
    ELECTRICITY: { description: 'Electricity (电), in kWh (千瓦时/度), 2 decimals.' },
    GAS: { description: 'Natural gas (燃气), in m³ (立方米), 3 decimals.' },
  },
});

/** How a reading came in. */
export enum MeterReadingSource {
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
}
registerEnumType(MeterReadingSource, {
  name: 'MeterReadingSource',
  description: 'How a meter reading came in (读数来源).',
  valuesConfig: {
    MANUAL: { description: 'Entered by hand (抄表录入).' },
    IMPORT: { description: 'Imported in bulk from a file or a smart-meter export (批量导入).' },
  },
});

/** What an anomaly is. */
export enum MeterAnomalyKind {
  NIGHT_USE = 'NIGHT_USE',
  NON_SCHOOL_DAY_USE = 'NON_SCHOOL_DAY_USE',
  READING_DECREASED = 'READING_DECREASED',
}
registerEnumType(MeterAnomalyKind, {
  name: 'MeterAnomalyKind',
  description: 'Kind of meter anomaly (水电表异常类型).',
  valuesConfig: {
    NIGHT_USE: { description: "Use in a night interval far above the meter's own night baseline (夜间用量异常)." },
    NON_SCHOOL_DAY_USE: { description: "Use on a non-school day far above the meter's own non-school-day baseline (非上学日用量异常)." },
    READING_DECREASED: { description: 'A reading lower than the one before it (读数倒退): a meter swap or an error.' },
  },
});

/**
 * An exact amount in thousandths of a unit (m³ or kWh) in a BIGINT column. MySQL returns BIGINT as a
 * string; it is read back exactly (never a float).
 */
export const ThousandthsColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment'> = {}) =>
  Column('bigint', { ...options, transformer: exactBigint('Quantity') });

/**
 * A utility meter (水表/电表/燃气表) of a school: on a building, or measuring a whole campus (a campus's
 * main meter, 总表). `campusId` is always set (a building meter's campus is its building's), so a campus
 * that moves to another school takes its meters along in one statement. `lastReadAt`/`lastValueThousandths`
 * are the latest reading, kept by a conditional update so that two readers of one meter never record
 * readings out of order.
 */
@ObjectType({ description: 'A utility meter (水电表): water, electricity or gas, on a building or measuring a whole campus.' })
@Entity('utility_meter')
@Index(['schoolId', 'utility'])
@Index(['campusId'])
export class UtilityMeter extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: "The school that has it now (its campus's school).",
}) {
  @Field(() => Utility, { description: 'What it measures.' })
  @Column('varchar', { length: 16 })
  utility: Utility;

  @Field({ description: 'Its name, e.g. "East Campus main water meter (东校区总水表)".' })
  @Column('varchar', { length: METER_NAME_MAX })
  name: string;

  @Field({ description: 'The serial number on the meter (表号).' })
  @Column('varchar', { length: METER_SERIAL_MAX })
  serialNumber: string;

  @Field(() => ID, { description: 'The campus (校区) it is on; a campus meter measures the whole campus.' })
  @RefColumn()
  campusId: string;

  @Field(() => ID, { nullable: true, description: 'The building (楼宇) it is on; null for a campus meter.' })
  @RefColumn({ nullable: true })
  buildingId: string | null;

  @Field(() => Int, {
    description:
      'Multiplier (倍率): consumption = reading difference × multiplier, e.g. the CT ratio of an electricity meter (互感器变比); 1 for most.',
  })
  @Column('int', { default: 1 })
  multiplier: number;

  @Field({ description: 'False once replaced (换表): it takes no more readings.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field({ description: 'The day it was installed (安装日期), YYYY-MM-DD.' })
  @Column('varchar', { length: 10 })
  installedOn: string;

  @Field(() => ID, { nullable: true, description: 'The meter this one replaced (换表前的旧表), if any.' })
  @RefColumn({ nullable: true })
  replacesMeterId: string | null;

  @Field(() => Date, { nullable: true, description: 'When its latest reading was taken; null before the first.' })
  @InstantColumn({ nullable: true })
  lastReadAt: Date | null;

  @ThousandthsColumn({ nullable: true, comment: 'latest reading, thousandths of the unit' })
  lastValueThousandths: number | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;

  @Field({ description: 'Its unit (计量单位): m³ for water and gas, kWh for electricity.' })
  get unit(): string {
    return UNIT_OF[this.utility];
  }

  @Field(() => String, { nullable: true, description: 'Its latest reading in its unit, exact (e.g. "1234.567"); null before the first.' })
  get lastValue(): string | null {
    return this.lastValueThousandths == null ? null : formatThousandths(this.lastValueThousandths);
  }
}

/**
 * A meter reading (抄表读数): the register's value at an instant. Append-only: never edited or deleted.
 * A wrong reading is not corrected in place; a lower reading after it shows as READING_DECREASED and
 * counts no negative consumption (see docs/facilities.md, "Utility meters").
 */
@ObjectType({ description: 'A meter reading (抄表读数): the register value at an instant. Never edited or deleted.' })
@Entity('meter_reading')
@Index(['meterId', 'readAt'], { unique: true })
export class MeterReading {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The meter read.' })
  @RefColumn()
  meterId: string;

  @Field({ description: 'When it was read (UTC instant).' })
  @InstantColumn()
  readAt: Date;

  @ThousandthsColumn({ comment: 'the register value, thousandths of the unit (before the multiplier)' })
  valueThousandths: number;

  @Field(() => MeterReadingSource, { description: 'Entered by hand or imported.' })
  @Column('varchar', { length: 8 })
  source: MeterReadingSource;

  @Field(() => String, { nullable: true, description: 'A note (备注), e.g. "meter glass fogged".' })
  @Column('varchar', { length: READING_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The account that recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;

  @Field({ description: 'The register value in the meter’s unit, exact (e.g. "1234.567"), before the multiplier.' })
  get value(): string {
    return formatThousandths(this.valueThousandths);
  }
}

/**
 * A meter anomaly (水电表异常), raised when the readings revealing it arrive; one per meter, kind and
 * interval start (a unique index), never twice. Published as `facilities.meter.anomaly`.
 */
@ObjectType({
  description: 'A meter anomaly (水电表异常): night or non-school-day use far above baseline, or a reading lower than the last.',
})
@Entity('meter_anomaly')
@Index(['meterId', 'kind', 'fromAt'], { unique: true })
@Index(['schoolId', 'fromAt'])
export class MeterAnomaly extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school the meter belongs to.',
}) {
  @Field(() => ID, { description: 'The meter.' })
  @RefColumn()
  meterId: string;

  @Field(() => ID, { description: "The meter's campus." })
  @RefColumn()
  campusId: string;

  @Field(() => ID, { nullable: true, description: "The meter's building; null for a campus meter." })
  @RefColumn({ nullable: true })
  buildingId: string | null;

  @Field(() => Utility, { description: 'What the meter measures.' })
  @Column('varchar', { length: 16 })
  utility: Utility;

  @Field(() => MeterAnomalyKind, { description: 'What is wrong.' })
  @Column('varchar', { length: 20 })
  kind: MeterAnomalyKind;

  @Field({ description: 'Start of the interval: the earlier reading, or the start of the non-school day.' })
  @InstantColumn()
  fromAt: Date;

  @Field({ description: 'End of the interval: the later reading, or the end of the non-school day.' })
  @InstantColumn()
  toAt: Date;

  @ThousandthsColumn({ comment: 'consumption in the interval (× multiplier); for READING_DECREASED how much lower' })
  consumptionThousandths: number;

  @ThousandthsColumn({ nullable: true, comment: 'the baseline compared with (per hour for NIGHT_USE, per day for NON_SCHOOL_DAY_USE)' })
  baselineThousandths: number | null;

  @Field({ description: 'A suspected leak (疑似漏水): water use at night or on a non-school day.' })
  @Column('boolean')
  suspectedLeak: boolean;

  @Field(() => ID, { description: 'The reading whose arrival revealed it.' })
  @RefColumn()
  readingId: string;

  @Field(() => ID, { nullable: true, description: 'The repair work order a suspected leak opened (维修工单); null for other anomalies.' })
  @RefColumn({ nullable: true })
  workOrderId: string | null;

  @Field(() => Date, { nullable: true, description: 'When its work order closed (repaired, or rejected as no leak); null while open.' })
  @InstantColumn({ nullable: true })
  resolvedAt: Date | null;

  @Field({ description: 'When it was detected.' })
  @CreatedAtColumn()
  createdAt: Date;

  @Field({
    description:
      'Consumption in the interval in the meter’s unit (× multiplier), exact; for NIGHT_USE also the per-hour rate is compared (see baseline); for READING_DECREASED how much lower the reading is.',
  })
  get consumption(): string {
    return formatThousandths(this.consumptionThousandths);
  }

  @Field(() => String, {
    nullable: true,
    description:
      "The meter's own baseline it was compared with: the median use per hour of its last night intervals (NIGHT_USE, and then `rate` is this interval's), or of its last non-school days (NON_SCHOOL_DAY_USE); null for READING_DECREASED.",
  })
  get baseline(): string | null {
    return this.baselineThousandths == null ? null : formatThousandths(this.baselineThousandths);
  }
}

/**
 * A district's tariff for a utility (公用事业价格): yuan per unit with up to 4 decimals, stored as an
 * integer in ten-thousandths of a yuan (0.01 fen). Until the district sets one, the placeholder
 * defaults apply (DEFAULT_UNIT_PRICE, version 0).
 */
@ObjectType({
  description: 'The district’s price per unit of a utility (单价). Until the district sets it: a placeholder default, version 0.',
})
@Entity('utility_tariff')
export class UtilityTariff {
  @Field(() => ID, { description: 'The district it applies to.' })
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  districtId: string;

  @Field(() => Utility, { description: 'The utility.' })
  @PrimaryColumn('varchar', { length: 16 })
  utility: Utility;

  @Column('int', { comment: 'price per unit in ten-thousandths of a yuan (0.01 fen)' })
  unitPriceCentiFen: number;

  @Field(() => Int, { description: 'Row version: 0 while the default applies; pass it back to setUtilityTariff.' })
  @RowVersionColumn()
  version: number;

  @Field(() => ID, { nullable: true, description: 'The account that last set it; null while the default applies.' })
  @RefColumn({ nullable: true })
  updatedByAccountId: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last set; null while the default applies.' })
  @UpdatedAtColumn()
  updatedAt: Date | null;

  @Field({ description: 'Price per unit in yuan with 4 decimals (e.g. "4.1000" yuan per m³), exact.' })
  get unitPriceYuan(): string {
    return formatUnitPrice(this.unitPriceCentiFen);
  }

  @Field({ description: 'Its unit: m³ or kWh.' })
  get unit(): string {
    return UNIT_OF[this.utility];
  }
}
