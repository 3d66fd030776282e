import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { BaseUnit } from '../quantity/quantity.rules';
import {
  Allergen,
  FOOD_CODE_MAX,
  FORBIDDEN_NAME_MAX,
  FORBIDDEN_REASON_MAX,
  INGREDIENT_NAME_MAX,
  IngredientCategory,
  SOURCE_MAX,
} from './ingredient.entity';
import type { IngredientRow } from './ingredient.rules';

/** Most rows one importIngredients takes: a district's food table is imported in files of at most this many rows. */
export const MAX_IMPORT_ROWS = 500;

const NUTRIENT_HELP =
  'as the table prints it: a decimal such as "7.9", "Tr" for a trace (stored as 0), "—" or nothing when not determined (null)';

/** A nutrient column of a food table, as text in the table's own unit. */
const NutrientField = (what: string) =>
  function (target: object, key: string) {
    Field(() => String, { nullable: true, description: `${what} per 100 g edible part, ${NUTRIENT_HELP}.` })(target, key);
    IsOptional()(target, key);
    IsString({ message: `${key} must be text` })(target, key);
    MaxLength(20, { message: `${key} must be at most 20 characters` })(target, key);
  };

@InputType({
  description:
    'One row of a food table (食物成分表) for the catalogue, in the table’s own units; inserted, or replacing the row of the same food code.',
})
export class IngredientRowInput implements IngredientRow {
  @Field({ description: 'Food code (食物编码), e.g. "012001x"; or a district code "L-…" for a food the table lacks.' })
  @IsString({ message: 'foodCode must be text' })
  @MaxLength(FOOD_CODE_MAX, { message: `foodCode must be at most ${FOOD_CODE_MAX} characters` })
  foodCode: string;

  @TextField('Its name, e.g. "稻米（代表值）".', { max: INGREDIENT_NAME_MAX })
  name: string;

  @EnumField(IngredientCategory, 'Its food group (食物类别).')
  category: IngredientCategory;

  @Field(() => BaseUnit, { nullable: true, description: 'The unit its quantities are kept in; GRAM when omitted.' })
  @IsOptional()
  @IsIn(Object.values(BaseUnit))
  baseUnit?: BaseUnit | null;

  @Field(() => Int, { nullable: true, description: 'Weight of one piece in grams (单个重量), when it is counted or bought by the piece.' })
  @IsOptional()
  @IsInt({ message: 'pieceGrams must be a whole number' })
  @Min(1, { message: 'pieceGrams must be at least 1' })
  @Max(1_000_000, { message: 'pieceGrams must be at most 1000000' })
  pieceGrams?: number | null;

  @Field(() => Int, { description: 'Edible part (可食部), percent: 1 to 100.' })
  @IsInt({ message: 'ediblePercent must be a whole number' })
  ediblePercent: number;

  @Field(() => [Allergen], { nullable: true, description: 'The major allergens it carries (致敏物质); none when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(Object.values(Allergen), { each: true, message: 'allergens must name known allergens' })
  allergens?: Allergen[] | null;

  @NutrientField('Energy (能量) in whole kcal,')
  energyKcal?: string | null;

  @NutrientField('Protein (蛋白质) in g,')
  proteinG?: string | null;

  @NutrientField('Fat (脂肪) in g,')
  fatG?: string | null;

  @NutrientField('Carbohydrate (碳水化合物) in g,')
  carbohydrateG?: string | null;

  @NutrientField('Calcium (钙) in mg,')
  calciumMg?: string | null;

  @NutrientField('Iron (铁) in mg,')
  ironMg?: string | null;

  @NutrientField('Vitamin A (维生素A) in µg RAE (whole µg),')
  vitaminAUg?: string | null;

  @NutrientField('Vitamin C (维生素C) in mg,')
  vitaminCMg?: string | null;

  @NutrientField('Sodium (钠) in mg,')
  sodiumMg?: string | null;

  @TextField('Where the values come from (数据来源): the licensed table, its edition and the food code.', { max: SOURCE_MAX })
  source: string;
}

@InputType({
  description: `Import rows of the district's licensed food table into the catalogue (食物成分表导入): all or nothing, at most ${MAX_IMPORT_ROWS} rows.`,
})
export class ImportIngredientsInput {
  // Not validated here: the service checks every row and answers all bad rows at once (rowErrors).
  @Field(() => [IngredientRowInput], {
    description: `The rows, 1 to ${MAX_IMPORT_ROWS}; a food code may appear once per file. A code already in the catalogue is updated, a new one inserted.`,
  })
  rows: IngredientRowInput[];

  @Field({
    defaultValue: false,
    description: 'True to check the file only (校验): the same answer and errors, nothing written, no ingredients returned.',
  })
  validateOnly: boolean;
}

@InputType({ description: 'Filter for the ingredient catalogue.' })
export class IngredientFilter {
  @OptionalTextField('Part of the name, or the start of the food code (e.g. "0120" or "稻米").', INGREDIENT_NAME_MAX)
  search?: string | null;

  @EnumField(IngredientCategory, 'Only this food group.', { nullable: true })
  category?: IngredientCategory | null;
}

@InputType({ description: 'Add a food to the district’s forbidden list (禁用食品).' })
export class AddForbiddenFoodInput {
  @TextField('What is forbidden, e.g. "河豚" (puffer fish); an ingredient whose name contains it is refused.', { max: FORBIDDEN_NAME_MAX })
  name: string;

  @TextField('Why (禁用原因): the rule or the hazard.', { max: FORBIDDEN_REASON_MAX })
  reason: string;

  @IdField('A catalogue ingredient it names, if any.', { nullable: true })
  ingredientId?: string | null;

  @Field(() => String, { nullable: true, description: 'A food code (食物编码) it names, if any.' })
  @IsOptional()
  @IsString({ message: 'foodCode must be text' })
  @MaxLength(FOOD_CODE_MAX, { message: `foodCode must be at most ${FOOD_CODE_MAX} characters` })
  foodCode?: string | null;
}
