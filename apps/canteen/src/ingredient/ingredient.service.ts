import type { EntityManager } from 'typeorm';
import { badInput, newId, parseId, rowErrorsFrom, rowErrorsInput, type Page, type PageArgs, type RowError } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { validateInput } from '@houqin/subgraph-kit';
import type { CanteenContext } from '../context';
import { P } from '../permissions';
import { BUILT_IN_FORBIDDEN_FOODS, BUILT_IN_LISTED_AT, isBuiltInForbiddenFood } from './forbidden-defaults';
import { ForbiddenFood, Ingredient } from './ingredient.entity';
import { MAX_IMPORT_ROWS, type AddForbiddenFoodInput, type ImportIngredientsInput, type IngredientFilter } from './ingredient.inputs';
import { FOOD_CODE_HELP, forbiddenMatch, ingredientValues, normalFoodCode, type IngredientValues } from './ingredient.rules';
import { ingredientReader, ingredientSql } from './ingredient.store';
import type { ImportIngredientsPayload } from './ingredient.types';

/** A forbidden food as matched: the entry and the food codes it covers. */
interface ForbiddenEntry {
  entry: ForbiddenFood;
  name: string;
  ingredientId: string | null;
  foodCodes: readonly string[];
}

/** The field an ingredient id is reported on: one for all, or per position in the list. */
export type IngredientField = string | ((index: number) => string);

/**
 * The district's ingredient catalogue (食材目录) and its forbidden foods (禁用食品). District
 * administrators keep them; every school role and the district's readers read them. Recipes (menu/)
 * and deliveries (delivery/) check what they name with `assertUsable`.
 */
export class IngredientService {
  /** The viewer's district's catalogue: `byId` for field resolvers. */
  readonly reader: ScopedReader<Ingredient>;
  private forbiddenCache = new Map<string, Promise<ForbiddenEntry[]>>();

  constructor(private readonly ctx: CanteenContext) {
    this.reader = ingredientReader(ctx);
  }

