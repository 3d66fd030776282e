import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Ingredient } from './ingredient.entity';

@ObjectType({ description: 'A page of the ingredient catalogue.' })
export class IngredientConnection extends Connection(Ingredient, 'Ingredient') {}

@ObjectType({ description: 'What importIngredients wrote (食物成分表导入).' })
export class ImportIngredientsPayload {
  @Field(() => Int, { description: 'Rows imported, or that would be with validateOnly.' })
  count: number;

  @Field(() => Int, { description: 'Of them, food codes new to the catalogue.' })
  created: number;

  @Field(() => Int, { description: 'Of them, food codes already in the catalogue, replaced by the row.' })
  updated: number;

  @Field(() => [Ingredient], { description: 'The ingredients as now stored, in the order of the rows; empty with validateOnly.' })
  ingredients: Ingredient[];
}
