import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '@houqin/auth';
import { badInput, parseId } from '@houqin/common';
import { KnownSupplier } from './supplier-copy.entity';
import { whyNotContractor, whyNotReceivable } from './supplier-copy.rules';

/** What the service needs of its subgraph's request context. */
export interface SupplierCopyContext {
  viewer: Viewer | null;
  dataSource: DataSource;
}

/**
 * What a service knows of finance's suppliers, from its own copy (kept by finance's events): whether
 * goods may be received from one on a date (the canteen), whether one may be given a repair (facilities).
 * At `ctx.supplierCopy`.
 */
export class SupplierCopyService {
  constructor(private readonly ctx: SupplierCopyContext) {}

  /** A supplier of the viewer's district, or null. */
  async find(manager: EntityManager, supplierId: string): Promise<KnownSupplier | null> {
    const { districtId } = requireViewer(this.ctx.viewer);
    return manager.findOne(KnownSupplier, { where: { supplierId, districtId } });
  }

  /** The suppliers of the viewer's district among `supplierIds` (one statement), by id. */
  async suppliersIn(
    supplierIds: readonly string[],
    manager: EntityManager = this.ctx.dataSource.manager,
  ): Promise<Map<string, KnownSupplier>> {
    const { districtId } = requireViewer(this.ctx.viewer);
    if (!supplierIds.length) return new Map();
    const rows = await manager.find(KnownSupplier, { where: { districtId, supplierId: In([...supplierIds]) } });
    return new Map(rows.map((row) => [row.supplierId, row]));
  }

  /**
   * The supplier goods may be received from on `onDate` (YYYY-MM-DD at the school), else
   * BAD_USER_INPUT on `field`: unknown in the viewer's district, suspended, not a food supplier, or
   * its food-business licence missing or expired on that date (进货查验).
   */
  async assertReceivable(manager: EntityManager, supplierId: string, onDate: string, field = 'supplierId'): Promise<KnownSupplier> {
    const id = parseId(supplierId, field);
    const supplier = await this.find(manager, id);
    if (!supplier) throw badInput(field, `${field} does not name a supplier of your district.`);
    const refusal = whyNotReceivable(supplier, onDate, field);
    if (refusal) throw badInput(field, refusal);
    return supplier;
  }

  /**
   * The supplier a repair may be given to (维修外包): a supplier of the viewer's district that finance has
   * not suspended, else BAD_USER_INPUT on `field`.
   */
  async assertContractor(manager: EntityManager, supplierId: string, field = 'contractorSupplierId'): Promise<KnownSupplier> {
    const id = parseId(supplierId, field);
    const supplier = await this.find(manager, id);
    if (!supplier) throw badInput(field, `${field} does not name a supplier of your district (finance's supplier register).`);
    const refusal = whyNotContractor(supplier, field);
    if (refusal) throw badInput(field, refusal);
    return supplier;
  }
}
