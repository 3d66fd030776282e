import type DataLoader from 'dataloader';
import { requirePermission } from '@houqin/auth';
import { badInput, conflict, DEFAULT_TIME_ZONE, newId, parseId, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { byIdLoader, groupedLoader, isUniqueViolation, paginate, recordAudit, LoadersByArgument } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import { recordMenuDayChecks } from '../report/menu-day-check.entity';
import type { CanteenContext } from '../context';
import { Canteen } from '../canteen/canteen.entity';
import type { Ingredient } from '../ingredient/ingredient.entity';
import { P } from '../permissions';
import type { CanteenStep } from '../workflow-step.entity';
import { Dish, DishIngredient } from './dish.entity';
import type { MealKind } from './meal-kind';
import { MenuItem, MenuWeek, MenuWeekStatus } from './menu.entity';
import { menuWeekFlow } from './menu.flow';
import type { CreateDishInput, DishFilter, MenuWeekFilter, PublishMenuWeekInput, SaveMenuWeekInput } from './menu.inputs';
import { byDayAndMeal, checkDate, checkDistinctIngredients, checkMealPlans, checkWeekStart, mondayOf, parseGrams } from './menu.rules';
import { dishReader, menuSql, menuWeekReader } from './menu.store';
import type { MenuDay, Nutrients, NutritionCheck, PublicMenuDay, PublishedMenu } from './menu.types';
import {
  allergensOf,
  checkWeek,
  type IngredientFacts,
  type NutrientColumns,
  nutrientsOf,
  type PlannedDay,
  type RecipeLine,
} from './nutrition.rules';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nutrients for the graph: masses in g or mg, one decimal. */
export function nutrientsOut(n: NutrientColumns): Nutrients {
  return {
    energyKcal: round1(n.energyKcal),
    proteinG: round1(n.proteinUg / 1e6),
    fatG: round1(n.fatUg / 1e6),
    carbohydrateG: round1(n.carbohydrateUg / 1e6),
    calciumMg: round1(n.calciumUg / 1e3),
    ironMg: round1(n.ironUg / 1e3),
    vitaminAUgRae: round1(n.vitaminAUg),
    vitaminCMg: round1(n.vitaminCUg / 1e3),
    sodiumMg: round1(n.sodiumUg / 1e3),
  };
}

/** A catalogue row as the check reads it: a nutrient the table does not give counts as none (so the check errs towards "short"). */
function factsOf(row: Ingredient): IngredientFacts {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    ediblePercent: row.ediblePercent,
    allergens: row.allergens,
    energyKcal: row.energyKcal ?? 0,
    proteinUg: row.proteinUg ?? 0,
    fatUg: row.fatUg ?? 0,
    carbohydrateUg: row.carbohydrateUg ?? 0,
    calciumUg: row.calciumUg ?? 0,
    ironUg: row.ironUg ?? 0,
    vitaminAUg: row.vitaminAUg ?? 0,
    vitaminCUg: row.vitaminCUg ?? 0,
    sodiumUg: row.sodiumUg ?? 0,
  };
}

/** A dish with its recipe, as a week's plan holds it. */
interface PlannedDishRow {
  dish: Dish;
  lines: RecipeLine[];
}
interface WeekPlan {
  week: MenuWeek;
  days: { servedOn: string; meals: { meal: MealKind; dishes: PlannedDishRow[] }[] }[];
}

/**
 * Recipes (菜品) and weekly menus (每周食谱) with their nutrition check against WS/T 554-2017, and the
 * public menu (食谱公示) parents read without signing in. At `ctx.menus`.
 */
export class MenuService {
  readonly dishes: ScopedReader<Dish>;
  readonly weeks: ScopedReader<MenuWeek>;
  private linesLoader?: DataLoader<string, DishIngredient[]>;
  private itemsLoader?: DataLoader<string, MenuItem[]>;
  private dishLoader?: DataLoader<string, Dish | null>;
  private stepsLoader?: DataLoader<string, CanteenStep[]>;
  private readonly ingredientLoaders = new LoadersByArgument<string, DataLoader<string, Ingredient | null>>();

  constructor(private readonly ctx: CanteenContext) {
    this.dishes = dishReader(ctx);
    this.weeks = menuWeekReader(ctx);
  }

  // ── Reads ─────────────────────────────────────────────────────────────────────────────────

  /** Dishes and published menus are read under readMenus (anyone of the school); anonymous callers are UNAUTHENTICATED. */
  listDishes(filter: DishFilter, page: PageArgs): Promise<Page<Dish>> {
    requirePermission(this.ctx.viewer, P.readMenus);
    return paginate(menuSql.dishes(this.ctx.dataSource.manager, this.dishes, filter), page);
  }

