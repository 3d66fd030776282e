import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RowVersionColumn, SchoolOwnedEntity, UpdatedAtColumn } from '@houqin/persistence';
import { LIMITS } from '../limits';

@ObjectType({
  description:
    'A term (学期) of a school: its first and last day. With the national calendar (weekends, public holidays, 调休) the terms make the school calendar (校历): ' +
    'the days between terms are vacation (寒暑假). Due times that count school days (a repair "within 3 school days") count on it.',
})
@Entity('school_term')
@Index(['schoolId', 'startsOn'])
export class SchoolTerm extends SchoolOwnedEntity({
  districtId: 'The district of the school.',
  schoolId: 'The school whose term it is.',
}) {
  @Field({ description: 'Its name, e.g. "2026–2027学年第一学期".' })
  @Column('varchar', { length: LIMITS.name })
  name: string;

  @Field({ description: 'The first day of the term (开学), YYYY-MM-DD.' })
  @Column('date')
  startsOn: string;

  @Field({ description: 'The last day of the term (放假前最后一天), YYYY-MM-DD.' })
  @Column('date')
  endsOn: string;

  @Field(() => Int, { description: 'Row version (optimistic locking): give it back to updateSchoolTerm.' })
  @RowVersionColumn()
  version: number;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field()
  @UpdatedAtColumn()
  updatedAt: Date;
}
