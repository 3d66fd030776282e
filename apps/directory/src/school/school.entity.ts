import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { District } from '../district/district.entity';
import { LIMITS } from '../limits';

/** 学校类型 */
export enum SchoolKind {
  PRIMARY = 'PRIMARY',
  JUNIOR_MIDDLE = 'JUNIOR_MIDDLE',
  NINE_YEAR = 'NINE_YEAR',
  HIGH = 'HIGH',
}

registerEnumType(SchoolKind, {
  name: 'SchoolKind',
  description: 'Kind of school (学校类型).',
  valuesConfig: {
    PRIMARY: { description: 'Primary school (小学), grades 1–6.' },
    JUNIOR_MIDDLE: { description: 'Junior middle school (初中), grades 7–9.' },
    NINE_YEAR: { description: 'Nine-year school (九年一贯制学校), grades 1–9.' },
    HIGH: { description: 'Senior high school (高中), grades 10–12.' },
  },
});

@ObjectType({ description: 'A school (学校) of the district. Other subgraphs extend it with their data (budgets, canteens, buildings…).' })
@Directive('@key(fields: "id")')
@Entity('school')
@Index(['districtId', 'code'], { unique: true })
export class School {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The district the school belongs to.' })
  @RefColumn()
  districtId: string;

  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'districtId' })
  district?: Relation<District>;

  @Field({ description: 'Official school code (学校标识码): 10 digits, unique in the district.' })
  @Column('varchar', { length: LIMITS.code })
  code: string;

  @Field({ description: 'Full name of the school.' })
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field(() => SchoolKind, { description: 'Kind of school (学校类型).' })
  @Column('varchar', { length: 24 })
  kind: SchoolKind;

  @Field(() => String, { nullable: true, description: 'Postal address of the main site.' })
  @Column('varchar', { length: LIMITS.address, nullable: true })
  address: string | null;

  @Field(() => Int, { description: 'Enrolled students (在校生人数); district reports divide spending by it.' })
  @Column('int')
  studentCount: number;

  @Field({ description: 'False once the school is closed or merged into another; its history stays.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field({ description: "IANA time zone in which the school's times are shown (Asia/Shanghai by default)." })
  @Column('varchar', { length: LIMITS.timeZone, default: 'Asia/Shanghai' })
  timeZone: string;

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