  dish(id: string): Promise<Dish> {
    requirePermission(this.ctx.viewer, P.readMenus);
    return this.dishes.get(id);
  }

  listWeeks(filter: MenuWeekFilter, page: PageArgs): Promise<Page<MenuWeek>> {
    requirePermission(this.ctx.viewer, P.readMenus);
    return paginate(menuSql.weeks(this.ctx.dataSource.manager, this.weeks, filter), page);
  }

  /** One week: NOT_FOUND outside the viewer's schools, and for a draft they may not read (readCanteen). */
  week(id: string): Promise<MenuWeek> {
    requirePermission(this.ctx.viewer, P.readMenus);
    return this.weeks.get(id);
  }

  /** A dish's recipe lines, batched over a page of dishes. */
  linesOf(dishId: string): Promise<DishIngredient[]> {
    this.linesLoader ??= groupedLoader(
      (ids) => menuSql.linesOf(this.ctx.dataSource.manager, ids).getMany(),
      (line) => line.dishId,
    );
    return this.linesLoader.load(dishId);
  }

  /** A catalogue row of the district, batched (one statement per district and tick). */
  ingredient(districtId: string, id: string): Promise<Ingredient | null> {
    const loader = this.ingredientLoaders.get(districtId, () =>
      byIdLoader((ids) => menuSql.ingredients(this.ctx.dataSource.manager, districtId, ids).getMany()),
    );
    return loader.load(id);
  }

  /** A dish's recipe with each ingredient's catalogue facts. */
  async recipeOf(dish: Dish): Promise<RecipeLine[]> {
    const lines = await this.linesOf(dish.id);
    const rows = await Promise.all(lines.map((l) => this.ingredient(dish.districtId, l.ingredientId)));
    return lines.flatMap((line, i) => {
      const row = rows[i];
      return row ? [{ ingredient: factsOf(row), grams: line.milligramsPerServing / 1000 }] : [];
    });
  }

  async nutrientsOfDish(dish: Dish): Promise<Nutrients> {
    return nutrientsOut(nutrientsOf(await this.recipeOf(dish)));
  }

  async allergensOfDish(dish: Dish): Promise<string[]> {
    return allergensOf(await this.recipeOf(dish));
  }

  /** Steps of a page of weeks (saved, revised, published), oldest first. */
  stepsOf(weekId: string): Promise<CanteenStep[]> {
    this.stepsLoader ??= menuWeekFlow.stepsLoader<CanteenStep>(this.ctx.dataSource);
    return this.stepsLoader.load(weekId);
  }

  /** The canteen of a week the viewer reads. */
  canteenOf(week: MenuWeek): Promise<Canteen | null> {
    return this.ctx.canteens.reader.byId(week.canteenId);
  }

  /**
   * A week's meals with their dishes and recipes: items, dishes, recipe lines and catalogue rows,
   * each batched over every week asked for at once. Reached only from a week the caller may read
   * (in scope, or published), whose dishes are its school's.
   */
  private async planOf(week: MenuWeek): Promise<WeekPlan> {
    this.itemsLoader ??= groupedLoader(
      (ids) => menuSql.itemsOf(this.ctx.dataSource.manager, ids).getMany(),
      (item) => item.menuWeekId,
    );
    this.dishLoader ??= byIdLoader((ids) => menuSql.dishesByIds(this.ctx.dataSource.manager, ids).getMany());
    const items = [...(await this.itemsLoader.load(week.id))].sort((a, b) => byDayAndMeal(a, b) || a.position - b.position);
    const dishes = await Promise.all(items.map((item) => this.dishLoader!.load(item.dishId)));
    const recipes = await Promise.all(dishes.map((dish) => (dish ? this.recipeOf(dish) : Promise.resolve([]))));
    const days: WeekPlan['days'] = [];
    items.forEach((item, i) => {
      const dish = dishes[i];
      if (!dish) return;
      let day = days.find((d) => d.servedOn === item.servedOn);
      if (!day) days.push((day = { servedOn: item.servedOn, meals: [] }));
      let meal = day.meals.find((m) => m.meal === item.meal);
      if (!meal) day.meals.push((meal = { meal: item.meal, dishes: [] }));
      meal.dishes.push({ dish, lines: recipes[i] });
    });
    return { week, days };
  }

