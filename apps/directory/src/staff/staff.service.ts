import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, newId, optionalText, rowErrorsFrom, rowErrorsInput } from '@houqin/common';
import type { RowError } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { groupedLoader, isUniqueViolation, paginate, recordAudits, ROWS_PER_INSERT, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import { validateInput, type SubgraphContext } from '@houqin/subgraph-kit';
import { Campus } from '../campus/campus.entity';
import { LIMITS } from '../limits';
import { P } from '../permissions';
import type { School } from '../school/school.entity';
import type { SchoolService } from '../school/school.service';
import { Staff, StaffPostHolding } from './staff.entity';
import type { StaffPost } from './staff.entity';
import { StaffRowInput } from './staff.inputs';
import type { CreateStaffInput, ImportStaffInput, StaffFilter, UpdateStaffInput } from './staff.inputs';
import { announceStaffChanged, announceStaffCreatedMany, staffFacts } from './staff.events';
import { campusRefusal, distinctPosts, numberTakenMessage, repeatedNumbers, staffChanges, storedEmployeeNumber } from './staff.rules';
import { staffReader, staffSql } from './staff.store';

/** Staff (教职工) of the schools, with their posts (岗位). */
export class StaffService {
  /** Staff in the viewer's scope: `byId` for `_entities` and field resolvers (N ids, one statement), `get` for `staffMember(id)`. */
  readonly reader: ScopedReader<Staff>;
  private postsLoader?: DataLoader<string, StaffPostHolding[]>;

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly schools: SchoolService,
  ) {
    this.reader = staffReader(ctx);
  }

  list(filter: StaffFilter, page: PageArgs): Promise<Page<Staff>> {
    return paginate(staffSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** Posts of a staff member, batched across a page of staff. */
  async posts(staffId: string): Promise<StaffPost[]> {
    this.postsLoader ??= groupedLoader(
      (staffIds) =>
        this.ctx.dataSource.getRepository(StaffPostHolding).find({ where: { staffId: In([...staffIds]) }, order: { post: 'ASC' } }),
      (p) => p.staffId,
    );
    return (await this.postsLoader.load(staffId)).map((p) => p.post);
  }

  private async requireCampusOfSchool(manager: EntityManager, campusId: string, schoolId: string): Promise<void> {
    const refusal = campusRefusal(await manager.findOne(Campus, { where: { id: campusId } }), schoolId);
    if (refusal) throw badInput('campusId', refusal);
  }

  private duplicateNumber(employeeNumber: string) {
    return badInput('employeeNumber', numberTakenMessage(employeeNumber));
  }

  async create(input: CreateStaffInput): Promise<Staff> {
    requirePermission(this.ctx.viewer, P.createStaff);
    const employeeNumber = storedEmployeeNumber(input.employeeNumber);
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId');
      if (input.campusId) await this.requireCampusOfSchool(manager, input.campusId, school.id);
      if (await manager.exists(Staff, { where: { schoolId: school.id, employeeNumber } })) throw this.duplicateNumber(employeeNumber);
      try {
        const [created] = await this.insertMany(manager, school, [{ fields: input, changes: { ...input } }]);
        return created;
      } catch (error) {
        if (isUniqueViolation(error)) throw this.duplicateNumber(employeeNumber);
        throw error;
      }
    });
  }

  /**
   * Adds a file of staff at one school (批量导入), all or none: the permission at that school first,
   * then 1 to LIMITS.staffImportRows rows, then every row checked by createStaff's rules (its input
   * rules, the campus, the employee number against the school and the other rows) and every error
   * reported in one BAD_USER_INPUT (rowErrorsInput); only a clean file is written, in one
   * transaction, each row as createStaff writes it (audit entry, directory.staff.created).
   */
  async import(input: ImportStaffInput): Promise<{ count: number; staff: Staff[] }> {
    requirePermission(this.ctx.viewer, P.importStaff, input.schoolId);
    const rows = input.rows.map((row) => (row instanceof StaffRowInput ? row : Object.assign(new StaffRowInput(), row)));
    if (rows.length < 1 || rows.length > LIMITS.staffImportRows) {
      throw badInput('rows', `rows must hold 1 to ${LIMITS.staffImportRows} staff members; this file has ${rows.length}.`);
    }
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.schools.requireInDistrict(manager, input.schoolId, 'schoolId');
      const rowErrors = await this.importErrors(manager, school.id, rows);
      if (rowErrors.length) throw rowErrorsInput(rowErrors);
      if (input.validateOnly) return { count: rows.length, staff: [] };
      const toInsert = rows.map((fields, row) => ({ fields, changes: { ...fields, schoolId: school.id, importRow: row } }));
      try {
        const staff = await this.insertMany(manager, school, toInsert);
        return { count: staff.length, staff };
      } catch (error) {
        // A concurrent writer took an employee number since the check: name the rows it concerns.
        const now = isUniqueViolation(error) ? await this.importErrors(manager, school.id, rows) : [];
        throw now.length ? rowErrorsInput(now) : error;
      }
    });
  }

  /** Every error of an import's rows: createStaff's input rules per row, then (on fields that passed them) two statements for all rows. */
  private async importErrors(manager: EntityManager, schoolId: string, rows: StaffRowInput[]): Promise<RowError[]> {
    const errors: RowError[] = [];
    for (const [row, fields] of rows.entries()) {
      await validateInput(fields).catch((error: unknown) => errors.push(...rowErrorsFrom(row, error)));
    }
    const bad = new Set(errors.map((e) => `${e.row}.${e.field}`));
    const good = (row: number, field: keyof StaffRowInput) => !bad.has(`${row}.${field}`);

    const campusIds = [...new Set(rows.flatMap((r, row) => (r.campusId && good(row, 'campusId') ? [r.campusId] : [])))];
    const campuses = campusIds.length ? await manager.find(Campus, { where: { id: In(campusIds) } }) : [];
    const campusById = new Map(campuses.map((c) => [c.id, c]));
    const numbers = rows.map((r) => storedEmployeeNumber(r.employeeNumber ?? ''));
    const checkedNumbers = [...new Set(numbers.filter((_, row) => good(row, 'employeeNumber')))];
    const taken = checkedNumbers.length
      ? new Set(
          (
            await manager.find(Staff, {
              select: { id: true, employeeNumber: true },
              where: { schoolId, employeeNumber: In(checkedNumbers) },
            })
          ).map((s) => s.employeeNumber),
        )
      : new Set<string>();
    const repeats = repeatedNumbers(numbers);

    rows.forEach((fields, row) => {
      if (fields.campusId && good(row, 'campusId')) {
        const refusal = campusRefusal(campusById.get(fields.campusId), schoolId);
        if (refusal) errors.push({ row, field: 'campusId', message: refusal });
      }
      if (!good(row, 'employeeNumber')) return;
      const earlier = repeats.get(row);
      if (taken.has(numbers[row])) errors.push({ row, field: 'employeeNumber', message: numberTakenMessage(numbers[row]) });
      else if (earlier !== undefined)
        errors.push({ row, field: 'employeeNumber', message: `Employee number ${numbers[row]} is also in row ${earlier} of this file.` });
    });
    return errors;
  }

  /**
   * Writes new staff members of `school`, for createStaff (one) and importStaff (a file): the rows,
   * their posts, each one's audit entry and directory.staff.created, in the caller's transaction,
   * a few statements for the lot (ROWS_PER_INSERT rows each); returns them as stored, in order. An
   * employee number a concurrent writer took since the check fails with the database's unique
   * violation, for the caller to name.
   */
  private async insertMany(
    manager: EntityManager,
    school: School,
    rows: { fields: StaffRowInput; changes: Record<string, unknown> }[],
  ): Promise<Staff[]> {
    const staff = rows.map(({ fields }) =>
      manager.create(Staff, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.id,
        campusId: fields.campusId ?? null,
        name: fields.name.trim(),
        employeeNumber: storedEmployeeNumber(fields.employeeNumber),
        phone: optionalText(fields.phone),
        active: true,
      }),
    );
    const holdings = staff.flatMap((s, i) => distinctPosts(rows[i].fields.posts).map((post) => ({ staffId: s.id, post })));
    for (const part of chunks(staff)) await manager.insert(Staff, part);
    for (const part of chunks(holdings)) await manager.insert(StaffPostHolding, part);
    await recordAudits(
      manager,
      this.ctx,
      staff.map((s, i) => ({
        action: 'staff.create',
        entityType: 'Staff',
        entityId: s.id,
        districtId: s.districtId,
        schoolId: school.id,
        changes: rows[i].changes,
      })),
    );
    const stored = new Map<string, Staff>();
    for (const part of chunks(staff)) {
      for (const s of await manager.find(Staff, { where: { id: In(part.map((p) => p.id)) } })) stored.set(s.id, s);
    }
    const created = staff.map((s) => stored.get(s.id) as Staff);
    await announceStaffCreatedMany(manager, this.ctx, created);
    return created;
  }

  async update(input: UpdateStaffInput): Promise<Staff> {
    requirePermission(this.ctx.viewer, P.updateStaff);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      if (input.campusId) await this.requireCampusOfSchool(manager, input.campusId, current.schoolId);
      const before = await staffFacts(manager, current);
      const changes = staffChanges(input);
      const audit = { action: 'staff.update', schoolId: current.schoolId, changes: { ...changes, posts: input.posts } };
      const saved = await saveEdit(manager, this.ctx, {
        entity: Staff,
        typeName: 'Staff',
        current,
        version: input.version,
        changes,
        audit,
      });
      if (input.posts) {
        await manager.delete(StaffPostHolding, { staffId: saved.id });
        await this.holdPosts(manager, saved.id, input.posts);
      }
      await announceStaffChanged(manager, this.ctx, before, saved);
      return saved;
    });
  }

  private async holdPosts(manager: EntityManager, staffId: string, posts: StaffPost[]): Promise<void> {
    await manager.insert(
      StaffPostHolding,
      distinctPosts(posts).map((post) => ({ staffId, post })),
    );
  }
}

/** `items` in slices of ROWS_PER_INSERT, for multi-row statements. */
function chunks<T>(items: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_INSERT) parts.push(items.slice(i, i + ROWS_PER_INSERT));
  return parts;
}