  list(filter: IngredientFilter, page: PageArgs): Promise<Page<Ingredient>> {
    requirePermission(this.ctx.viewer, P.readCatalogue);
    return paginate(ingredientSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  get(id: string): Promise<Ingredient> {
    requirePermission(this.ctx.viewer, P.readCatalogue);
    return this.reader.get(id);
  }

  /**
   * Imports rows of the district's licensed food table (食物成分表导入), all or nothing: each row is
   * checked (shape, food code, nutrients in the table's units converted exactly), a food code repeated
   * in the file is refused, and every bad row is answered at once (rowErrors). A code already in the
   * catalogue is replaced by its row, a new one inserted, each with an audit entry. With
   * `validateOnly` nothing is written.
   */
  async import(input: ImportIngredientsInput): Promise<ImportIngredientsPayload> {
    const viewer = requirePermission(this.ctx.viewer, P.importIngredients);
    const { rows } = input;
    if (rows.length < 1) throw badInput('rows', 'rows must have at least one row.');
    if (rows.length > MAX_IMPORT_ROWS)
      throw badInput('rows', `rows has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once: split the file.`);
    const errors: RowError[] = [];
    const values = new Map<number, IngredientValues>();
    for (const [i, row] of rows.entries()) {
      try {
        await validateInput(row);
        values.set(i, ingredientValues(row));
      } catch (error) {
        errors.push(...rowErrorsFrom(i, error));
      }
    }
    const firstRowOf = new Map<string, number>();
    for (const [i, row] of values) {
      const earlier = firstRowOf.get(row.foodCode);
      if (earlier === undefined) firstRowOf.set(row.foodCode, i);
      else errors.push({ row: i, field: 'foodCode', message: `This food code is already in row ${earlier} of this file.` });
    }
    if (errors.length) throw rowErrorsInput(errors);

    return this.ctx.dataSource.transaction(async (manager) => {
      const codes = [...firstRowOf.keys()];
      const existing = new Map(
        (await ingredientSql.withFoodCodes(manager, viewer.districtId, codes).getMany()).map((ing) => [ing.foodCode, ing]),
      );
      const created = codes.filter((code) => !existing.has(code)).length;
      if (input.validateOnly) return { count: rows.length, created, updated: rows.length - created, ingredients: [] };
      const ids: string[] = [];
      for (const [i, row] of [...values.entries()].sort(([a], [b]) => a - b)) {
        const current = existing.get(row.foodCode);
        if (current) {
          await manager.createQueryBuilder().update(Ingredient).set(row).where('id = :id', { id: current.id }).execute();
          await recordAudit(manager, this.ctx, {
            action: 'ingredient.import.update',
            entityType: 'Ingredient',
            entityId: current.id,
            districtId: viewer.districtId,
            changes: { ...row },
          });
          ids.push(current.id);
          continue;
        }
        const id = newId();
        try {
          await manager.insert(Ingredient, { id, districtId: viewer.districtId, ...row });
        } catch (error) {
          // Imported by someone else since the check above: that row, as the check would have said.
          if (isUniqueViolation(error))
            throw rowErrorsInput([
              { row: i, field: 'foodCode', message: 'This food code was added to the catalogue meanwhile; import the file again.' },
            ]);
          throw error;
        }
        await recordAudit(manager, this.ctx, {
          action: 'ingredient.import.create',
          entityType: 'Ingredient',
          entityId: id,
          districtId: viewer.districtId,
          changes: { ...row },
        });
        ids.push(id);
      }
      const byId = new Map((await ingredientSql.inDistrict(manager, viewer.districtId, ids).getMany()).map((ing) => [ing.id, ing]));
      return { count: rows.length, created, updated: rows.length - created, ingredients: ids.map((id) => byId.get(id)!) };
    });
  }

  /** The district's forbidden foods: the built-in national entries first, then the district's own, oldest first. */
  async forbiddenFoods(): Promise<ForbiddenFood[]> {
    const viewer = requirePermission(this.ctx.viewer, P.readCatalogue);
    return (await this.forbiddenList(this.ctx.dataSource.manager, viewer.districtId)).map((f) => f.entry);
  }

  /** Adds a food to the district's forbidden list; a name already listed (or built in) is refused. */
  async addForbiddenFood(input: AddForbiddenFoodInput): Promise<ForbiddenFood> {
    const viewer = requirePermission(this.ctx.viewer, P.addForbiddenFood);
    const name = input.name.trim();
    let foodCode: string | null = null;
    if (input.foodCode != null && input.foodCode.trim() !== '') {
      foodCode = normalFoodCode(input.foodCode);
      if (!foodCode) throw badInput('foodCode', `foodCode must be ${FOOD_CODE_HELP}.`);
    }
    if (BUILT_IN_FORBIDDEN_FOODS.some((f) => f.name === name))
      throw badInput('name', `${name} is already forbidden by the national rules (built in).`);
    return this.ctx.dataSource.transaction(async (manager) => {
      let ingredientId: string | null = null;
      if (input.ingredientId != null) ingredientId = (await this.reader.getIn(manager, input.ingredientId, 'ingredientId')).id;
      const row = manager.create(ForbiddenFood, {
        id: newId(),
        districtId: viewer.districtId,
        name,
        reason: input.reason.trim(),
        ingredientId,
        foodCode,
        addedByAccountId: viewer.accountId,
      });
      try {
        await manager.insert(ForbiddenFood, row);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('name', `${name} is already on the district's forbidden list.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'forbiddenFood.add',
        entityType: 'ForbiddenFood',
        entityId: row.id,
        districtId: viewer.districtId,
        changes: { name, reason: row.reason, ingredientId, foodCode },
      });
      this.forbiddenCache.clear();
      return manager.findOneOrFail(ForbiddenFood, { where: { id: row.id } });
    });
  }

  /** Takes a food off the district's list (the audit keeps what it was); the built-in national entries stay. */
  async removeForbiddenFood(id: string): Promise<ForbiddenFood> {
    const viewer = requirePermission(this.ctx.viewer, P.removeForbiddenFood);
    const rowId = parseId(id, 'id');
    if (isBuiltInForbiddenFood(rowId)) throw badInput('id', 'This entry is a national rule (built in); no district removes it.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ForbiddenFood, { where: { id: rowId, districtId: viewer.districtId } });
      if (!row) throw badInput('id', 'id names no forbidden food of your district.');
      await manager.delete(ForbiddenFood, { id: row.id });
      await recordAudit(manager, this.ctx, {
        action: 'forbiddenFood.remove',
        entityType: 'ForbiddenFood',
        entityId: row.id,
        districtId: viewer.districtId,
        changes: { name: row.name, reason: row.reason, ingredientId: row.ingredientId, foodCode: row.foodCode },
      });
      this.forbiddenCache.clear();
      return row;
    });
  }

  /**
   * The ingredients a recipe line or a delivery item names, checked in the record's district, in the
   * caller's transaction: each must be in the district's catalogue (else BAD_USER_INPUT "names no
   * ingredient", also for another district's) and not forbidden (BAD_USER_INPUT naming the forbidden
   * food and why). `field` is where an id is reported: one name, or one per position
   * (`(i) => \`lines.${i}.ingredientId\``). Returns the ingredients by id. Two statements for any number.
   */
  async assertUsable(
    manager: EntityManager,
    districtId: string,
    ingredientIds: readonly string[],
    field: IngredientField,
  ): Promise<Map<string, Ingredient>> {
    const fieldOf = (i: number) => (typeof field === 'function' ? field(i) : field);
    const ids = ingredientIds.map((id, i) => parseId(id, fieldOf(i)));
    const found = ids.length ? await ingredientSql.inDistrict(manager, districtId, [...new Set(ids)]).getMany() : [];
    const byId = new Map(found.map((ing) => [ing.id, ing]));
    const unknown = ids.findIndex((id) => !byId.has(id));
    if (unknown >= 0) throw badInput(fieldOf(unknown), `${fieldOf(unknown)} names no ingredient of the district's catalogue.`);
    const forbidden = await this.forbiddenList(manager, districtId);
    for (const [i, id] of ids.entries()) {
      const ingredient = byId.get(id)!;
      const match = forbiddenMatch(ingredient, forbidden);
      if (match)
        throw badInput(
          fieldOf(i),
          `${ingredient.name} (${ingredient.foodCode}) is a forbidden food (禁用食品: ${match.entry.name}): ${match.entry.reason}`,
        );
    }
    return byId;
  }

  /** The forbidden food covering an ingredient, or null: the list is read once per request (Ingredient.forbidden). */
  async forbiddenFor(ingredient: Ingredient): Promise<ForbiddenFood | null> {
    return forbiddenMatch(ingredient, await this.forbiddenList(this.ctx.dataSource.manager, ingredient.districtId))?.entry ?? null;
  }

  /** Built-in entries (for this district) and the district's own, as matched; cached for the request. */
  private forbiddenList(manager: EntityManager, districtId: string): Promise<ForbiddenEntry[]> {
    const read = async (): Promise<ForbiddenEntry[]> => {
      const builtIn = BUILT_IN_FORBIDDEN_FOODS.map((f) => ({
        entry: Object.assign(new ForbiddenFood(), {
          id: f.id,
          districtId,
          name: f.name,
          reason: f.reason,
          ingredientId: null,
          foodCode: f.foodCodes[0] ?? null,
          addedByAccountId: null,
          createdAt: BUILT_IN_LISTED_AT,
        }),
        name: f.name,
        ingredientId: null,
        foodCodes: f.foodCodes,
      }));
      const own = (await ingredientSql.forbiddenOf(manager, districtId).getMany()).map((entry) => ({
        entry,
        name: entry.name,
        ingredientId: entry.ingredientId,
        foodCodes: entry.foodCode ? [entry.foodCode] : [],
      }));
      return [...builtIn, ...own];
    };
    // Inside a caller's transaction, always read afresh (it may have just changed the list).
    if (manager !== this.ctx.dataSource.manager) return read();
    let cached = this.forbiddenCache.get(districtId);
    if (!cached) this.forbiddenCache.set(districtId, (cached = read()));
    return cached;
  }
}
