import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { thousandthsText } from '@houqin/common';
import { CreatedAtColumn, exactBigint, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';
import { WorkOrderCategory } from '../repair/work-order.entity';

/** How often a schedule falls due (RFC 5545 FREQ). */
export enum MaintenanceFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}

/** A calendar schedule's rule as RFC 5545 text (RRULE), e.g. "FREQ=DAILY;INTERVAL=15": the one way it is written. */
export const rruleText = (frequency: MaintenanceFrequency, interval: number) => `FREQ=${frequency};INTERVAL=${interval}`;

registerEnumType(MaintenanceFrequency, {
  name: 'MaintenanceFrequency',
  description: 'The unit of a maintenance interval (RFC 5545 FREQ): every N days, weeks, months or years.',
  valuesConfig: {
    DAILY: { description: 'Every N days (天).' },
    WEEKLY: { description: 'Every N weeks (周).' },
    MONTHLY: { description: 'Every N months (月).' },
    YEARLY: { description: 'Every N years (年).' },
  },
});

/** What the interval counts from. */
export enum MaintenanceBasis {
  PLAN = 'PLAN',
  LAST_COMPLETION = 'LAST_COMPLETION',
  METER = 'METER',
}
registerEnumType(MaintenanceBasis, {
  name: 'MaintenanceBasis',
  description: 'What a maintenance interval counts from.',
  valuesConfig: {
    PLAN: { description: 'From the plan (按计划): fixed dates from its start, whenever the last was done (a lift every 15 days).' },
    LAST_COMPLETION: { description: 'From the last completion (按上次完成): the next falls due an interval after the last was finished.' },
    METER: {
      description:
        'By a meter (按计量): every N hours or units of the meter kept on the schedule (运行小时、次数), counted from the reading at the last service (a standby generator every 250 running hours).',
    },
  },
});

/** How a checklist item is answered. */
export enum ChecklistItemKind {
  PASS_FAIL = 'PASS_FAIL',
  NUMBER = 'NUMBER',
  READING = 'READING',
  PHOTO = 'PHOTO',
}
registerEnumType(ChecklistItemKind, {
  name: 'ChecklistItemKind',
  description: 'How a maintenance checklist item (检查项) is answered.',
  valuesConfig: {
    PASS_FAIL: { description: 'Passed or failed (合格/不合格).' },
    NUMBER: { description: 'A number within limits (e.g. a pressure of 0.10–0.20 MPa): outside them it fails.' },
    READING: { description: 'A reading to record (e.g. a meter or counter), no limits.' },
    PHOTO: { description: 'A photo reference (拍照).' },
  },
});

/** One item of a maintenance checklist. */
@ObjectType({ description: 'One item of a maintenance checklist (检查项).' })
export class ChecklistItem {
  @Field({ description: 'What to check, e.g. "制动器动作可靠".' })
  label: string;

  @Field(() => ChecklistItemKind, { description: 'How it is answered.' })
  kind: ChecklistItemKind;

  @Field(() => String, { nullable: true, description: 'The lowest acceptable number, for NUMBER (decimal text).' })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'The highest acceptable number, for NUMBER (decimal text).' })
  max?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit of a NUMBER or READING, e.g. "MPa".' })
  unit?: string | null;
}

/** One recorded answer of a checklist. */
@ObjectType({ description: 'One answer of a maintenance checklist (检查结果).' })
export class ChecklistAnswer {
  @Field(() => Int, { description: 'The item, from 0 in checklist order.' })
  item: number;

  @Field({ description: 'Whether it passed: as answered for PASS_FAIL, within the limits for NUMBER, true for READING and PHOTO.' })
  passed: boolean;

