import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { badInput, DEFAULT_TIME_ZONE, newId, optionalText, parseId, rowErrorsInput, todayIn } from '@houqin/common';
import type { Page, PageArgs, RowError } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { financeEvents, publishEvent } from '@houqin/events';
import type { PayloadOf } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { checkRow, checkRowShape, repeatsInFile, requireImportSize } from '../bulk-import';
import { P } from '../permissions';
import { Supplier, SupplierStatus } from './supplier.entity';
import type { CreateSupplierInput, ImportSuppliersInput, SupplierFilter, UpdateSupplierInput } from './supplier.inputs';
import { NEW_SUPPLIER_RULES, normalCreditCode, requireFoodLicence, whyNotOrderable } from './supplier.rules';
import { supplierReader, supplierSql } from './supplier.store';

/** What a finance.supplier.changed says happened. */
type SupplierChange = PayloadOf<typeof financeEvents.supplierChanged>['change'];

/** Suppliers are district-wide: every school of the district buys from the same register. */
export class SupplierService {
  /** The district's suppliers: `byId` for field resolvers, `get` for `supplier(id)`. */
  readonly reader: ScopedReader<Supplier>;

  constructor(private readonly ctx: SubgraphContext) {
    this.reader = supplierReader(ctx);
  }

  list(filter: SupplierFilter, page: PageArgs): Promise<Page<Supplier>> {
    return paginate(supplierSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  async create(input: CreateSupplierInput, options: { id?: string } = {}): Promise<Supplier> {
    const viewer = requirePermission(this.ctx.viewer, P.createSupplier);
    for (const rule of NEW_SUPPLIER_RULES) rule(input);
    return this.ctx.dataSource.transaction(async (manager) => {
      const [id] = await this.register(
        manager,
        viewer.districtId,
        [input],
        () => badInput('creditCode', 'A supplier with this credit code is already registered in the district.'),
        options.id ? [options.id] : undefined,
      );
      return manager.findOneOrFail(Supplier, { where: { id } });
    });
  }

  /**
   * Registers a spreadsheet of suppliers (供应商批量导入), all or nothing: every row is checked by
   * createSupplier's rules, a name or credit code repeated in the file and a credit code already
   * registered are refused, and all bad rows are answered at once (rowErrors). With `validateOnly`
   * nothing is written.
   */
  async import(input: ImportSuppliersInput): Promise<{ count: number; suppliers: Supplier[] }> {
    const viewer = requirePermission(this.ctx.viewer, P.importSuppliers);
    const { rows } = input;
    requireImportSize(rows);
    const errors: RowError[] = [];
    const good = new Set<number>();
    for (const [i, row] of rows.entries()) {
      // The shape first (it trims the texts the rules and the repeats compare), then the rules, each error collected.
      if (!(await checkRowShape(i, row, errors))) continue;
      let passed = true;
      for (const rule of NEW_SUPPLIER_RULES) passed = (await checkRow(i, errors, () => rule(row))) && passed;
      if (passed) good.add(i);
    }
    const creditCodeOf = (i: number) => (good.has(i) ? normalCreditCode(rows[i].creditCode) : null);
    errors.push(
      ...repeatsInFile(rows, (row, i) => (good.has(i) ? row.name.toLowerCase() : null), 'name', 'This name'),
      ...repeatsInFile(rows, (_row, i) => creditCodeOf(i), 'creditCode', 'This credit code'),
    );
    return this.ctx.dataSource.transaction(async (manager) => {
      const codes = [...good].map(creditCodeOf).filter((code): code is string => code !== null);
      const registered = codes.length
        ? new Set((await supplierSql.withCreditCodes(manager, this.reader, codes).getMany()).map((s) => s.creditCode))
        : new Set<string>();
      for (const i of good)
        if (registered.has(creditCodeOf(i)!))
          errors.push({ row: i, field: 'creditCode', message: 'A supplier with this credit code is already registered in the district.' });
      if (errors.length) throw rowErrorsInput(errors);
      if (input.validateOnly) return { count: rows.length, suppliers: [] };
      const ids = await this.register(manager, viewer.districtId, rows, (row) =>
        // Registered by someone else since the check above: that row, as the check would have said.
        rowErrorsInput([{ row, field: 'creditCode', message: 'A supplier with this credit code is already registered in the district.' }]),
      );
      const byId = new Map((await manager.find(Supplier, { where: { id: In(ids) } })).map((s) => [s.id, s]));
      return { count: ids.length, suppliers: ids.map((id) => byId.get(id)!) };
    });
  }

  /**
   * Inserts checked suppliers of the viewer's district with their audit entries, in the caller's
   * transaction; returns their ids in order. A credit code already registered throws `duplicate(row)`.
   */
  private async register(
    manager: EntityManager,
    districtId: string,
    inputs: readonly CreateSupplierInput[],
    duplicate: (row: number) => Error,
    // Only the demo passes ids (fixed ones other services' demo data name); the API always makes new ones.
    givenIds?: readonly string[],
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [row, input] of inputs.entries()) {
      const supplier = manager.create(Supplier, {
        id: givenIds?.[row] ?? newId(),
        districtId,
        name: input.name.trim(),
        creditCode: normalCreditCode(input.creditCode),
        contactName: optionalText(input.contactName),
        phone: optionalText(input.phone),
        bankAccount: optionalText(input.bankAccount),
        foodSupplier: input.foodSupplier ?? false,
        foodLicenceNumber: optionalText(input.foodLicenceNumber),
        foodLicenceExpiresOn: input.foodLicenceExpiresOn ?? null,
        status: SupplierStatus.ACTIVE,
      });
      try {
        await manager.insert(Supplier, supplier);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicate(row);
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'supplier.create',
        entityType: 'Supplier',
        entityId: supplier.id,
        districtId,
        changes: { ...input },
      });
      await this.announceChanged(manager, supplier, 'CREATED');
      ids.push(supplier.id);
    }
    return ids;
  }

