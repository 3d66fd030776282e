import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';
import { School } from '../school/school.entity';

@ObjectType({ description: 'A campus (校区) of a school. After a merger a campus moves to another school; `history` keeps where it belonged.' })
@Directive('@key(fields: "id")')
@Entity('campus')
@Index(['schoolId'])
export class Campus {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The district of the campus.' })
  @RefColumn()
  districtId: string;

  @Field(() => ID, { description: 'The school the campus belongs to now.' })
  @RefColumn()
  schoolId: string;

  @ManyToOne(() => School, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'schoolId' })
  school?: Relation<School>;

  @Field()
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field(() => String, { nullable: true, description: 'Postal address of the campus.' })
  @Column('varchar', { length: LIMITS.address, nullable: true })
  address: string | null;

  @Field({ description: 'False once the campus is no longer used.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field()
  @UpdatedAtColumn()
  updatedAt: Date;
}
