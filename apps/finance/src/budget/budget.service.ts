import type { EntityManager } from 'typeorm';
import { badInput, conflict, newId, parseId, parseYuan, rowErrorsInput } from '@houqin/common';
import type { RowError } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { isUniqueViolation, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { DEFAULT_POLICY } from '../approval/approval.rules';
import { checkRow, checkRowShape, repeatsInFile, requireImportSize } from '../bulk-import';
import { DirectoryCopy } from '../directory-copy/directory-copy.service';
import { P } from '../permissions';
import { ApprovalPolicy, BudgetCategory, BudgetLine, OverrunPolicy } from './budget.entity';
import type {
  CreateBudgetCategoryInput,
  ImportBudgetsInput,
  SetApprovalPolicyInput,
  SetBudgetInput,
  UpdateBudgetCategoryInput,
} from './budget.inputs';
import {
  belowCommittedAndSpent,
  belowZero,
  checkReallocation,
  checkThresholds,
  noRoomLeft,
  overrunWarning,
  remainingOf,
  wouldOverspend,
} from './budget.rules';
import { budgetSql, categoryReader } from './budget.store';
import type { LineKey } from './budget.store';
import type { ApprovalThresholds } from './budget.types';

/** What a workflow asks of a budget line: which school, year and category, and how much. */
export interface BudgetCharge {
  districtId: string;
  schoolId: string;
  fiscalYear: number;
  category: BudgetCategory;
  amountFen: number;
}

const isBlocking = (charge: BudgetCharge) => charge.category.overrunPolicy === OverrunPolicy.BLOCK;
const lineKey = (charge: BudgetCharge): LineKey => ({
  schoolId: charge.schoolId,
  fiscalYear: charge.fiscalYear,
  categoryId: charge.category.id,
});

/** Budget categories, approval thresholds and budget lines (预算), and the conditional updates that keep lines from overspending. */
export class BudgetService {
  /** The district's categories (a district-wide list): `byId` for field resolvers. */
  readonly categoryReader: ScopedReader<BudgetCategory>;

  constructor(private readonly ctx: SubgraphContext) {
    this.categoryReader = categoryReader(ctx);
  }

  /** A category by id, batched across a page of requests or claims. */
  category(id: string): Promise<BudgetCategory | null> {
    return this.categoryReader.byId(id);
  }

  categories(includeInactive = false): Promise<BudgetCategory[]> {
    return budgetSql.categories(this.ctx.dataSource.manager, this.categoryReader, includeInactive).getMany();
  }

  /** A category of the viewer's district named in an input, else BAD_USER_INPUT on `field`. */
  async categoryFor(manager: EntityManager, id: string, field: string): Promise<BudgetCategory> {
    const categoryId = parseId(id, field);
    const category = await budgetSql.category(manager, this.categoryReader, categoryId).getOne();
    if (!category || !category.active) throw badInput(field, `${field} does not name an active budget category of your district.`);
    return category;
  }

  async createCategory(input: CreateBudgetCategoryInput): Promise<BudgetCategory> {
    const viewer = requirePermission(this.ctx.viewer, P.createBudgetCategory);
    return this.ctx.dataSource.transaction(async (manager) => {
      const category = manager.create(BudgetCategory, {
        id: newId(),
        districtId: viewer.districtId,
        code: input.code,
        name: input.name.trim(),
        fund: input.fund,
        overrunPolicy: input.overrunPolicy,
        active: true,
      });
      try {
        await manager.insert(BudgetCategory, category);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('code', `A category with code ${input.code} already exists.`);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'budgetCategory.create',
        entityType: 'BudgetCategory',
        entityId: category.id,
        districtId: viewer.districtId,
        changes: { ...input },
      });
      return manager.findOneOrFail(BudgetCategory, { where: { id: category.id } });
    });
  }

  async updateCategory(input: UpdateBudgetCategoryInput): Promise<BudgetCategory> {
    requirePermission(this.ctx.viewer, P.updateBudgetCategory);
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await budgetSql.category(manager, this.categoryReader, id).getOne();
      if (!current) throw badInput('id', 'id does not name a budget category of your district.');
      const changes: Partial<BudgetCategory> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.overrunPolicy != null) changes.overrunPolicy = input.overrunPolicy;
      if (input.active != null) changes.active = input.active;
      return saveEdit(manager, this.ctx, {
        entity: BudgetCategory,
        typeName: 'BudgetCategory',
        current,
        version: input.version,
        changes,
        audit: { action: 'budgetCategory.update' },
      });
    });
  }

  /** The district's thresholds (defaults when it has set none). */
  async policy(
    manager: EntityManager = this.ctx.dataSource.manager,
    districtId = requireViewer(this.ctx.viewer).districtId,
  ): Promise<ApprovalThresholds> {
    return (await manager.findOne(ApprovalPolicy, { where: { districtId } })) ?? DEFAULT_POLICY;
  }

  async setApprovalPolicy(input: SetApprovalPolicyInput): Promise<ApprovalThresholds> {
    const viewer = requirePermission(this.ctx.viewer, P.setApprovalPolicy);
    const directorLimitFen = parseYuan(input.directorLimit, 'directorLimit');
    const principalLimitFen = parseYuan(input.principalLimit, 'principalLimit');
    checkThresholds(directorLimitFen, principalLimitFen);
    return this.ctx.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(ApprovalPolicy, { where: { districtId: viewer.districtId } });
      const orderTolerancePercent = input.orderTolerancePercent ?? existing?.orderTolerancePercent ?? DEFAULT_POLICY.orderTolerancePercent;
      if (existing)
        await manager.update(
          ApprovalPolicy,
          { id: existing.id },
          { directorLimitFen, principalLimitFen, orderTolerancePercent, version: existing.version + 1 },
        );
      else {
        try {
          await manager.insert(ApprovalPolicy, {
            id: newId(),
            districtId: viewer.districtId,
            directorLimitFen,
            principalLimitFen,
            orderTolerancePercent,
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw conflict('Another administrator set the thresholds at the same moment; reload and try again.');
          throw error;
        }
      }
      const changes = { directorLimitFen, principalLimitFen, orderTolerancePercent };
      await recordAudit(manager, this.ctx, {
        action: 'approvalPolicy.set',
        entityType: 'ApprovalPolicy',
        entityId: existing?.id ?? viewer.districtId,
        districtId: viewer.districtId,
        changes,
      });
      return changes;
    });
  }

  /** Allocates (or re-allocates) a school's budget for a category and year (预算下达). */
  async setBudget(input: SetBudgetInput): Promise<{ line: BudgetLine; category: BudgetCategory }> {
    const viewer = requirePermission(this.ctx.viewer, P.setBudget);
    const allocatedFen = parseYuan(input.allocated, 'allocated');
    return this.ctx.dataSource.transaction(async (manager) => {
      const category = await this.categoryFor(manager, input.categoryId, 'categoryId');
      const schoolId = parseId(input.schoolId, 'schoolId');
      const key = { schoolId, fiscalYear: input.fiscalYear, categoryId: category.id };
      const line = await manager.findOne(BudgetLine, { where: key });
      // A school of this district (finance's copy of the directory); a new line only for an open one.
      await new DirectoryCopy(this.ctx.dataSource).requireSchool(viewer.districtId, schoolId, 'schoolId', { open: !line }, manager);
      if (line && line.districtId !== viewer.districtId) throw badInput('schoolId', 'schoolId does not name a school of your district.');
      return { line: await this.allocate(manager, viewer.districtId, key, allocatedFen, line, belowCommittedAndSpent), category };
    });
  }

  /**
   * Allocates a spreadsheet of budget lines (预算批量下达), all or nothing: the permission at the
   * school of every row first, then every row checked as setBudget checks it (the category named by
   * its code), a school, year and category repeated in the file refused, and all bad rows answered
   * at once (rowErrors). With `validateOnly` nothing is written.
   */
  async importBudgets(input: ImportBudgetsInput): Promise<{ count: number; lines: { line: BudgetLine; category: BudgetCategory }[] }> {
    const viewer = requirePermission(this.ctx.viewer, P.importBudgets);
    const { rows } = input;
    // At the school of every row before anything of the file is looked at: FORBIDDEN says nothing of the rows.
    for (const row of rows) requirePermission(viewer, P.importBudgets, String(row.schoolId).toLowerCase());
    requireImportSize(rows);
    const errors: RowError[] = [];
    const checked = new Map<number, { schoolId: string; allocatedFen: number }>();
    for (const [i, row] of rows.entries()) {
      if (!(await checkRowShape(i, row, errors))) continue;
      let allocatedFen = 0;
      if (await checkRow(i, errors, () => (allocatedFen = parseYuan(row.allocated, 'allocated'))))
        checked.set(i, { schoolId: parseId(row.schoolId, 'schoolId'), allocatedFen });
    }
    const keyOf = (i: number) => {
      const row = checked.get(i);
      return row ? `${row.schoolId}|${rows[i].fiscalYear}|${rows[i].categoryCode}` : null;
    };
    errors.push(...repeatsInFile(rows, (_row, i) => keyOf(i), 'categoryCode', 'This school, fiscal year and category'));
    return this.ctx.dataSource.transaction(async (manager) => {
      const good = [...checked.entries()];
      const codes = [...new Set(good.map(([i]) => rows[i].categoryCode))];
      const categories = new Map(
        (codes.length ? await budgetSql.categoriesByCode(manager, this.categoryReader, codes).getMany() : []).map((c) => [c.code, c]),
      );
      const directory = new DirectoryCopy(this.ctx.dataSource);
      const schools = await directory.schoolsIn(viewer.districtId, [...new Set(good.map(([, row]) => row.schoolId))], manager);
      const categoryIds = [...categories.values()].map((c) => c.id);
      const schoolIds = [...schools.keys()];
      const years = [...new Set(good.map(([i]) => rows[i].fiscalYear))];
      const keyText = (key: LineKey) => `${key.schoolId}|${key.fiscalYear}|${key.categoryId}`;
      const existing = new Map(
        (schoolIds.length && categoryIds.length ? await budgetSql.linesIn(manager, schoolIds, years, categoryIds).getMany() : []).map(
          (line) => [keyText(line), line],
        ),
      );
      const lineOf = (key: LineKey) => existing.get(keyText(key)) ?? null;
      const writes: { row: number; key: LineKey; category: BudgetCategory; allocatedFen: number; line: BudgetLine | null }[] = [];
      for (const [i, { schoolId, allocatedFen }] of good) {
        const row = rows[i];
        const category = categories.get(row.categoryCode);
        if (!category?.active)
          errors.push({ row: i, field: 'categoryCode', message: 'categoryCode does not name an active budget category of your district.' });
        const key = category ? { schoolId, fiscalYear: row.fiscalYear, categoryId: category.id } : null;
        const line = key ? lineOf(key) : null;
        const school = schools.get(schoolId);
        // setBudget's own check (and message) for a school that is not there or, for a new line, not open.
        if (!school || (!line && !school.active))
          await checkRow(i, errors, () => directory.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: !line }, manager));
        else if (line && line.districtId !== viewer.districtId)
          errors.push({ row: i, field: 'schoolId', message: 'schoolId does not name a school of your district.' });
        else if (line && category?.active) await checkRow(i, errors, () => checkReallocation(line, allocatedFen));
        if (key && category?.active) writes.push({ row: i, key, category, allocatedFen, line });
      }
      if (errors.length) throw rowErrorsInput(errors);
      if (input.validateOnly) return { count: rows.length, lines: [] };
      const lines = [];
      for (const write of writes) {
        const refused = () => rowErrorsInput([{ row: write.row, field: 'allocated', message: belowCommittedAndSpent().message }]);
        const line = await this.allocate(manager, viewer.districtId, write.key, write.allocatedFen, write.line, refused);
        lines.push({ line, category: write.category });
      }
      return { count: lines.length, lines };
    });
  }

  /**
   * Writes one allocation with its audit entry in the caller's transaction: re-allocates `line` (never
   * below what it committed and spent: else throws `belowSpent()`) or inserts a new line at `key`.
   */
  private async allocate(
    manager: EntityManager,
    districtId: string,
    key: LineKey,
    allocatedFen: number,
    line: BudgetLine | null,
    belowSpent: () => Error,
  ): Promise<BudgetLine> {
    if (line) {
      const result = await budgetSql.reallocate(manager, line.id, allocatedFen).execute();
      if (!result.affected) throw belowSpent();
    } else {
      await manager.insert(BudgetLine, { id: newId(), districtId, ...key, allocatedFen, committedFen: 0, spentFen: 0 });
    }
    const saved = await manager.findOneOrFail(BudgetLine, { where: key });
    await recordAudit(manager, this.ctx, {
      action: 'budget.set',
      entityType: 'BudgetLine',
      entityId: saved.id,
      districtId,
      schoolId: key.schoolId,
      changes: { fiscalYear: key.fiscalYear, categoryId: key.categoryId, allocatedFen },
    });
    return saved;
  }

  /**
   * Checks a new request or claim against its line: under a BLOCK policy an amount beyond the
   * remainder is refused (BAD_USER_INPUT on `field`); under WARN it returns the warning to show.
   */
  async checkRoom(manager: EntityManager, charge: BudgetCharge, field: string): Promise<string | null> {
    const line = await manager.findOne(BudgetLine, { where: lineKey(charge) });
    return overrunWarning(charge.category, remainingOf(line), charge.amountFen, charge.fiscalYear, field);
  }

  /** Commits an approved amount. Atomic: a BLOCK line is only updated while the amount still fits. */
  async commit(manager: EntityManager, charge: BudgetCharge, field: string): Promise<void> {
    const key = await this.ensureLine(manager, charge);
    const result = await budgetSql.commit(manager, key, charge.amountFen, isBlocking(charge)).execute();
    if (!result.affected) throw noRoomLeft(field, charge.category, charge.amountFen);
  }

  /**
   * Moves a commitment from `releasedFen` to the charge's amount (an order at actual prices, or 0 to
   * release it). Atomic: on a BLOCK line only while the new amount fits once the old one is released.
   */
  async recommit(manager: EntityManager, charge: BudgetCharge, releasedFen: number, field: string): Promise<void> {
    if (releasedFen === charge.amountFen) return;
    const key = await this.ensureLine(manager, charge);
    const block = isBlocking(charge) && charge.amountFen > releasedFen;
    const result = await budgetSql.recommit(manager, key, releasedFen, charge.amountFen, block).execute();
    if (!result.affected) throw noRoomLeft(field, charge.category, charge.amountFen);
  }

  /**
   * A reversed payment: what was paid is committed again, not spent (the goods or the claim are still
   * owed for, and will be paid again). Never takes spent below zero.
   */
  async unsettle(manager: EntityManager, charge: BudgetCharge, field: string): Promise<void> {
    const result = await budgetSql.unsettle(manager, lineKey(charge), charge.amountFen).execute();
    if (!result.affected) throw conflict(`The ${charge.category.name} budget line has not spent what this payment paid.`, { field });
  }

  /** At payment: releases the committed amount and records what was actually paid, atomically. */
  async settle(manager: EntityManager, charge: BudgetCharge, committedFen: number, field: string): Promise<void> {
    const key = await this.ensureLine(manager, charge);
    const result = await budgetSql.settle(manager, key, committedFen, charge.amountFen, isBlocking(charge)).execute();
    if (!result.affected)
      throw charge.amountFen < 0
        ? belowZero(field, charge.category, -charge.amountFen)
        : wouldOverspend(field, charge.category, charge.amountFen);
  }

  /**
   * WARN categories may run without an allocation; their line starts at zero so spending is still
   * tracked. Returns the line's key. When another transaction creates the line meanwhile, this
   * transaction's (snapshot) reads cannot see it, so callers update by the key, not by a re-read id:
   * an UPDATE reads the latest committed row.
   */
  private async ensureLine(manager: EntityManager, charge: BudgetCharge): Promise<LineKey> {
    const key = lineKey(charge);
    if (!(await manager.exists(BudgetLine, { where: key }))) await budgetSql.ensureLine(manager, charge.districtId, key).execute();
    return key;
  }
}