  /** Updates contact details, the licence, or the status (suspending is for district admins). */
  async update(input: UpdateSupplierInput): Promise<Supplier> {
    const viewer = requirePermission(this.ctx.viewer, P.updateSupplier);
    if (input.status != null) requirePermission(viewer, P.suspendSupplier);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      const changes: Partial<Supplier> = {};
      if (input.contactName !== undefined) changes.contactName = optionalText(input.contactName);
      if (input.phone !== undefined) changes.phone = optionalText(input.phone);
      if (input.bankAccount !== undefined) changes.bankAccount = optionalText(input.bankAccount);
      if (input.foodLicenceNumber !== undefined) changes.foodLicenceNumber = optionalText(input.foodLicenceNumber);
      if (input.foodLicenceExpiresOn !== undefined) changes.foodLicenceExpiresOn = input.foodLicenceExpiresOn ?? null;
      if (input.status != null) changes.status = input.status;
      requireFoodLicence({ ...current, ...changes });
      const saved = await saveEdit(manager, this.ctx, {
        entity: Supplier,
        typeName: 'Supplier',
        current,
        version: input.version,
        changes,
        audit: { action: 'supplier.update' },
      });
      const suspended = current.status !== SupplierStatus.SUSPENDED && saved.status === SupplierStatus.SUSPENDED;
      const reactivated = current.status === SupplierStatus.SUSPENDED && saved.status === SupplierStatus.ACTIVE;
      await this.announceChanged(manager, saved, suspended ? 'SUSPENDED' : reactivated ? 'REACTIVATED' : 'UPDATED');
      if (suspended) await this.announceSuspended(manager, saved);
      return saved;
    });
  }

  /**
   * The supplier as it now stands (finance.supplier.changed), in the change's transaction: every
   * registration (one or an import row), edit, suspension and reactivation, so the canteen keeps
   * its own copy of who may deliver (status, food licence) without reading finance's tables.
   */
  private async announceChanged(manager: EntityManager, supplier: Supplier, change: SupplierChange): Promise<void> {
    await publishEvent(manager, this.ctx, financeEvents.supplierChanged, {
      districtId: supplier.districtId,
      schoolId: null,
      payload: {
        supplierId: supplier.id,
        districtId: supplier.districtId,
        // A new row's version is the column's default, 1.
        supplierVersion: supplier.version ?? 1,
        change,
        name: supplier.name,
        creditCode: supplier.creditCode,
        status: supplier.status,
        // After an INSERT on MySQL TypeORM reloads the defaulted columns raw: a TINYINT 0/1 here, not a boolean.
        foodSupplier: Boolean(supplier.foodSupplier),
        foodLicenceNumber: supplier.foodLicenceNumber,
        foodLicenceExpiresOn: supplier.foodLicenceExpiresOn,
      },
    });
  }

  /** Tells canteen receiving and the district, in the suspension's transaction (the outbox), that nothing may come from it now. */
  private async announceSuspended(manager: EntityManager, supplier: Supplier): Promise<void> {
    await publishEvent(manager, this.ctx, financeEvents.supplierSuspended, {
      districtId: supplier.districtId,
      schoolId: null,
      // The update input has no reason field yet; the catalogue allows none.
      payload: { supplierId: supplier.id, name: supplier.name, foodSupplier: Boolean(supplier.foodSupplier), reason: null },
    });
  }

  /** A supplier that may be ordered from today, else BAD_USER_INPUT on `field`. */
  async requireOrderable(manager: EntityManager, id: string, field: string): Promise<Supplier> {
    const supplierId = parseId(id, field);
    const supplier = await supplierSql.named(manager, this.reader, supplierId).getOne();
    if (!supplier) throw badInput(field, `${field} does not name a supplier of your district.`);
    const refusal = whyNotOrderable(supplier, todayIn(DEFAULT_TIME_ZONE));
    if (refusal) throw badInput(field, refusal);
    return supplier;
  }
}
