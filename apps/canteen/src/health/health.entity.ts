import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const CERTIFICATE_NUMBER_MAX = 40;

/** A canteen staff member's post (岗位) on the roster. */
export enum CanteenPost {
  MANAGER = 'MANAGER',
  COOK = 'COOK',
  HELPER = 'HELPER',
  STOREKEEPER = 'STOREKEEPER',
  SERVER = 'SERVER',
  CLEANER = 'CLEANER',
}
registerEnumType(CanteenPost, {
  name: 'CanteenPost',
  description: "A canteen staff member's post (岗位).",
  valuesConfig: {
    MANAGER: { description: 'Canteen manager (食堂管理员).' },
    COOK: { description: 'Cook (厨师).' },
    HELPER: { description: 'Kitchen helper (帮厨).' },
    STOREKEEPER: { description: 'Storekeeper (保管员).' },
    SERVER: { description: 'Serving staff (打饭/配餐员).' },
    CLEANER: { description: 'Cleaner and dishwasher (保洁/洗碗工).' },
  },
});

/** A symptom the morning check (晨检) asks about; any one fails the check. */
export enum MorningCheckSymptom {
  FEVER = 'FEVER',
  DIARRHOEA = 'DIARRHOEA',
  VOMITING = 'VOMITING',
  JAUNDICE = 'JAUNDICE',
  SORE_THROAT = 'SORE_THROAT',
  HAND_WOUND_OR_INFECTION = 'HAND_WOUND_OR_INFECTION',
}
registerEnumType(MorningCheckSymptom, {
  name: 'MorningCheckSymptom',
  description: 'A symptom asked about at the morning check (晨检); any one keeps the person away from food.',
  valuesConfig: {
    FEVER: { description: 'Fever (发热).' },
    DIARRHOEA: { description: 'Diarrhoea (腹泻).' },
    VOMITING: { description: 'Vomiting (呕吐).' },
    JAUNDICE: { description: 'Jaundice (黄疸).' },
    SORE_THROAT: { description: 'Sore throat (咽部炎症).' },
    HAND_WOUND_OR_INFECTION: { description: 'Skin wound or infection on the hands (手部皮肤破损或感染).' },
  },
});

/** Why a morning check did not pass. */
export enum MorningCheckFailure {
  TEMPERATURE = 'TEMPERATURE',
  SYMPTOM = 'SYMPTOM',
  NO_CERTIFICATE = 'NO_CERTIFICATE',
  CERTIFICATE_EXPIRED = 'CERTIFICATE_EXPIRED',
}
registerEnumType(MorningCheckFailure, {
  name: 'MorningCheckFailure',
  description: 'Why a morning check (晨检) did not pass.',
  valuesConfig: {
    TEMPERATURE: { description: 'Temperature 37.3 ℃ or higher (体温异常).' },
    SYMPTOM: { description: 'A symptom was reported (有症状).' },
    NO_CERTIFICATE: { description: 'No health certificate (健康证) on record.' },
    CERTIFICATE_EXPIRED: { description: 'The health certificate (健康证) is not valid on the day (expired or not yet issued).' },
  },
});

/**
 * A person on a canteen's staff roster (食堂从业人员): a directory staff member (who may have no
 * login account, as many cooks do) with their post. Leaving sets `leftOn`; the row stays, so old
 * morning checks keep their person.
 */
@ObjectType({ description: "A person on a canteen's staff roster (食堂从业人员); a cook may have no login account." })
@Entity('canteen_staff_member')
@Index(['canteenId', 'staffId'], { unique: true })
@Index(['schoolId', 'staffId'])
export class CanteenStaffMember extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The canteen whose roster it is.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The directory staff member (教职工).' })
  @RefColumn()
  staffId: string;

  @Field(() => CanteenPost, { description: 'Their post (岗位).' })
  @Column('varchar', { length: 16 })
  post: CanteenPost;

  @Field({ description: 'First day on the roster (YYYY-MM-DD).' })
  @Column('date')
  joinedOn: string;

  @Field(() => String, { nullable: true, description: 'Last day on the roster (YYYY-MM-DD); null while they work there.' })
  @Column('date', { nullable: true })
  leftOn: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When they were put on the roster.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A health certificate (健康证明, 健康证) of a staff member: number, issue and expiry dates. A renewal
 * is a new row; the one valid on a day is the one whose dates include it. Never edited.
 */
@ObjectType({ description: 'A health certificate (健康证) of a canteen staff member; a renewal is a new certificate.' })
@Entity('health_certificate')
@Index(['schoolId', 'staffId', 'expiresOn'])
@Index(['staffId', 'number'], { unique: true })
@Index(['expiresOn'])
export class HealthCertificate extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The directory staff member it was issued to.' })
  @RefColumn()
  staffId: string;

  @Field({ description: 'Certificate number (健康证编号).' })
  @Column('varchar', { length: CERTIFICATE_NUMBER_MAX })
  number: string;

  @Field({ description: 'Day it was issued (YYYY-MM-DD).' })
  @Column('date')
  issuedOn: string;

  @Field({ description: 'Last day it is valid (YYYY-MM-DD); usually a year after issue.' })
  @Column('date')
  expiresOn: string;

  @Field(() => ID, { description: 'The account that recorded it.' })
  @RefColumn()
  recordedBy: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A morning check (晨检) of one person at one canteen on one day: temperature in tenths of a degree,
 * symptoms, whether they passed and why not. One per person, canteen and day; never edited or deleted.
 */
@ObjectType({ description: 'A morning check (晨检): temperature and symptoms of one person on one day. Never edited or deleted.' })
@Entity('morning_check')
@Index(['canteenId', 'staffId', 'checkedOn'], { unique: true })
@Index(['canteenId', 'checkedOn'])
@Index(['schoolId', 'staffId', 'checkedOn'])
export class MorningCheck extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The canteen.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The directory staff member checked.' })
  @RefColumn()
  staffId: string;

  @Field({ description: 'The working day (YYYY-MM-DD, the school calendar).' })
  @Column('date')
  checkedOn: string;

  @Field(() => Int, { description: 'Temperature in tenths of a degree Celsius (365 = 36.5 ℃).' })
  @Column('int')
  temperatureTenths: number;

  @Field(() => [MorningCheckSymptom], { description: 'Symptoms found; empty when none.' })
  @Column('simple-json')
  symptoms: MorningCheckSymptom[];

  @Field({ description: 'True when they may work with food today (合格).' })
  @Column('boolean')
  passed: boolean;

  @Field(() => [MorningCheckFailure], { description: 'Why they did not pass; empty when they passed.' })
  @Column('simple-json')
  failures: MorningCheckFailure[];

  @Field(() => ID, { nullable: true, description: 'The health certificate valid that day, if any.' })
  @RefColumn({ nullable: true })
  certificateId: string | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the checker.' })
  @Column('varchar', { length: 200, nullable: true })
  remarks: string | null;

  @Field(() => ID, { description: 'The account that did the check.' })
  @RefColumn()
  checkedBy: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * What the certificate-expiry job announced: one row per certificate and state (EXPIRING, EXPIRED),
 * written in the job's transaction before its event, so nothing is announced twice.
 */
@Entity('health_certificate_announcement')
@Index(['certificateId', 'state'], { unique: true })
export class HealthCertificateAnnouncement {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @RefColumn()
  certificateId: string;

  @Column('varchar', { length: 16, comment: 'EXPIRING or EXPIRED' })
  state: string;

  /** The job's tick that announced it. */
  @InstantColumn()
  tick: Date;
}
