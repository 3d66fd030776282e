import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { CreatedAtColumn, RowVersionColumn, SchoolOwnedEntity, UpdatedAtColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';
import { School } from '../school/school.entity';

@ObjectType({
  description: 'A campus (校区) of a school. After a merger a campus moves to another school; `history` keeps where it belonged.',
})
@Directive('@key(fields: "id")')
@Entity('campus')
@Index(['schoolId'])
export class Campus extends SchoolOwnedEntity({
  districtId: 'The district of the campus.',
  schoolId: 'The school the campus belongs to now.',
}) {
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