  private static check(plan: WeekPlan): NutritionCheck {
    const days: PlannedDay[] = plan.days.map((d) => ({
      servedOn: d.servedOn,
      meals: d.meals.map((m) => ({ meal: m.meal, dishes: m.dishes.map((x) => ({ name: x.dish.name, lines: x.lines })) })),
    }));
    return checkWeek(plan.week.ageGroup, days);
  }

  /** The week's nutrition check (a field of the draft: the planner sees it as they plan). */
  async nutritionCheck(week: MenuWeek): Promise<NutritionCheck> {
    return MenuService.check(await this.planOf(week));
  }

  /** The week's days, meals and dishes, with each meal's nutrients. */
  async daysOf(week: MenuWeek): Promise<MenuDay[]> {
    const plan = await this.planOf(week);
    return plan.days.map((d) => ({
      servedOn: d.servedOn,
      meals: d.meals.map((m) => ({
        meal: m.meal,
        dishes: m.dishes.map((x) => x.dish),
        nutrients: nutrientsOut(nutrientsOf(m.dishes.flatMap((x) => x.lines))),
      })),
    }));
  }

  /**
   * The public menu (食谱公示): a canteen's PUBLISHED week, for anyone, signed in or not (readPublishedMenu
   * is open to anonymous callers). A draft, an unknown canteen or a week not published all answer
   * null alike, so nothing else can be learned this way. `weekStart` may be any day of the week; the
   * current week (in the school's zone) when omitted.
   */
  async publishedMenu(canteenId: string, weekOf?: string | null): Promise<PublishedMenu | null> {
    const id = parseId(canteenId, 'canteenId');
    const weekStart = mondayOf(
      weekOf === null || weekOf === undefined ? todayIn(DEFAULT_TIME_ZONE, this.ctx.now()) : checkDate(weekOf, 'weekOf'),
    );
    const manager = this.ctx.dataSource.manager;
    const week = await menuSql.publishedWeek(manager, id, weekStart).getOne();
    if (!week?.publishedAt) return null;
    const canteen = await manager.findOneByOrFail(Canteen, { id: week.canteenId });
    const plan = await this.planOf(week);
    const days: PublicMenuDay[] = plan.days.map((d) => ({
      servedOn: d.servedOn,
      meals: d.meals.map((m) => ({
        meal: m.meal,
        dishes: m.dishes.map((x) => ({
          name: x.dish.name,
          allergens: allergensOf(x.lines),
          nutrients: nutrientsOut(nutrientsOf(x.lines)),
        })),
        nutrients: nutrientsOut(nutrientsOf(m.dishes.flatMap((x) => x.lines))),
      })),
    }));
    return {
      canteenId: canteen.id,
      canteenName: canteen.name,
      weekStart: week.weekStart,
      ageGroup: week.ageGroup,
      publishedAt: week.publishedAt,
      days,
      nutritionCheck: MenuService.check(plan),
    };
  }

  // ── Writes ────────────────────────────────────────────────────────────────────────────────

