import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const EQUIPMENT_CODE_MAX = 40;
export const EQUIPMENT_TEXT_MAX = 500;

/** What a piece of safety equipment is. */
export enum EquipmentKind {
  FIRE_EXTINGUISHER = 'FIRE_EXTINGUISHER',
  HYDRANT = 'HYDRANT',
  EMERGENCY_LIGHT = 'EMERGENCY_LIGHT',
  AED = 'AED',
  FIRST_AID_KIT = 'FIRST_AID_KIT',
}
registerEnumType(EquipmentKind, {
  name: 'EquipmentKind',
  description: 'What a piece of safety equipment (安全设施/消防器材) is.',
  valuesConfig: {
    FIRE_EXTINGUISHER: { description: 'A fire extinguisher (灭火器): serviced and scrapped on the GB 50444 schedule of its type.' },
    HYDRANT: { description: 'An indoor hydrant (室内消火栓) with its hose box.' },
    EMERGENCY_LIGHT: { description: 'An emergency light or exit sign (应急照明/疏散指示).' },
    AED: { description: 'An automated external defibrillator (自动体外除颤器); its pads and battery expire.' },
    FIRST_AID_KIT: { description: 'A first-aid kit (急救箱); its contents expire.' },
  },
});

/** An extinguisher's type, which sets its service and scrap schedule (GB 50444-2008 §5.4). */
export enum ExtinguisherType {
  WATER_BASED = 'WATER_BASED',
  DRY_POWDER = 'DRY_POWDER',
  CO2 = 'CO2',
  CLEAN_AGENT = 'CLEAN_AGENT',
}
registerEnumType(ExtinguisherType, {
  name: 'ExtinguisherType',
  description: 'An extinguisher’s type (灭火器类型), which sets its service and scrap schedule (GB 50444).',
  valuesConfig: {
    WATER_BASED: { description: 'Water-based (水基型): first service at 3 years then yearly; scrapped at 6 years.' },
    DRY_POWDER: { description: 'Dry powder (干粉): first service at 5 years then every 2; scrapped at 10 years.' },
    CO2: { description: 'Carbon dioxide (二氧化碳): first service at 5 years then every 2; scrapped at 12 years.' },
    CLEAN_AGENT: { description: 'Clean agent (洁净气体): first service at 5 years then every 2; scrapped at 10 years.' },
  },
});

/** Where a piece of equipment stands today (computed from its dates, the last check and the rules). */
export enum EquipmentStatus {
  OK = 'OK',
  SERVICE_DUE = 'SERVICE_DUE',
  CHECK_OVERDUE = 'CHECK_OVERDUE',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
  SCRAPPED = 'SCRAPPED',
}
registerEnumType(EquipmentStatus, {
  name: 'EquipmentStatus',
  description: 'Where safety equipment stands today (器材状态); every state but OK and SCRAPPED raises a hazard by itself.',
  valuesConfig: {
    OK: { description: 'In order (正常).' },
    SERVICE_DUE: { description: 'Its service (维修/再充装) is due on the GB 50444 schedule.' },
    CHECK_OVERDUE: { description: 'Its monthly check (月检) is overdue.' },
    FAILED: { description: 'Its last check failed (检查不合格).' },
    EXPIRED: { description: 'Past its scrap age (达到报废年限) or its contents’ expiry.' },
    SCRAPPED: { description: 'Scrapped (已报废): kept for history, never deleted.' },
  },
});

/**
 * A piece of safety equipment (消防器材/安全设施) at a school: its kind (and an extinguisher's type), where
 * it is, when it was made, its last check and service, and the days those rules make due. The dates
 * due are kept on the row (set at every write, from equipment.rules.ts), so today's status is a SQL
 * expression and the register filters and counts by it. Never deleted: scrapping keeps it.
 */