  @Field(() => String, { nullable: true, description: 'The number or reading, as given.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'The photo reference.' })
  photoRef?: string | null;
}

/** Units of a meter in thousandths (an hour meter's 1252.5 h is 1252500), exact in a BIGINT; MySQL returns it as a string. */
const MeterUnitsColumn = (comment: string) => Column('bigint', { nullable: true, comment, transformer: exactBigint('Meter reading') });

/** Thousandths as the schedule's decimal text, or null. */
const unitsText = (thousandths: number | null) => (thousandths == null ? null : thousandthsText(thousandths));

/**
 * A preventive maintenance schedule (预防性维护计划) of a school: an asset, a room or a building serviced
 * every N days, weeks, months or years, counted from the plan or from the last completion, or every N
 * hours or units of a meter kept on the schedule (METER); the scheduled job opens its work order
 * `leadDays` before each due day (for METER: once the reading comes within `meterLead` of the due
 * reading, due `leadDays` later), never twice for one due day or due reading.
 */
@ObjectType({ description: 'A preventive maintenance schedule (预防性维护计划): what is serviced, how often, and its checklist.' })
@Entity('maintenance_schedule')
@Index(['schoolId', 'active'])
@Index(['active', 'nextDueOn'])
export class MaintenanceSchedule extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field({ description: 'What is done, e.g. "1号电梯维护保养".' })
  @Column('varchar', { length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: 'The statutory template it was made from (e.g. LIFT_15_DAYS), if any.' })
  @Column('varchar', { length: 40, nullable: true })
  templateCode: string | null;

  @Field(() => WorkOrderCategory, { description: 'The category of its work orders.' })
  @Column('varchar', { length: 12 })
  category: WorkOrderCategory;

  @Field(() => ID, { nullable: true, description: 'The asset serviced, if any.' })
  @RefColumn({ nullable: true })
  assetId: string | null;

  @Field(() => ID, { nullable: true, description: 'The room serviced, if any (an asset’s room when only the asset is given).' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The building serviced, if any (e.g. its fire system).' })
  @RefColumn({ nullable: true })
  buildingId: string | null;

  @Field(() => MaintenanceFrequency, { nullable: true, description: 'The unit of its interval; null for a schedule by meter (METER).' })
  @Column('varchar', { length: 8, nullable: true })
  frequency: MaintenanceFrequency | null;

  @Field(() => Int, { nullable: true, description: 'Every how many units of the frequency (1–366); null for a schedule by meter (METER).' })
  @Column('int', { nullable: true })
  interval: number | null;

  @Field(() => MaintenanceBasis, { description: 'What its interval counts from.' })
  @Column('varchar', { length: 16 })
  basis: MaintenanceBasis;

  @Field({ description: 'The first due day of the plan, YYYY-MM-DD.' })
  @Column('date')
  startsOn: string;

  @Field(() => Int, {
    description:
      'How many days before a due day its work order is opened (0–60); for a schedule by meter, the days its work order is given once opened.',
  })
  @Column('int')
  leadDays: number;

  @Field(() => String, { nullable: true, description: 'The unit its meter counts in, e.g. "h" (运行小时) or "次"; null unless METER.' })
  @Column('varchar', { length: 20, nullable: true })
  meterUnit: string | null;

  @MeterUnitsColumn('METER: service every this many units, thousandths')
  meterIntervalThousandths: number | null;

  @MeterUnitsColumn('METER: open the work order this many units before the due reading, thousandths')
  meterLeadThousandths: number | null;

  @MeterUnitsColumn('METER: the latest reading, thousandths')
  meterReadingThousandths: number | null;

  @Field(() => Date, { nullable: true, description: 'When its meter was last read; null unless METER.' })
  @InstantColumn({ nullable: true })
  meterReadAt: Date | null;

  @MeterUnitsColumn('METER: the reading the next service falls due at, thousandths; null while one is open')
  nextDueReadingThousandths: number | null;

  @Field(() => [ChecklistItem], { description: 'Its checklist, recorded on each work order before it is finished.' })
  @Column('simple-json')
  checklist: ChecklistItem[];

  @Field(() => String, { nullable: true, description: 'The next due day; null while the last is open and the basis is LAST_COMPLETION.' })
  @Column('date', { nullable: true })
  nextDueOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day its last work order was finished.' })
  @Column('date', { nullable: true })
  lastCompletedOn: string | null;

  @Field({ description: 'False while paused: no work order is opened.' })
  @Column('boolean')
  active: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Its rule as RFC 5545 text (RRULE), e.g. "FREQ=DAILY;INTERVAL=15"; null for a schedule by meter.',
  })
  get rule(): string | null {
    return this.frequency && this.interval ? rruleText(this.frequency, this.interval) : null;
  }

  @Field(() => String, { nullable: true, description: 'METER: serviced every this many units of its meter, e.g. "250" (hours).' })
  get meterInterval(): string | null {
    return unitsText(this.meterIntervalThousandths);
  }

  @Field(() => String, { nullable: true, description: 'METER: its work order opens this many units before the due reading, e.g. "10".' })
  get meterLead(): string | null {
    return unitsText(this.meterLeadThousandths);
  }

  @Field(() => String, {
    nullable: true,
    description: 'METER: the latest reading of its meter, e.g. "1246.5" (recordMaintenanceMeterReading).',
  })
  get meterReading(): string | null {
    return unitsText(this.meterReadingThousandths);
  }

  @Field(() => String, {
    nullable: true,
    description:
      'METER: the reading its next service falls due at; null while a work order is open (then it is counted from that service).',
  })
  get nextDueReading(): string | null {
    return unitsText(this.nextDueReadingThousandths);
  }

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was made.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * One due day of a schedule and the work order opened for it: unique per schedule, day and due reading
 * (0 for a calendar schedule, so one per day; a meter's due readings only rise), never twice.
 */
@ObjectType({ description: 'One due day of a maintenance schedule (维保记录) and its work order.' })
@Entity('maintenance_occurrence')
@Index(['scheduleId', 'dueOn', 'dueReadingThousandths'], { unique: true })
@Index(['schoolId', 'dueOn'])
export class MaintenanceOccurrence {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school.' })
  @RefColumn()
  schoolId: string;

  @Field(() => ID, { description: 'The schedule.' })
  @RefColumn()
  scheduleId: string;

  @Field({ description: 'The due day, YYYY-MM-DD.' })
  @Column('date')
  dueOn: string;

  @Column('bigint', {
    default: 0,
    comment: 'METER: the reading it fell due at, thousandths; 0 for a calendar schedule',
    transformer: exactBigint('Meter reading'),
  })
  dueReadingThousandths: number;

  @MeterUnitsColumn('METER: the reading recorded with its checklist, thousandths')
  serviceReadingThousandths: number | null;

  @Field(() => ID, { description: 'The work order opened for it.' })
  @RefColumn()
  workOrderId: string;

  @Field(() => String, {
    nullable: true,
    description: 'For a schedule by meter: the reading it fell due at, e.g. "1252"; null for a calendar schedule.',
  })
  get dueReading(): string | null {
    return this.dueReadingThousandths ? thousandthsText(this.dueReadingThousandths) : null;
  }

  @Field(() => String, {
    nullable: true,
    description: 'For a schedule by meter: the reading recorded with its checklist (the next is counted from it).',
  })
  get serviceReading(): string | null {
    return unitsText(this.serviceReadingThousandths);
  }

  @Field({ description: 'When the work order was opened.' })
  @InstantColumn()
  openedAt: Date;

  @Field(() => [ChecklistAnswer], { nullable: true, description: 'The checklist as recorded; null until recorded.' })
  @Column('simple-json', { nullable: true })
  checklistAnswers: ChecklistAnswer[] | null;

  @Field(() => String, { nullable: true, description: 'The day its work order was finished; null while open.' })
  @Column('date', { nullable: true })
  completedOn: string | null;
}