  /**
   * A new dish with its recipe (canteen manager of the school). Grams are exact to the milligram;
   * every ingredient must be of the district's catalogue and not a forbidden food (H2's assertUsable).
   */
  async createDish(input: CreateDishInput): Promise<Dish> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createDish, schoolId);
    const lines = input.lines.map((line, i) => ({
      ingredientId: parseId(line.ingredientId, `lines.${i}.ingredientId`),
      milligramsPerServing: parseGrams(line.grams, `lines.${i}.grams`),
    }));
    checkDistinctIngredients(lines.map((l) => l.ingredientId));
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.ingredients.assertUsable(
        manager,
        viewer.districtId,
        lines.map((l) => l.ingredientId),
        (i) => `lines.${i}.ingredientId`,
      );
      const dish = manager.create(Dish, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        name: input.name.trim(),
        note: input.note?.trim() || null,
        createdByAccountId: viewer.accountId,
      });
      try {
        await manager.insert(Dish, dish);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('name', `The school already has a dish named "${dish.name}".`);
        throw error;
      }
      await manager.insert(
        DishIngredient,
        lines.map((line, i) => ({ id: newId(), dishId: dish.id, lineNo: i + 1, ...line })),
      );
      await recordAudit(manager, this.ctx, {
        action: 'dish.create',
        entityType: 'Dish',
        entityId: dish.id,
        districtId: dish.districtId,
        schoolId,
        changes: { name: dish.name, note: dish.note, lines },
      });
      return manager.findOneByOrFail(Dish, { id: dish.id });
    });
  }

  /**
   * Saves a canteen's week as a draft: the first save creates it, a later one (naming the version it
   * read) replaces its meals and age group. A published week is never saved again (CONFLICT). Each
   * save is a recorded step with its audit entry.
   */
  async saveWeek(input: SaveMenuWeekInput): Promise<MenuWeek> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const canteen = await this.ctx.canteens.getIn(manager, input.canteenId, 'canteenId');
      const existing = await menuSql.weekForSave(manager, canteen.id, input.weekStart).getOne();
      const step = existing ? menuWeekFlow.check(this.ctx.viewer, 'REVISED', existing) : null;
      if (!step) menuWeekFlow.allow(this.ctx.viewer, 'SAVED', canteen.schoolId);
      checkWeekStart(input.weekStart);
      const meals = input.meals.map((m, i) => ({ ...m, dishIds: m.dishIds.map((d, j) => parseId(d, `meals.${i}.dishIds.${j}`)) }));
      checkMealPlans(input.weekStart, meals);
      const named = [...new Set(meals.flatMap((m) => m.dishIds))];
      const found = named.length ? await menuSql.dishesOfSchool(manager, canteen.schoolId, named).getMany() : [];
      const known = new Set(found.map((d) => d.id));
      meals.forEach((m, i) => {
        const unknown = m.dishIds.find((d) => !known.has(d));
        if (unknown) throw badInput(`meals.${i}.dishIds`, `meals.${i}.dishIds: ${unknown} is not a dish of the canteen's school.`);
      });
      const changes = { ageGroup: input.ageGroup, meals: meals.map((m) => ({ servedOn: m.servedOn, meal: m.meal, dishIds: m.dishIds })) };
      let week: MenuWeek;
      if (existing && step) {
        if (input.version === undefined || input.version === null)
          throw conflict(`The canteen already has a menu for the week of ${input.weekStart}; name the version you read to save it again.`, {
            version: existing.version,
          });
        if (input.version !== existing.version)
          throw conflict('The menu week was changed by someone else meanwhile; reload it.', { version: existing.version });
        await manager.delete(MenuItem, { menuWeekId: existing.id });
        week = await step.commit(manager, this.ctx, { set: { ageGroup: input.ageGroup }, changes });
      } else {
        week = manager.create(MenuWeek, {
          id: newId(),
          districtId: canteen.districtId,
          schoolId: canteen.schoolId,
          canteenId: canteen.id,
          weekStart: input.weekStart,
          ageGroup: input.ageGroup,
          status: MenuWeekStatus.DRAFT,
          publishedAt: null,
        });
        try {
          await manager.insert(MenuWeek, week);
        } catch (error) {
          if (isUniqueViolation(error))
            throw conflict(`The canteen's menu for the week of ${input.weekStart} was saved meanwhile; reload it.`);
          throw error;
        }
        await menuWeekFlow.recordCreation(manager, this.ctx, 'SAVED', week, { changes });
        week = await manager.findOneByOrFail(MenuWeek, { id: week.id });
      }
      const items = meals.flatMap((m) =>
        m.dishIds.map((dishId, position) => ({ id: newId(), menuWeekId: week.id, servedOn: m.servedOn, meal: m.meal, position, dishId })),
      );
      if (items.length) await manager.insert(MenuItem, items);
      return week;
    });
  }

  /**
   * Publishes a draft for parents (食谱公示): once, and it never changes again. A week that fails the
   * nutrition check may still be published — the check explains, it does not forbid — and the step
   * records how it measured when published.
   */
  async publishWeek(input: PublishMenuWeekInput): Promise<MenuWeek> {
    return this.ctx.dataSource.transaction(async (manager) => {
      const week = await this.weeks.getIn(manager, input.id);
      const step = menuWeekFlow.check(this.ctx.viewer, 'PUBLISHED', week);
      const itemCount = await manager.count(MenuItem, { where: { menuWeekId: week.id } });
      if (!itemCount) throw conflict('The menu week plans no meal yet; plan at least one before publishing it.');
      const check = await this.nutritionCheck(week);
      const comment = check.passes
        ? 'Meets WS/T 554-2017 for its age group.'
        : `Published with ${check.shortfalls.length} shortfall(s) against WS/T 554-2017.`;
      const publishedAt = this.ctx.now();
      // Kept as published, for the district's nutrition-check pass rate (report/).
      await recordMenuDayChecks(manager, week, check.days);
      return step.commit(manager, this.ctx, {
        set: { publishedAt },
        comment,
        changes: { publishedAt, passes: check.passes, shortfalls: check.shortfalls.length },
      });
    });
  }
}
