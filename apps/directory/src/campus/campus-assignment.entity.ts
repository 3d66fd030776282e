import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';
import { School } from '../school/school.entity';
import { Campus } from './campus.entity';

@ObjectType({
  description: 'A period during which a campus belonged to a school (校区归属). Never edited: a move closes one period and opens the next.',
})
@Entity('campus_assignment')
@Index(['campusId', 'fromDate'])
export class CampusAssignment {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn()
  campusId: string;

  @ManyToOne(() => Campus, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campusId' })
  campus?: Relation<Campus>;

  @Field(() => ID, { description: 'The school the campus belonged to in this period.' })
  @RefColumn()
  schoolId: string;

  @ManyToOne(() => School, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schoolId' })
  school?: Relation<School>;

  @Field({ description: 'First day (YYYY-MM-DD, school time zone) the campus belonged to the school.' })
  @Column('date')
  fromDate: string;

  @Field(() => String, { nullable: true, description: 'Last day it belonged to the school; null while it still does.' })
  @Column('date', { nullable: true })
  toDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why the campus moved, e.g. the merger decision.' })
  @Column('varchar', { length: LIMITS.reason, nullable: true })
  reason: string | null;

  @RefColumn({ nullable: true })
  recordedByAccountId: string | null;

  @InstantColumn()
  recordedAt: Date;
}
