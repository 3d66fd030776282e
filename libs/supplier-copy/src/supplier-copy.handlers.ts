import type { EntityManager } from 'typeorm';
import type { EventHandlers } from '@houqin/events';
import { isUniqueViolation } from '@houqin/persistence';
import { KnownSupplier, KnownSupplierStatus } from './supplier-copy.entity';
import { supplierCopySql } from './supplier-copy.store';

/**
 * Inserts a supplier the copy has not seen, or, when it is there, leaves it to the conditional
 * update that already ran. Two first events racing to insert: one fails on the primary key and is
 * redelivered, then takes the update path.
 */
async function insertIfAbsent(manager: EntityManager, facts: KnownSupplier): Promise<void> {
  if (await manager.existsBy(KnownSupplier, { supplierId: facts.supplierId })) return;
  try {
    await manager.insert(KnownSupplier, facts);
  } catch (error) {
    if (isUniqueViolation(error)) throw new Error(`Supplier ${facts.supplierId} was inserted by another event at the same moment; retry.`);
    throw error;
  }
}

/**
 * Finance's supplier facts a service keeps (the canteen's receiving, facilities' contractors check them), each event applied once. A
 * snapshot (`finance.supplier.changed`, the whole supplier) applies over a lower `supplierVersion`
 * and an older event; a suspension over an older event. A suspension of a supplier the copy has not
 * seen yet inserts it suspended (version 0), so only a snapshot published after it (a reactivation)
 * brings it back: a late snapshot of its earlier, active state does not.
 */
export const supplierCopyHandlers: EventHandlers = {
  'finance.supplier.changed': async (manager, { id, payload }) => {
    const facts: KnownSupplier = {
      supplierId: payload.supplierId,
      districtId: payload.districtId,
      name: payload.name,
      status: payload.status as KnownSupplierStatus,
      foodSupplier: payload.foodSupplier,
      foodLicenceNumber: payload.foodLicenceNumber,
      foodLicenceExpiresOn: payload.foodLicenceExpiresOn,
      supplierVersion: payload.supplierVersion,
      lastEventId: id,
      updatedAt: new Date(),
    };
    const updated = await supplierCopySql.snapshot(manager, facts).execute();
    if (!updated.affected) await insertIfAbsent(manager, facts);
  },
  'finance.supplier.suspended': async (manager, { id, districtId, payload }) => {
    const updatedAt = new Date();
    const updated = await supplierCopySql.suspend(manager, payload.supplierId, id, updatedAt).execute();
    if (updated.affected) return;
    await insertIfAbsent(manager, {
      supplierId: payload.supplierId,
      districtId,
      name: payload.name,
      status: KnownSupplierStatus.SUSPENDED,
      foodSupplier: payload.foodSupplier,
      foodLicenceNumber: null,
      foodLicenceExpiresOn: null,
      supplierVersion: 0,
      lastEventId: id,
      updatedAt,
    });
  },
};
