import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, InstantColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const SAMPLE_NOTE_MAX = 200;

/**
 * A food sample (留样): a portion of one dish of one meal service kept refrigerated, so an outbreak
 * can be traced to what was served. At least the district's minimum weight (125 g by default), kept
 * at least its keeping time (48 h by default) from when it was taken. Never edited or deleted; its
 * disposal is a record of its own (FoodSampleDisposal), refused before `keepUntil`.
 */
@ObjectType({
  description:
    'A food sample (留样): a portion of one dish of a meal service, at least 125 g (a district setting), kept refrigerated at least 48 h ' +
    '(a district setting) from when it was taken. Never edited or deleted.',
})
@Entity('food_sample')
@Index(['mealServiceId', 'dishId'])
@Index(['canteenId', 'takenAt'])
@Index(['schoolId', 'keepUntil'])
export class FoodSample extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The canteen (食堂) that keeps it.' })
  @RefColumn()
  canteenId: string;

  @Field(() => ID, { description: 'The meal service (餐次) it was taken from.' })
  @RefColumn()
  mealServiceId: string;

  @Field(() => ID, { description: 'The dish (菜品) it is a sample of.' })
  @RefColumn()
  dishId: string;

  @Field(() => Int, { description: 'Its weight in grams (留样重量); at least the minimum when it was taken.' })
  @Column('int')
  grams: number;

  @Field({ description: 'When it was taken (留样时间).' })
  @InstantColumn()
  takenAt: Date;

  @Field(() => ID, { description: 'Who took it (留样人): a staff member of the school; a cook may have no account.' })
  @RefColumn()
  takenByStaffId: string;

  @Field(() => ID, { description: 'The refrigerated storage location (冷藏留样柜) it is kept in: a CHILLED location of the canteen.' })
  @RefColumn()
  locationId: string;

  @Field({ description: 'Kept at least until then (留样至): takenAt plus the keeping hours; disposal before it is refused.' })
  @InstantColumn()
  keepUntil: Date;

  @Field(() => Int, { description: 'The minimum weight in grams that applied when it was taken.' })
  @Column('int')
  minGramsAtTaking: number;

  @Field(() => String, { nullable: true, description: 'A remark, e.g. the container or cabinet shelf.' })
  @Column('varchar', { length: SAMPLE_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The account that recorded it.' })
  @RefColumn()
  recordedByAccountId: string;

  @Field({ description: 'When it was recorded.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** The disposal of a food sample (留样销毁), once its keeping time has passed: at most one per sample, never changed. */
@ObjectType({ description: 'The disposal of a food sample (留样销毁) after its keeping time: at most one per sample, never changed.' })
@Entity('food_sample_disposal')
@Index(['sampleId'], { unique: true })
export class FoodSampleDisposal extends SchoolOwnedEntity() {
  @Field(() => ID, { description: 'The sample disposed of.' })
  @RefColumn()
  sampleId: string;

  @Field({ description: 'When it was disposed of.' })
  @InstantColumn()
  disposedAt: Date;

  @Field(() => ID, { description: 'The account that disposed of it.' })
  @RefColumn()
  disposedByAccountId: string;
}
