import { Role, schoolsAllowed } from '@houqin/auth';
import { defineSqlStore, exampleRequest, likeContains, type ReadContext, ScopedReader, type Visibility } from '@houqin/persistence';
import { Ingredient } from '../ingredient/ingredient.entity';
import { P } from '../permissions';
import { Dish, DishIngredient } from './dish.entity';
import { MenuItem, MenuWeek, MenuWeekStatus } from './menu.entity';
import type { DishFilter, MenuWeekFilter } from './menu.inputs';

/** Dishes of the viewer's schools (the district for district roles): anyone of the school reads them (readMenus). */
export const dishReader = (ctx: ReadContext) => new ScopedReader(ctx, Dish, 'Dish', 'dish');

/** Drafts only where the viewer reads the canteen's records (readCanteen); published weeks for anyone of the school. */
const draftsForTheKitchen: Visibility<MenuWeek> = (qb, viewer, alias) => {
  const where = schoolsAllowed(viewer, P.readCanteen);
  if (where === 'district') return;
  const published = MenuWeekStatus.PUBLISHED;
  if (!where.length) qb.andWhere(`${alias}.status = :published`, { published });
  else qb.andWhere(`(${alias}.status = :published OR ${alias}.schoolId IN (:...draftSchoolIds))`, { published, draftSchoolIds: where });
};

/** Weekly menus in the viewer's scope: drafts for the kitchen, leaders and district readers; published ones for everyone of the school. */
export const menuWeekReader = (ctx: ReadContext) => new ScopedReader(ctx, MenuWeek, 'MenuWeek', 'mw', { visibility: draftsForTheKitchen });

/** The menus' hand-written SQL (printed to apps/canteen/sql/menu.sql). */
export const menuSql = defineSqlStore(
  'menu',
  {
    /** Dishes in scope, by school and part of the name, by name. */
    dishes: (m, dishes: ScopedReader<Dish>, filter: DishFilter) => {
      const qb = dishes.query(m);
      if (filter.schoolId) qb.andWhere('dish.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.search) qb.andWhere(...likeContains('dish.name', 'search', filter.search));
      return qb;
    },
    /** The recipe lines of a page of dishes (Dish.lines, Dish.nutrients): one statement. */
    linesOf: (m, dishIds: readonly string[]) =>
      m
        .getRepository(DishIngredient)
        .createQueryBuilder('line')
        .where('line.dishId IN (:...dishIds)', { dishIds })
        .orderBy('line.dishId', 'ASC')
        .addOrderBy('line.lineNo', 'ASC'),
    /** Catalogue rows of one district for the ingredients of a page of recipes: one statement. */
    ingredients: (m, districtId: string, ids: readonly string[]) =>
      m
        .getRepository(Ingredient)
        .createQueryBuilder('ing')
        .where('ing.districtId = :districtId AND ing.id IN (:...ids)', { districtId, ids }),
    /**
     * Dishes by id, unscoped: only for the dishes a week the caller may read names (a week's dishes
     * are its school's), and the public menu's published week.
     */
    dishesByIds: (m, ids: readonly string[]) => m.getRepository(Dish).createQueryBuilder('dish').where('dish.id IN (:...ids)', { ids }),
    /** The dishes among `ids` that belong to `schoolId` (a menu may only name its school's dishes). */
    dishesOfSchool: (m, schoolId: string, ids: readonly string[]) =>
      m.getRepository(Dish).createQueryBuilder('dish').where('dish.schoolId = :schoolId AND dish.id IN (:...ids)', { schoolId, ids }),
    /** Weekly menus in scope, by canteen, school, status and first week. */
    weeks: (m, weeks: ScopedReader<MenuWeek>, filter: MenuWeekFilter) => {
      const qb = weeks.query(m);
      if (filter.canteenId) qb.andWhere('mw.canteenId = :canteenId', { canteenId: filter.canteenId.toLowerCase() });
      if (filter.schoolId) qb.andWhere('mw.schoolId = :schoolId', { schoolId: filter.schoolId.toLowerCase() });
      if (filter.status) qb.andWhere('mw.status = :status', { status: filter.status });
      if (filter.from) qb.andWhere('mw.weekStart >= :from', { from: filter.from });
      return qb;
    },
    /** A canteen's week, any status, locked for the save that replaces its meals. */
    weekForSave: (m, canteenId: string, weekStart: string) =>
      m
        .getRepository(MenuWeek)
        .createQueryBuilder('mw')
        .where('mw.canteenId = :canteenId AND mw.weekStart = :weekStart', { canteenId, weekStart }),
    /** The items of a page of weeks (MenuWeek.days, nutritionCheck): one statement. */
    itemsOf: (m, weekIds: readonly string[]) =>
      m
        .getRepository(MenuItem)
        .createQueryBuilder('item')
        .where('item.menuWeekId IN (:...weekIds)', { weekIds })
        .orderBy('item.servedOn', 'ASC')
        .addOrderBy('item.meal', 'ASC')
        .addOrderBy('item.position', 'ASC'),
    /** The public menu (食谱公示): a canteen's week only when PUBLISHED. No viewer: nothing else is read this way. */
    publishedWeek: (m, canteenId: string, weekStart: string) =>
      m
        .getRepository(MenuWeek)
        .createQueryBuilder('mw')
        .where('mw.canteenId = :canteenId AND mw.weekStart = :weekStart AND mw.status = :published', {
          canteenId,
          weekStart,
          published: MenuWeekStatus.PUBLISHED,
        }),
  },
  {
    dishes: [dishReader(exampleRequest(Role.CANTEEN_MANAGER)), { schoolId: 'school-1', search: '番茄' }],
    linesOf: [['dish-1', 'dish-2']],
    ingredients: ['district-1', ['ingredient-1', 'ingredient-2']],
    dishesByIds: [['dish-1', 'dish-2']],
    dishesOfSchool: ['school-1', ['dish-1', 'dish-2']],
    weeks: [menuWeekReader(exampleRequest(Role.STAFF)), { canteenId: 'canteen-1', status: MenuWeekStatus.PUBLISHED, from: '2026-03-02' }],
    weekForSave: ['canteen-1', '2026-03-02'],
    itemsOf: [['week-1', 'week-2']],
    publishedWeek: ['canteen-1', '2026-03-02'],
  },
);
