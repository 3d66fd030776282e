import type { EntityManager } from 'typeorm';
import { newId, parseId, type Page, type PageArgs } from '@houqin/common';
import { requirePermission } from '@houqin/auth';
import type { EventOf } from '@houqin/events';
import { isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { KnownSchool } from '../directory-copy/directory-copy.entity';
import { P } from '../permissions';
import { AssetWriteOff, type AssetWriteOffMethod } from './writeoff.entity';
import { checkWriteOffAmounts } from './writeoff.rules';
import type { AssetWriteOffFilter } from './writeoff.types';
import { writeOffReader, writeOffSql } from './writeoff.store';

/** Asset write-offs (资产核销): recorded from facilities' approved disposals; read by the school's finance staff and the district. */
export class WriteOffService {
  readonly reader: ScopedReader<AssetWriteOff>;

  constructor(private readonly ctx: SubgraphContext) {
    this.reader = writeOffReader(ctx);
  }

  /**
   * Records the write-off of an approved disposal (facilities.asset.disposed) in the consumer's
   * transaction, once: a disposal already written off (a replay under a new event id) adds nothing and
   * answers null. A school finance's directory copy does not know in the event's district, or amounts
   * that do not add up, are errors (the event is retried, then parked as a dead letter).
   */
  async recordIn(manager: EntityManager, event: EventOf<'facilities.asset.disposed'>): Promise<AssetWriteOff | null> {
    const p = event.payload;
    if (await manager.existsBy(AssetWriteOff, { disposalId: p.disposalId })) return null;
    const school = await manager.findOne(KnownSchool, { where: { schoolId: p.schoolId } });
    if (!school || school.districtId !== event.districtId)
      throw new Error(
        `Disposal ${p.disposalId}: school ${p.schoolId} is not a school of district ${event.districtId} in finance's copy of the directory.`,
      );
    checkWriteOffAmounts(p);
    const row = manager.create(AssetWriteOff, {
      id: newId(),
      districtId: event.districtId,
      schoolId: p.schoolId,
      disposalId: p.disposalId,
      assetId: p.assetId,
      tagNumber: p.tagNumber,
      name: p.name,
      classCode: p.classCode,
      method: p.method as AssetWriteOffMethod,
      costFen: p.costFen,
      accumulatedDepreciationFen: p.accumulatedDepreciationFen,
      netBookValueFen: p.netBookValueFen,
      proceedsFen: p.proceedsFen,
      disposedOn: p.disposedOn,
      period: p.disposedOn.slice(0, 7),
      eventId: event.id,
    });
    try {
      await manager.insert(AssetWriteOff, row);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    await recordAudit(manager, this.ctx, {
      action: 'assetWriteOff.record',
      entityType: 'AssetWriteOff',
      entityId: row.id,
      districtId: row.districtId,
      schoolId: row.schoolId,
      changes: { ...p, eventId: event.id },
    });
    return manager.findOneByOrFail(AssetWriteOff, { id: row.id });
  }

  /** Write-offs of the books the viewer reads, newest first. */
  list(filter: AssetWriteOffFilter, page: PageArgs): Promise<Page<AssetWriteOff>> {
    requirePermission(this.ctx.viewer, P.readBooks);
    const qb = writeOffSql.list(this.ctx.dataSource.manager, this.reader, {
      schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
      period: filter.period ?? null,
    });
    return paginate(qb, page, 'DESC');
  }
}
