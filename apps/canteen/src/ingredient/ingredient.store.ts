import { Brackets } from 'typeorm';
import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader } from '@houqin/persistence';
import { ForbiddenFood, Ingredient, IngredientCategory } from './ingredient.entity';
import type { IngredientFilter } from './ingredient.inputs';

/** The district's catalogue: one for every school of the district. */
export const ingredientReader = (ctx: ReadContext) => new ScopedReader(ctx, Ingredient, 'Ingredient', 'ing', { level: 'district' });

/** The catalogue's hand-written SQL (printed to apps/canteen/sql/ingredient.sql). */
export const ingredientSql = defineSqlStore(
  'ingredient',
  {
    /** The catalogue, narrowed to a food group and to a part of the name or the start of the food code. */
    list: (m, ingredients: ScopedReader<Ingredient>, filter: IngredientFilter) => {
      const qb = ingredients.query(m);
      if (filter.category) qb.andWhere('ing.category = :category', { category: filter.category });
      const search = filter.search?.trim();
      if (search) {
        const [nameLike, nameParams] = likeContains('ing.name', 'search', search);
        const code = search.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`);
        qb.andWhere(
          new Brackets((or) =>
            or.where(nameLike, nameParams).orWhere(`LOWER(ing.foodCode) LIKE :codePrefix ESCAPE '!'`, { codePrefix: `${code}%` }),
          ),
        );
      }
      return qb;
    },
    /** The district's ingredients with any of these food codes (an import inserts or updates by code): one statement per file. */
    withFoodCodes: (m, districtId: string, foodCodes: readonly string[]) =>
      m
        .getRepository(Ingredient)
        .createQueryBuilder('ing')
        .where('ing.districtId = :districtId AND ing.foodCode IN (:...foodCodes)', { districtId, foodCodes }),
    /** Ingredients a recipe or a delivery names, in the record's district (others are refused as unknown). */
    inDistrict: (m, districtId: string, ids: readonly string[]) =>
      m
        .getRepository(Ingredient)
        .createQueryBuilder('ing')
        .where('ing.districtId = :districtId AND ing.id IN (:...ids)', { districtId, ids }),
    /** The district's own forbidden foods (the built-in ones are not rows), oldest first. */
    forbiddenOf: (m, districtId: string) =>
      m
        .getRepository(ForbiddenFood)
        .createQueryBuilder('ff')
        .where('ff.districtId = :districtId', { districtId })
        .orderBy('ff.createdAt', 'ASC')
        .addOrderBy('ff.id', 'ASC'),
  },
  {
    list: [ingredientReader(exampleRequest()), { search: '稻米', category: IngredientCategory.GRAIN }],
    withFoodCodes: ['district-1', ['012001x', '011201x']],
    inDistrict: ['district-1', ['ingredient-1', 'ingredient-2']],
    forbiddenOf: ['district-1'],
  },
);
