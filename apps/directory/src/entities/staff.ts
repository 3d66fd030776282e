import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { ID_LENGTH } from '@houqin/common';
import { LIMITS, StaffPost } from '../enums';
import { Campus } from './campus';
import { School } from './school';

@ObjectType({ description: 'A member of a school\'s staff (教职工): teachers and every logistics post. Other subgraphs extend it with their requests, claims and duties.' })
@Directive('@key(fields: "id")')
@Entity('staff')
@Index(['schoolId', 'employeeNumber'], { unique: true })
@Index(['schoolId', 'name'])
export class Staff {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The district of the staff member\'s school.' })
  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school employing the staff member.' })
  @RefColumn()
  schoolId: string;

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