@ObjectType({ description: 'Safety equipment (消防器材/安全设施): extinguishers, hydrants, emergency lights, AEDs, first-aid kits.' })
@Entity('safety_equipment')
@Index(['schoolId', 'code'], { unique: true })
@Index(['schoolId', 'kind'])
@Index(['scrapped', 'id'])
export class SafetyEquipment extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => EquipmentKind, { description: 'What it is.' })
  @Column('varchar', { length: 20 })
  kind: EquipmentKind;

  @Field(() => ExtinguisherType, { nullable: true, description: 'An extinguisher’s type; null for other kinds.' })
  @Column('varchar', { length: 12, nullable: true })
  extinguisherType: ExtinguisherType | null;

  @Field({ description: 'Its number on the label, unique in the school (器材编号), e.g. "MHQ-A2-03".' })
  @Column('varchar', { length: EQUIPMENT_CODE_MAX })
  code: string;

  @Field({ description: 'Where it is, in words, e.g. "教学楼A二楼东侧楼梯口".' })
  @Column('varchar', { length: EQUIPMENT_TEXT_MAX })
  location: string;

  @Field(() => ID, { nullable: true, description: 'The facilities room it is in, when in one.' })
  @RefColumn({ nullable: true })
  roomId: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsibility zone it is in.' })
  @RefColumn({ nullable: true })
  zoneId: string | null;

  @Field({ description: 'Its manufacture date (出厂日期).' })
  @Column('date')
  manufacturedOn: string;

  @Field({ description: 'The school day it was registered: its first monthly check is due a month later.' })
  @Column('date')
  registeredOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'When its contents expire (an AED’s pads, a first-aid kit’s medicines); null when nothing does.',
  })
  @Column('date', { nullable: true })
  contentsExpireOn: string | null;

  @Field(() => String, { nullable: true, description: 'Its last check (检查), if any.' })
  @Column('date', { nullable: true })
  lastCheckedOn: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether its last check passed; null before any.' })
  @Column('boolean', { nullable: true })
  lastCheckPassed: boolean | null;

  @Field(() => String, { nullable: true, description: 'Its last service (维修/再充装), if any.' })
  @Column('date', { nullable: true })
  lastServicedOn: string | null;

  @Field({ description: 'The day its next monthly check is due by (a month after the last, or after registration).' })
  @Column('date')
  nextCheckOn: string;

  @Field(() => String, { nullable: true, description: 'The day its next service is due (GB 50444, extinguishers); null for other kinds.' })
  @Column('date', { nullable: true })
  nextServiceOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The day it must be scrapped (报废), the earlier of its scrap age and its contents’ expiry; null when neither applies.',
  })
  @Column('date', { nullable: true })
  expiresOn: string | null;

  @Field({ description: 'True once scrapped (报废).' })
  @Column('boolean')
  scrapped: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was scrapped.' })
  @Column('varchar', { length: EQUIPMENT_TEXT_MAX, nullable: true })
  scrapReason: string | null;

  @Field(() => String, { nullable: true, description: 'When it was scrapped.' })
  @Column('date', { nullable: true })
  scrappedOn: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** What a record of a piece of equipment is. */
export enum EquipmentRecordKind {
  CHECK = 'CHECK',
  SERVICE = 'SERVICE',
  SCRAP = 'SCRAP',
}
registerEnumType(EquipmentRecordKind, {
  name: 'EquipmentRecordKind',
  description: 'What a record of safety equipment is (器材记录).',
  valuesConfig: {
    CHECK: { description: 'A check (检查), monthly.' },
    SERVICE: { description: 'A service (维修/再充装) on the GB 50444 schedule.' },
    SCRAP: { description: 'The scrapping (报废).' },
  },
});

/** One check, service or scrapping of a piece of equipment: its history, never changed. */
@ObjectType({ description: 'One check, service or scrapping of safety equipment (器材记录).' })
@Entity('safety_equipment_record')
@Index(['equipmentId', 'occurredOn'])
export class SafetyEquipmentRecord {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The equipment.' })
  @RefColumn()
  equipmentId: string;

  @RefColumn()
  schoolId: string;

  @Field(() => EquipmentRecordKind, { description: 'Check, service or scrapping.' })
  @Column('varchar', { length: 8 })
  kind: EquipmentRecordKind;

  @Field({ description: 'The day it happened.' })
  @Column('date')
  occurredOn: string;

  @Field(() => Boolean, { nullable: true, description: 'For a check: whether it passed.' })
  @Column('boolean', { nullable: true })
  passed: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For an extinguisher’s check: whether the pressure gauge was in the green (压力正常).',
  })
  @Column('boolean', { nullable: true })
  pressureOk: boolean | null;

  @Field(() => String, { nullable: true, description: 'What was found or done.' })
  @Column('varchar', { length: EQUIPMENT_TEXT_MAX, nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Photo references.' })
  @Column('simple-json')
  photoRefs: string[];

  @Field(() => ID, { nullable: true, description: 'The hazard a failed check raised.' })
  @RefColumn({ nullable: true })
  hazardId: string | null;

  @Field(() => ID, { description: 'Who recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @InstantColumn()
  recordedAt: Date;
}
