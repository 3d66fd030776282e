import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const DISH_NAME_MAX = 100;
export const DISH_NOTE_MAX = 500;

/**
 * A dish (菜品): a school's recipe of catalogue ingredients in grams per serving, from which its
 * nutrients and allergens are computed. A recipe is never edited: a changed recipe is a new dish,
 * so a published menu keeps the recipe it was published with.
 */
@ObjectType({
  description:
    'A dish (菜品) of a school: a recipe (带量食谱) of catalogue ingredients in grams per serving, its nutrients and allergens computed from them. Never edited: a changed recipe is a new dish, so a published menu keeps its recipes.',
})
@Entity('dish')
@Index(['schoolId', 'name'], { unique: true })
export class Dish extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school whose canteens cook it.' }) {
  @Field({ description: 'Its name, e.g. "番茄炒蛋 (tomato and egg)"; unique in the school.' })
  @Column('varchar', { length: DISH_NAME_MAX })
  name: string;

  @Field(() => String, { nullable: true, description: 'How it is cooked (烹调方式), or any note for the kitchen.' })
  @Column('varchar', { length: DISH_NOTE_MAX, nullable: true })
  note: string | null;

  @Field(() => ID, { description: 'The account that created it.' })
  @RefColumn()
  createdByAccountId: string;

  @Field({ description: 'When it was created.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** One ingredient of a dish's recipe: milligrams per serving (exact; typed in grams), weighed as bought. */
@ObjectType('RecipeLine', {
  description:
    'One ingredient of a recipe (配料): how much of it goes into one serving, weighed raw as bought (市品); its edible part counts.',
})
@Entity('dish_ingredient')
@Index(['dishId', 'lineNo'], { unique: true })
@Index(['ingredientId'])
export class DishIngredient {
  @IdColumn()
  id: string;

  @RefColumn()
  dishId: string;

  @Column('int')
  lineNo: number;

  @Field(() => ID, { description: 'The catalogue ingredient (食材).' })
  @RefColumn()
  ingredientId: string;

  @Field(() => Int, { description: 'Milligrams per serving (每份用量, mg): the exact amount; `grams` shows it in grams.' })
  @Column('int')
  milligramsPerServing: number;
}
