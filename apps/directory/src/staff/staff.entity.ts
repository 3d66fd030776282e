import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { CreatedAtColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity, UpdatedAtColumn } from '@houqin/persistence';
import { ID_LENGTH } from '@houqin/common';
import { Campus } from '../campus/campus.entity';
import { LIMITS } from '../limits';
import { School } from '../school/school.entity';

/** 岗位: what a staff member does. A person may hold several posts. */
export enum StaffPost {
  PRINCIPAL = 'PRINCIPAL',
  GENERAL_AFFAIRS_DIRECTOR = 'GENERAL_AFFAIRS_DIRECTOR',
  ACCOUNTANT = 'ACCOUNTANT',
  STOREKEEPER = 'STOREKEEPER',
  CANTEEN_MANAGER = 'CANTEEN_MANAGER',
  COOK = 'COOK',
  ELECTRICIAN = 'ELECTRICIAN',
  PLUMBER = 'PLUMBER',
  CLEANER = 'CLEANER',
  GARDENER = 'GARDENER',
  DORMITORY_MANAGER = 'DORMITORY_MANAGER',
  SECURITY_GUARD = 'SECURITY_GUARD',
  SAFETY_OFFICER = 'SAFETY_OFFICER',
  TEACHER = 'TEACHER',
}

registerEnumType(StaffPost, {
  name: 'StaffPost',
  description: 'A post (岗位) held by a staff member.',
  valuesConfig: {
    PRINCIPAL: { description: 'Principal (校长).' },
    GENERAL_AFFAIRS_DIRECTOR: { description: 'General-affairs director (总务主任).' },
    ACCOUNTANT: { description: 'Accountant who keeps the books and files claims (报账员).' },
    STOREKEEPER: { description: 'Storekeeper (保管员).' },
    CANTEEN_MANAGER: { description: 'Canteen manager (食堂管理员).' },
    COOK: { description: 'Cook (厨师).' },
    ELECTRICIAN: { description: 'Electrician (电工).' },
    PLUMBER: { description: 'Plumber (水工).' },
    CLEANER: { description: 'Cleaner (保洁员).' },
    GARDENER: { description: 'Gardener (绿化工).' },
    DORMITORY_MANAGER: { description: 'Dormitory manager (宿管员).' },
    SECURITY_GUARD: { description: 'Security guard (保安).' },
    SAFETY_OFFICER: { description: 'Safety officer (安全员).' },
    TEACHER: { description: 'Teacher (教师).' },
  },
});

@ObjectType({
  description:
    "A member of a school's staff (教职工): teachers and every logistics post. Other subgraphs extend it with their requests, claims and duties.",
})
@Directive('@key(fields: "id")')
@Entity('staff')
@Index(['schoolId', 'employeeNumber'], { unique: true })
@Index(['schoolId', 'name'])
export class Staff extends SchoolOwnedEntity({
  districtId: "The district of the staff member's school.",
  schoolId: 'The school employing the staff member.',
}) {
  @ManyToOne(() => School, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schoolId' })
  school?: Relation<School>;

  @Field(() => ID, { nullable: true, description: 'Campus where the person mostly works, if the school has several.' })
  @RefColumn({ nullable: true })
  campusId: string | null;

  @ManyToOne(() => Campus, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campusId' })
  campus?: Relation<Campus> | null;

  @Field()
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field({ description: 'Employee number (工号), unique within the school.' })
  @Column('varchar', { length: LIMITS.employeeNumber })
  employeeNumber: string;

  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @Column('varchar', { length: LIMITS.phone, nullable: true })
  phone: string | null;

  @Field({ description: 'False once the person has left; their records stay.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int, { description: 'Row version; pass it back when updating (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field()
  @UpdatedAtColumn()
  updatedAt: Date;
}

/** The posts (岗位) a staff member holds: one row per post, so lists filter by post with an index. */
@Entity('staff_post')
@Index(['post', 'staffId'])
export class StaffPostHolding {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  staffId: string;

  @ManyToOne(() => Staff, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffId' })
  staff?: Relation<Staff>;

  @PrimaryColumn('varchar', { length: 32 })
  post: StaffPost;
}
