import { IsNull } from 'typeorm';
import { newId } from '@houqin/common';
import type { EventHandlers } from '@houqin/events';
import { recordAudit } from '@houqin/persistence';
import { MeterAnomaly, UtilityMeter } from '../meter/meter.entity';
import { Room } from '../place/place.entity';
import { WorkOrder, WorkOrderCategory, WorkOrderPriority, WorkOrderSource, WorkOrderStatus } from './work-order.entity';
import { dueAtIn, EMPTY_COSTS } from './work-order.service';

/**
 * What repairs do with events: a meter's suspected leak (疑似漏水) opens an urgent plumbing work order
 * linked to its anomaly, once (a unique source and reference); a work order that closes tells the
 * anomaly it came from; a safety hazard that needs a repair opens a safety work order the same way. Composed in
 * events/facilities.consumer.ts.
 */
export const repairHandlers: EventHandlers = {
  'facilities.meter.anomaly': async (manager, envelope) => {
    const { payload } = envelope;
    if (!payload.suspectedLeak) return;
    if (await manager.existsBy(WorkOrder, { source: WorkOrderSource.METER, sourceRef: payload.anomalyId })) return;
    const meter = await manager.findOne(UtilityMeter, { where: { id: payload.meterId } });
    const reportedAt = new Date(envelope.occurredAt);
    const id = newId();
    await manager.insert(WorkOrder, {
      ...openedBySource(envelope.districtId, payload.schoolId, reportedAt),
      id,
      title: `疑似漏水: ${meter?.name ?? payload.meterId}`.slice(0, 200),
      description:
        `Meter ${meter?.name ?? payload.meterId} used ${payload.consumption} (${payload.kind === 'NIGHT_USE' ? 'at night' : 'on a non-school day'}) ` +
        `against its baseline of ${payload.baseline ?? '-'}, from ${payload.from} to ${payload.to}: look for a leak.`,
      category: WorkOrderCategory.PLUMBING,
      priority: WorkOrderPriority.URGENT,
      source: WorkOrderSource.METER,
      sourceRef: payload.anomalyId,
      dueAt: await dueAtIn(manager, envelope.districtId, payload.schoolId, WorkOrderPriority.URGENT, reportedAt),
    });
    await manager.update(MeterAnomaly, { id: payload.anomalyId }, { workOrderId: id });
    await recordAudit(
      manager,
      { viewer: null, requestId: envelope.requestId },
      {
        action: 'workOrder.openFromMeter',
        entityType: 'WorkOrder',
        entityId: id,
        districtId: envelope.districtId,
        schoolId: payload.schoolId,
        changes: { anomalyId: payload.anomalyId, meterId: payload.meterId },
      },
    );
  },
  // A safety hazard that needs a repair (隐患报修): a safety work order (due the same school day) with the id safety named, once.
  // Nobody rates it (no reporter account): it closes at its final account, and its closing goes back to the hazard.
  'safety.hazard.repairRequested': async (manager, envelope) => {
    const { payload } = envelope;
    if (await manager.existsBy(WorkOrder, { source: WorkOrderSource.HAZARD, sourceRef: payload.hazardId })) return;
    // A room safety knows but facilities does not (or of another school) is left for the director's triage.
    const room = payload.roomId ? await manager.findOne(Room, { where: { id: payload.roomId, schoolId: payload.schoolId } }) : null;
    const reportedAt = new Date(envelope.occurredAt);
    await manager.insert(WorkOrder, {
      ...openedBySource(envelope.districtId, payload.schoolId, reportedAt),
      id: payload.workOrderId,
      title: payload.title,
      description: payload.description,
      category: payload.category as WorkOrderCategory,
      safety: true,
      priority: WorkOrderPriority.SAFETY,
      source: WorkOrderSource.HAZARD,
      sourceRef: payload.hazardId,
      roomId: room?.id ?? null,
      dueAt: await dueAtIn(manager, envelope.districtId, payload.schoolId, WorkOrderPriority.SAFETY, reportedAt),
    });
    await recordAudit(
      manager,
      { viewer: null, requestId: envelope.requestId },
      {
        action: 'workOrder.openFromHazard',
        entityType: 'WorkOrder',
        entityId: payload.workOrderId,
        districtId: envelope.districtId,
        schoolId: payload.schoolId,
        changes: { hazardId: payload.hazardId, requestedByAccountId: payload.requestedByAccountId, category: payload.category },
      },
    );
  },
  'facilities.workOrder.closed': async (manager, { occurredAt, payload }) => {
    if (payload.source !== 'METER' || !payload.sourceRef) return;
    await manager.update(MeterAnomaly, { id: payload.sourceRef, resolvedAt: IsNull() }, { resolvedAt: new Date(occurredAt) });
  },
};

/** The columns of a work order opened by another record (no reporter, no place yet: the director triages it). */
export function openedBySource(districtId: string, schoolId: string, reportedAt: Date): Partial<WorkOrder> {
  return {
    districtId,
    schoolId,
    photoRefs: [],
    safety: false,
    status: WorkOrderStatus.REPORTED,
    roomId: null,
    assetId: null,
    reporterAccountId: null,
    reporterStaffId: null,
    reporterName: null,
    reporterPhone: null,
    clientKey: null,
    reportedAt,
    ...EMPTY_COSTS,
    statusTokenHash: null,
    escalationLevel: 0,
  };
}
