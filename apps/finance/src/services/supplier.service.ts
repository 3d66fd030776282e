import { badInput, conflict, newId, notFound, Page, PageArgs, parseId, todayIn, DEFAULT_TIME_ZONE } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { byIdLoader, isUniqueViolation, likeContains, paginate, recordAudit, updateIfVersion } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import type DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { Supplier } from '../entities';
import { SupplierStatus } from '../enums';
import type { CreateSupplierInput, SupplierFilter, UpdateSupplierInput } from '../inputs';
import { P } from '../permissions';
import { isValidCreditCode } from '../rules';

/** Suppliers are district-wide: every school of the district buys from the same register. */
export class SupplierService {
  private loader?: DataLoader<string, Supplier | null>;

  constructor(private readonly ctx: SubgraphContext) {}

  private query(manager: EntityManager = this.ctx.dataSource.manager) {
    const viewer = requireViewer(this.ctx.viewer);
    return manager.getRepository(Supplier).createQueryBuilder('sup').where('sup.districtId = :districtId', { districtId: viewer.districtId });
  }

  byId(id: string): Promise<Supplier | null> {
    if (!this.ctx.viewer) return Promise.resolve(null);
    this.loader ??= byIdLoader((ids) => this.query().andWhere('sup.id IN (:...ids)', { ids }).getMany());
    return this.loader.load(id);
  }

  async get(id: string): Promise<Supplier> {
    const supplierId = parseId(id, 'id');
    const supplier = await this.byId(supplierId);
    if (!supplier) throw notFound('Supplier', supplierId);
    return supplier;
  }

  list(filter: SupplierFilter, page: PageArgs): Promise<Page<Supplier>> {
    const qb = this.query();
    if (filter.status) qb.andWhere('sup.status = :status', { status: filter.status });
    if (filter.foodSupplier != null) qb.andWhere('sup.foodSupplier = :food', { food: filter.foodSupplier });
    if (filter.nameContains) qb.andWhere(...likeContains('sup.name', 'name', filter.nameContains.trim()));
    return paginate(qb, page);
  }

  private checkFoodLicence(input: { foodSupplier?: boolean | null; foodLicenceNumber?: string | null; foodLicenceExpiresOn?: string | null }) {
    if (input.foodSupplier && (!input.foodLicenceNumber || !input.foodLicenceExpiresOn)) {
      throw badInput(input.foodLicenceNumber ? 'foodLicenceExpiresOn' : 'foodLicenceNumber', 'A food supplier needs its food-business licence number and expiry date (食品经营许可证).');
    }
  }

  async create(input: CreateSupplierInput): Promise<Supplier> {
    const viewer = requirePermission(this.ctx.viewer, P.createSupplier);
    const creditCode = input.creditCode.trim().toUpperCase();
    if (!isValidCreditCode(creditCode)) throw badInput('creditCode', 'creditCode is not a valid unified social credit code (统一社会信用代码): 18 characters with a correct check character.');
    this.checkFoodLicence(input);
    return this.ctx.dataSource.transaction(async (manager) => {
      const supplier = manager.create(Supplier, {
        id: newId(),
        districtId: viewer.districtId,
        name: input.name.trim(),
        creditCode,
        contactName: input.contactName?.trim() || null,
        phone: input.phone?.trim() || null,
        bankAccount: input.bankAccount?.trim() || null,
        foodSupplier: input.foodSupplier ?? false,
        foodLicenceNumber: input.foodLicenceNumber?.trim() || null,
        foodLicenceExpiresOn: input.foodLicenceExpiresOn ?? null,
        status: SupplierStatus.ACTIVE,
      });
      try {
        await manager.insert(Supplier, supplier);
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput('creditCode', 'A supplier with this credit code is already registered in the district.');
        throw error;
      }
      await recordAudit(manager, this.ctx, { action: 'supplier.create', entityType: 'Supplier', entityId: supplier.id, districtId: viewer.districtId, changes: { ...input } });
      return manager.findOneOrFail(Supplier, { where: { id: supplier.id } });
    });
  }

  /** Updates contact details, the licence, or the status (suspending is for district admins). */
  async update(input: UpdateSupplierInput): Promise<Supplier> {
    const viewer = requirePermission(this.ctx.viewer, P.updateSupplier);
    if (input.status != null) requirePermission(viewer, P.suspendSupplier);
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.query(manager).andWhere('sup.id = :id', { id }).getOne();
      if (!current) throw notFound('Supplier', id);
      const changes: Partial<Supplier> = {};
      if (input.contactName !== undefined) changes.contactName = input.contactName?.trim() || null;
      if (input.phone !== undefined) changes.phone = input.phone?.trim() || null;
      if (input.bankAccount !== undefined) changes.bankAccount = input.bankAccount?.trim() || null;
      if (input.foodLicenceNumber !== undefined) changes.foodLicenceNumber = input.foodLicenceNumber?.trim() || null;
      if (input.foodLicenceExpiresOn !== undefined) changes.foodLicenceExpiresOn = input.foodLicenceExpiresOn ?? null;
      if (input.status != null) changes.status = input.status;
      this.checkFoodLicence({ ...current, ...changes });
      if (!(await updateIfVersion(manager, Supplier, id, input.version, changes))) throw conflict(`Supplier ${id} changed meanwhile; reload it.`, { currentVersion: current.version });
      await recordAudit(manager, this.ctx, { action: 'supplier.update', entityType: 'Supplier', entityId: id, districtId: viewer.districtId, changes });
      return manager.findOneOrFail(Supplier, { where: { id } });
    });
  }

  /** A supplier that may be ordered from today, else BAD_USER_INPUT on `field`. */
  async requireOrderable(manager: EntityManager, id: string, field: string): Promise<Supplier> {
    const supplierId = parseId(id, field);
    const supplier = await this.query(manager).andWhere('sup.id = :supplierId', { supplierId }).getOne();
    if (!supplier) throw badInput(field, `${field} does not name a supplier of your district.`);
    if (supplier.status !== SupplierStatus.ACTIVE) throw badInput(field, `${supplier.name} is suspended and cannot be ordered from.`);
    if (supplier.foodSupplier && (!supplier.foodLicenceExpiresOn || supplier.foodLicenceExpiresOn < todayIn(DEFAULT_TIME_ZONE))) {
      throw badInput(field, `${supplier.name}'s food-business licence expired on ${supplier.foodLicenceExpiresOn}; it cannot be ordered from.`);
    }
    return supplier;
  }
}
