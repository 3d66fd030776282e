import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, DistrictOwnedEntity, RefColumn, RowVersionColumn, UpdatedAtColumn } from '@houqin/persistence';
import { BaseUnit } from '../quantity/quantity.rules';
import { isBuiltInForbiddenFood } from './forbidden-defaults';

export const INGREDIENT_NAME_MAX = 60;
export const FOOD_CODE_MAX = 16;
export const SOURCE_MAX = 400;
export const FORBIDDEN_NAME_MAX = 60;
export const FORBIDDEN_REASON_MAX = 300;

/** The food groups of the China Food Composition Tables (中国食物成分表), as a canteen sorts its stores. */
export enum IngredientCategory {
  GRAIN = 'GRAIN',
  TUBER = 'TUBER',
  SOY = 'SOY',
  VEGETABLE = 'VEGETABLE',
  FUNGI_ALGAE = 'FUNGI_ALGAE',
  FRUIT = 'FRUIT',
  NUT_SEED = 'NUT_SEED',
  MEAT = 'MEAT',
  POULTRY = 'POULTRY',
  DAIRY = 'DAIRY',
  EGG = 'EGG',
  AQUATIC = 'AQUATIC',
  OIL = 'OIL',
  CONDIMENT = 'CONDIMENT',
  SUGAR = 'SUGAR',
  OTHER = 'OTHER',
}
registerEnumType(IngredientCategory, {
  name: 'IngredientCategory',
  description: 'The food group of an ingredient (食物类别), after the China Food Composition Tables.',
  valuesConfig: {
    GRAIN: { description: 'Grains and their products (谷类及制品): rice, flour, noodles, millet.' },
    TUBER: { description: 'Tubers, starches and their products (薯类、淀粉及制品).' },
    SOY: { description: 'Dried legumes and their products (干豆类及制品): soybeans, tofu.' },
    VEGETABLE: { description: 'Vegetables and their products (蔬菜类及制品).' },
    FUNGI_ALGAE: { description: 'Fungi and algae (菌藻类): mushrooms, kelp.' },
    FRUIT: { description: 'Fruit and its products (水果类及制品).' },
    NUT_SEED: { description: 'Nuts and seeds (坚果、种子类).' },
    MEAT: { description: 'Livestock meat and its products (畜肉类及制品): pork, beef, mutton.' },
    POULTRY: { description: 'Poultry and its products (禽肉类及制品).' },
    DAIRY: { description: 'Milk and dairy products (乳类及制品).' },
    EGG: { description: 'Eggs and their products (蛋类及制品).' },
    AQUATIC: { description: 'Fish, shrimp, crab and shellfish (鱼虾蟹贝类).' },
    OIL: { description: 'Edible oils and fats (油脂类).' },
    CONDIMENT: { description: 'Condiments (调味品类): salt, soy sauce, vinegar.' },
    SUGAR: { description: 'Sugar and confectionery (糖类).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/** The major food allergens (致敏物质) of GB 7718, plus sesame and molluscs. */
export enum Allergen {
  GLUTEN = 'GLUTEN',
  CRUSTACEAN = 'CRUSTACEAN',
  FISH = 'FISH',
  EGG = 'EGG',
  PEANUT = 'PEANUT',
  SOY = 'SOY',
  MILK = 'MILK',
  TREE_NUT = 'TREE_NUT',
  SESAME = 'SESAME',
  MOLLUSC = 'MOLLUSC',
}
registerEnumType(Allergen, {
  name: 'Allergen',
  description: 'A major food allergen (致敏物质) an ingredient carries; a dish carries those of its ingredients.',
  valuesConfig: {
    GLUTEN: { description: 'Cereals containing gluten (含麸质的谷物): wheat, rye, barley, oats.' },
    CRUSTACEAN: { description: 'Crustaceans (甲壳纲类动物): shrimp, crab, lobster.' },
    FISH: { description: 'Fish (鱼类).' },
    EGG: { description: 'Eggs (蛋类).' },
    PEANUT: { description: 'Peanuts (花生).' },
    SOY: { description: 'Soybeans (大豆).' },
    MILK: { description: 'Milk and dairy (乳及乳制品).' },
    TREE_NUT: { description: 'Tree nuts and their kernels (坚果及其果仁).' },
    SESAME: { description: 'Sesame (芝麻).' },
    MOLLUSC: { description: 'Molluscs (软体动物): squid, clams, oysters.' },
  },
});

/**
 * One ingredient of a district's catalogue (食材目录), keyed by its China Food Composition Tables food
 * code (中国食物成分表 食物编码). Nutrients are per 100 g of the edible part (每100克可食部), as whole
 * numbers: energy in kcal, every mass in micrograms (7.4 g of protein is 7 400 000 µg). A nutrient the
 * table does not give ("—") is null; a trace ("Tr") is 0. `source` cites where the row's values come from.
 */
@ObjectType({
  description:
    'An ingredient of the district catalogue (食材目录), keyed by its China Food Composition Tables food code (中国食物成分表 食物编码). Nutrients are per 100 g edible part (每100克可食部), whole numbers: kcal for energy, micrograms for every mass; null where the table gives none ("—"), 0 for a trace ("Tr").',
})
@Entity('ingredient')
@Index(['districtId', 'foodCode'], { unique: true })
@Index(['districtId', 'name'])
export class Ingredient extends DistrictOwnedEntity('The district whose catalogue it belongs to.') {
  @Field({
    description:
      'Food code (食物编码) of the China Food Composition Tables, e.g. "012001x" (6 digits, x for a representative value 代表值); or a district\'s own code "L-…" for a food the table lacks.',
  })
  @Column('varchar', { length: FOOD_CODE_MAX })
  foodCode: string;

  @Field({ description: 'Its name, e.g. "稻米（代表值）".' })
  @Column('varchar', { length: INGREDIENT_NAME_MAX })
  name: string;

  @Field(() => IngredientCategory, { description: 'Its food group (食物类别).' })
  @Column('varchar', { length: 16 })
  category: IngredientCategory;

  @Field(() => BaseUnit, { description: 'The base unit its quantities are kept in (grams, millilitres or pieces).' })
  @Column('varchar', { length: 12 })
  baseUnit: BaseUnit;

  @Field(() => Int, { nullable: true, description: 'Weight of one piece in grams (单个重量), when it is counted or bought by the piece.' })
  @Column('int', { nullable: true })
  pieceGrams: number | null;

  @Field(() => Int, { description: 'Edible part (可食部), percent of the weight as bought: 1 to 100.' })
  @Column('smallint')
  ediblePercent: number;

  @Field(() => [Allergen], { description: 'The major allergens it carries (致敏物质); empty when none.' })
  @Column('simple-json')
  allergens: Allergen[];

  @Field(() => Int, { nullable: true, description: 'Energy (能量) per 100 g edible part, kcal.' })
  @Column('int', { nullable: true })
  energyKcal: number | null;

  @Field(() => Int, { nullable: true, description: 'Protein (蛋白质) per 100 g edible part, µg (1 g = 1 000 000 µg).' })
  @Column('int', { nullable: true })
  proteinUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Fat (脂肪) per 100 g edible part, µg.' })
  @Column('int', { nullable: true })
  fatUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Carbohydrate (碳水化合物) per 100 g edible part, µg.' })
  @Column('int', { nullable: true })
  carbohydrateUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Calcium (钙) per 100 g edible part, µg (1 mg = 1000 µg).' })
  @Column('int', { nullable: true })
  calciumUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Iron (铁) per 100 g edible part, µg.' })
  @Column('int', { nullable: true })
  ironUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Vitamin A (维生素A) per 100 g edible part, µg retinol activity equivalents (µg RAE).' })
  @Column('int', { nullable: true })
  vitaminAUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Vitamin C (维生素C) per 100 g edible part, µg.' })
  @Column('int', { nullable: true })
  vitaminCUg: number | null;

  @Field(() => Int, { nullable: true, description: 'Sodium (钠) per 100 g edible part, µg.' })
  @Column('int', { nullable: true })
  sodiumUg: number | null;

  @Field({ description: 'Where the values come from (数据来源): the table, its edition and the food code, or how a value was derived.' })
  @Column('varchar', { length: SOURCE_MAX })
  source: string;

  @Field(() => Int, { description: 'Row version: each import that changes it adds one.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it entered the catalogue.' })
  @CreatedAtColumn()
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  @UpdatedAtColumn()
  updatedAt: Date;
}

/**
 * A food no canteen of the district may use (禁用食品): the national rules' own (亚硝酸盐; high-risk
 * foods such as raw 四季豆, 鲜黄花菜, wild mushrooms and sprouted potatoes, built in and not removable),
 * plus what the district or its province adds. An ingredient is forbidden when its id or food code is
 * named, or its name contains the forbidden food's name.
 */
@ObjectType({
  description:
    'A forbidden food (禁用食品): no recipe or delivery may use it. Built-in national entries cannot be removed; the district adds its own (e.g. a province’s list). An ingredient matches by id, by food code, or when its name contains this name.',
})
@Entity('forbidden_food')
@Index(['districtId', 'name'], { unique: true })
export class ForbiddenFood extends DistrictOwnedEntity(
  'The district whose list it is on (the built-in entries show the viewer’s district).',
) {
  @Field({ description: 'What is forbidden, e.g. "四季豆" or "野生蘑菇"; an ingredient whose name contains it is refused.' })
  @Column('varchar', { length: FORBIDDEN_NAME_MAX })
  name: string;

  @Field({ description: 'Why (禁用原因), e.g. the rule or the hazard.' })
  @Column('varchar', { length: FORBIDDEN_REASON_MAX })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue ingredient it names, if any.' })
  @RefColumn({ nullable: true })
  ingredientId: string | null;

  @Field(() => String, { nullable: true, description: 'The food code (食物编码) it names, if any.' })
  @Column('varchar', { length: FOOD_CODE_MAX, nullable: true })
  foodCode: string | null;

  @Field({ description: 'True for the national rules’ own entries, which no district removes.' })
  get builtIn(): boolean {
    return isBuiltInForbiddenFood(this.id);
  }

  @Field(() => ID, { nullable: true, description: 'The account that added it; null for built-in entries.' })
  @RefColumn({ nullable: true })
  addedByAccountId: string | null;

  @Field({ description: 'When it was added (for built-in entries: when houqin first listed them).' })
  @CreatedAtColumn()
  createdAt: Date;
}
