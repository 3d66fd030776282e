import type { EntityManager } from 'typeorm';
import { badInput, DEFAULT_TIME_ZONE, newId, optionalText, parseId, todayIn } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import { financeEvents, publishEvent } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, saveEdit } from '@houqin/persistence';
import type { ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { P } from '../permissions';
import { Supplier, SupplierStatus } from './supplier.entity';
import type { CreateSupplierInput, SupplierFilter, UpdateSupplierInput } from './supplier.inputs';
import { isValidCreditCode, requireFoodLicence, whyNotOrderable } from './supplier.rules';
import { supplierReader, supplierSql } from './supplier.store';

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

  async create(input: CreateSupplierInput): Promise<Supplier> {
    const viewer = requirePermission(this.ctx.viewer, P.createSupplier);
    const creditCode = input.creditCode.trim().toUpperCase();
    if (!isValidCreditCode(creditCode))
      throw badInput(
        'creditCode',
        'creditCode is not a valid unified social credit code (统一社会信用代码): 18 characters with a correct check character.',
      );
    requireFoodLicence(input);
    return this.ctx.dataSource.transaction(async (manager) => {
      const supplier = manager.create(Supplier, {
        id: newId(),
        districtId: viewer.districtId,
        name: input.name.trim(),
        creditCode,
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
        if (isUniqueViolation(error))
          throw badInput('creditCode', 'A supplier with this credit code is already registered in the district.');
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'supplier.create',
        entityType: 'Supplier',
        entityId: supplier.id,
        districtId: viewer.districtId,
        changes: { ...input },
      });
      return manager.findOneOrFail(Supplier, { where: { id: supplier.id } });
    });
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
      if (current.status !== SupplierStatus.SUSPENDED && saved.status === SupplierStatus.SUSPENDED)
        await this.announceSuspended(manager, saved);
      return saved;
    });
  }

  /** Tells canteen receiving and the district, in the suspension's transaction (the outbox), that nothing may come from it now. */
  private async announceSuspended(manager: EntityManager, supplier: Supplier): Promise<void> {
    await publishEvent(manager, this.ctx, financeEvents.supplierSuspended, {
      districtId: supplier.districtId,
      schoolId: null,
      // The update input has no reason field yet; the catalogue allows none.
      payload: { supplierId: supplier.id, name: supplier.name, foodSupplier: supplier.foodSupplier, reason: null },
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
