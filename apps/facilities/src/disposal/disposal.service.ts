import type { EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, newId, notFound, parseId, parseYuan, type Page, type PageArgs } from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { facilitiesEvents, publishEvent } from '@houqin/events';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { AssetStatus, type FixedAsset } from '../asset/asset.entity';
import { monthOf } from '../asset/depreciation.rules';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { FacilitiesStep } from '../workflow-step.entity';
import { decidesAwaitedLevel, holdsLevel, isRequester } from './disposal.actions';
import { AssetDisposal, type AssetDisposalMethod, AssetDisposalSource, AssetDisposalStatus } from './disposal.entity';
import { AssetDisposalAction, assetDisposalFlow } from './disposal.flow';
import type {
  ApproveAssetDisposalInput,
  AssetDisposalFilter,
  CancelAssetDisposalInput,
  RejectAssetDisposalInput,
  RequestAssetDisposalInput,
  UpdateAssetDisposalSettingsInput,
} from './disposal.inputs';
import { approvalPath, approvalValue, type DisposalLevel, levelsProblem } from './disposal.rules';
import { AssetDisposalSettings, defaultDisposalSettings } from './disposal.settings';
import { disposalReader, disposalSql, disposalWriteReader } from './disposal.store';

/** What a disposal request says (requestIn): the stocktake files LOST ones with source STOCKTAKE. */
export interface DisposalRequestValues {
  reason: string;
  method: AssetDisposalMethod | `${AssetDisposalMethod}`;
  source: AssetDisposalSource | `${AssetDisposalSource}`;
  expectedProceedsFen?: number;
}

/** How many requests FixedAsset.disposals shows (the latest); the full list is Query.assetDisposals with filter.assetId. */
export const DISPOSALS_SHOWN = 20;

/**
 * Asset disposal (资产处置: 报废, 出售, 调拨, 捐赠, 盘亏): requests, their approval by the district's levels,
 * and the district's settings. At `ctx.disposals`. The last approval sets the asset DISPOSED (through
 * ctx.assets.setStatusIn) and publishes facilities.asset.disposed in the same transaction.
 */
export class DisposalService {
  /** Requests as the viewer may read them (readFacilities). */
  readonly disposals: ScopedReader<AssetDisposal>;
  /** Tenancy only: the steps read the request here, then the flow checks the viewer's permission at its school. */
  private readonly writeDisposals: ScopedReader<AssetDisposal>;
  private stepsLoader?: ReturnType<typeof assetDisposalFlow.stepsLoader<FacilitiesStep>>;
  private ofAssetLoader?: ReturnType<typeof groupedLoader<AssetDisposal>>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.disposals = disposalReader(ctx);
    this.writeDisposals = disposalWriteReader(ctx);
  }

  // ── The contract for other concepts ─────────────────────────────────────────────────────

  /**
   * Files a disposal request for `asset` in the caller's transaction, as the viewer, without a
   * permission check (the caller checked its own). The approval path comes from the district's
   * settings at the asset's value, less the levels the viewer holds (nobody approves their own). An
   * asset already disposed is BAD_USER_INPUT on `assetId`; so is one with a request waiting, except
   * for a stocktake (source STOCKTAKE), which is answered the waiting request: the asset is already on
   * its way out.
   */
  async requestIn(manager: EntityManager, asset: FixedAsset, request: DisposalRequestValues): Promise<AssetDisposal> {
    const viewer = requireViewer(this.ctx.viewer);
    if (asset.status === AssetStatus.DISPOSED)
      throw badInput(
        'assetId',
        `assetId: asset ${asset.tagNumber} (${asset.id}) is already disposed (${asset.disposedOn ?? 'date unknown'}).`,
      );
    const open = await disposalSql.openOf(manager, asset.id).getOne();
    if (open) {
      if (request.source === AssetDisposalSource.STOCKTAKE) return open;
      throw badInput('assetId', `assetId: asset ${asset.tagNumber} (${asset.id}) already has a disposal request waiting (${open.id}).`);
    }
    const today = await this.ctx.directoryCopy.todayAt(asset.schoolId, manager);
    const month = monthOf(today);
    // As if disposed today: depreciation to the end of the month before (the disposal month is not charged).
    const book = this.ctx.assets.bookValue({ ...asset, disposedOn: today } as FixedAsset, month);
    const settings = await this.settingsOf(manager, asset.districtId);
    const valueFen = approvalValue(settings.basis, { costFen: asset.costFen, netBookValueFen: book.netBookValueFen });
    const roles = approvalPath(settings.levelsValue, valueFen, (role) => holdsLevel(viewer, role, asset.schoolId));
    const disposal = manager.create(AssetDisposal, {
      id: newId(),
      districtId: asset.districtId,
      schoolId: asset.schoolId,
      assetId: asset.id,
      openAssetId: asset.id,
      reason: request.reason,
      method: request.method as AssetDisposalMethod,
      source: request.source as AssetDisposalSource,
      expectedProceedsFen: request.expectedProceedsFen ?? 0,
      costFen: asset.costFen,
      accumulatedDepreciationFen: book.accumulatedFen,
      netBookValueFen: book.netBookValueFen,
      approvalValueFen: valueFen,
      valuationMonth: month,
      status: AssetDisposalStatus.PENDING_APPROVAL,
      approvalRoles: roles,
      approvedCount: 0,
      nextApprovalRole: roles[0],
      requesterAccountId: viewer.accountId,
      requesterStaffId: viewer.staffId ?? null,
      disposedOn: null,
      writtenOffAccumulatedDepreciationFen: null,
      writtenOffNetBookValueFen: null,
      decidedAt: null,
    });
    try {
      await manager.insert(AssetDisposal, disposal);
    } catch (error) {
      // Another request for the asset was filed at the same moment.
      if (isUniqueViolation(error))
        throw badInput('assetId', `assetId: asset ${asset.tagNumber} (${asset.id}) already has a disposal request waiting.`);
      throw error;
    }
    const saved = await manager.findOneByOrFail(AssetDisposal, { id: disposal.id });
    await assetDisposalFlow.recordCreation(manager, this.ctx, AssetDisposalAction.REQUESTED, saved, {
      comment: request.reason,
      changes: {
        assetId: asset.id,
        tagNumber: asset.tagNumber,
        method: saved.method,
        source: saved.source,
        expectedProceedsFen: saved.expectedProceedsFen,
        costFen: saved.costFen,
        netBookValueFen: saved.netBookValueFen,
        approvalRoles: roles,
      },
    });
    return saved;
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  /** requestAssetDisposal: the role somewhere first, then the input, then the asset in the viewer's schools and the role at its school. */
  async request(input: RequestAssetDisposalInput): Promise<AssetDisposal> {
    requirePermission(this.ctx.viewer, P.requestAssetDisposal);
    const assetId = parseId(input.assetId, 'assetId');
    const expectedProceedsFen = input.expectedProceeds != null ? parseYuan(input.expectedProceeds, 'expectedProceeds') : 0;
    return this.ctx.dataSource.transaction(async (manager) => {
      const asset = await this.ctx.assets.getIn(manager, assetId, 'assetId');
      assetDisposalFlow.allow(this.ctx.viewer, AssetDisposalAction.REQUESTED, asset.schoolId);
      return this.requestIn(manager, asset, {
        reason: input.reason,
        method: input.method,
        source: AssetDisposalSource.MANUAL,
        expectedProceedsFen,
      });
    });
  }

  /**
   * Approves at the level the request waits for (never one's own). The last level sets the asset
   * DISPOSED (its disposal day: today at the school), records what is written off (depreciation to the
   * end of the month before) and publishes facilities.asset.disposed, all in this transaction.
   */
  async approve(input: ApproveAssetDisposalInput): Promise<AssetDisposal> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const disposal = await this.lockedOrNotFound(manager, id);
      const step = assetDisposalFlow.check(this.ctx.viewer, AssetDisposalAction.APPROVED, disposal);
      const level = this.requireAwaitedLevel(disposal);
      const approvedCount = disposal.approvedCount + 1;
      if (approvedCount < disposal.approvalRoles.length) {
        const next = disposal.approvalRoles[approvedCount];
        return step.commit(manager, this.ctx, {
          to: AssetDisposalStatus.PENDING_APPROVAL,
          set: { approvedCount, nextApprovalRole: next },
          comment: input.comment,
          changes: { level, next },
        });
      }
      const asset = await this.ctx.assets.getIn(manager, disposal.assetId, 'id');
      const disposed = await this.ctx.assets.setStatusIn(manager, asset, AssetStatus.DISPOSED, {
        reason: `处置 ${disposal.method}: ${disposal.reason}`,
        source: 'DISPOSAL',
      });
      const disposedOn = disposed.disposedOn as string;
      const book = this.ctx.assets.bookValue(disposed, monthOf(disposedOn));
      const approved = await step.commit(manager, this.ctx, {
        to: AssetDisposalStatus.APPROVED,
        set: {
          approvedCount,
          nextApprovalRole: null,
          openAssetId: null,
          disposedOn,
          writtenOffAccumulatedDepreciationFen: book.accumulatedFen,
          writtenOffNetBookValueFen: book.netBookValueFen,
          decidedAt: this.ctx.now(),
        },
        comment: input.comment,
        changes: { level, disposedOn, accumulatedDepreciationFen: book.accumulatedFen, netBookValueFen: book.netBookValueFen },
      });
      await publishEvent(manager, this.ctx, facilitiesEvents.assetDisposed, {
        districtId: approved.districtId,
        schoolId: approved.schoolId,
        payload: {
          disposalId: approved.id,
          assetId: disposed.id,
          schoolId: disposed.schoolId,
          tagNumber: disposed.tagNumber,
          name: disposed.name,
          classCode: disposed.classCode,
          costFen: disposed.costFen,
          accumulatedDepreciationFen: book.accumulatedFen,
          netBookValueFen: book.netBookValueFen,
          method: approved.method,
          proceedsFen: approved.expectedProceedsFen,
          disposedOn,
        },
      });
      return approved;
    });
  }

  /** Rejects at the level the request waits for, with a reason (never one's own): the asset stays as it is. */
  async reject(input: RejectAssetDisposalInput): Promise<AssetDisposal> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const disposal = await this.lockedOrNotFound(manager, id);
      const step = assetDisposalFlow.check(this.ctx.viewer, AssetDisposalAction.REJECTED, disposal);
      const level = this.requireAwaitedLevel(disposal);
      return step.commit(manager, this.ctx, {
        set: { nextApprovalRole: null, openAssetId: null, decidedAt: this.ctx.now() },
        comment: input.reason,
        changes: { level, reason: input.reason },
      });
    });
  }

  /** The requester withdraws their own request while it waits (nobody else does). */
  async cancel(input: CancelAssetDisposalInput): Promise<AssetDisposal> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const disposal = await this.lockedOrNotFound(manager, id);
      const step = assetDisposalFlow.check(this.ctx.viewer, AssetDisposalAction.CANCELLED, disposal);
      if (!isRequester(this.ctx.viewer, disposal)) throw forbidden('Only the requester withdraws a disposal request.');
      return step.commit(manager, this.ctx, {
        set: { nextApprovalRole: null, openAssetId: null, decidedAt: this.ctx.now() },
        comment: input.reason,
        changes: { reason: input.reason ?? null },
      });
    });
  }

  /** The level the request waits for, if the viewer decides at it there; else FORBIDDEN naming it. */
  private requireAwaitedLevel(disposal: AssetDisposal): string {
    const level = disposal.nextApprovalRole;
    if (!level) throw new Error(`Disposal request ${disposal.id} is waiting for no level.`);
    if (!decidesAwaitedLevel(this.ctx.viewer, disposal))
      throw forbidden(`This disposal request is waiting for the ${level} level's approval.`);
    return level;
  }

  /** The request in the viewer's schools, locked for the step: NOT_FOUND outside them. */
  private async lockedOrNotFound(manager: EntityManager, id: string): Promise<AssetDisposal> {
    const disposal = await disposalSql.lockForStep(manager, this.writeDisposals, id).getOne();
    if (!disposal) throw notFound('AssetDisposal', id);
    return disposal;
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** Requests the viewer may read, narrowed by the filter, newest first. */
  list(filter: AssetDisposalFilter, page: PageArgs): Promise<Page<AssetDisposal>> {
    const viewer = requirePermission(this.ctx.viewer, P.readFacilities);
    const qb = disposalSql.list(this.ctx.dataSource.manager, this.disposals, {
      schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
      status: filter.status ?? null,
      assetId: filter.assetId ? parseId(filter.assetId, 'filter.assetId') : null,
      awaitingApprovalBy: filter.awaitingMyApproval ? viewer : null,
    });
    return paginate(qb, page, 'DESC');
  }

  /** One request the viewer may read; NOT_FOUND otherwise. */
  get(id: string): Promise<AssetDisposal> {
    requirePermission(this.ctx.viewer, P.readFacilities);
    return this.disposals.get(id);
  }

  /** An asset's latest DISPOSALS_SHOWN requests, newest first, as the viewer may read them (batched over a page of assets: one statement). */
  ofAsset(assetId: string): Promise<AssetDisposal[]> {
    this.ofAssetLoader ??= groupedLoader(
      (ids) => disposalSql.ofAssets(this.ctx.dataSource.manager, this.disposals, ids).getMany(),
      (d) => d.assetId,
    );
    return this.ofAssetLoader.load(assetId).then((requests) => requests.slice(0, DISPOSALS_SHOWN));
  }

  /** Its steps, oldest first; batched over a page of requests. */
  stepsOf(id: string): Promise<FacilitiesStep[]> {
    this.stepsLoader ??= assetDisposalFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.stepsLoader.load(id);
  }

  // ── Settings ────────────────────────────────────────────────────────────────────────────

  /** A district's settings (no permission check: for the rules), in `manager`'s transaction; the defaults when it has none. */
  async settingsOf(manager: EntityManager | null | undefined, districtId: string): Promise<AssetDisposalSettings> {
    return (
      (await (manager ?? this.ctx.dataSource.manager).findOne(AssetDisposalSettings, { where: { districtId } })) ??
      defaultDisposalSettings(districtId)
    );
  }

  /** The viewer's district's settings (the schools' staff and the district). */
  settingsForViewer(): Promise<AssetDisposalSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.readAssetDisposalSettings);
    return this.settingsOf(null, viewer.districtId);
  }

  /**
   * Changes the district's settings (district administrators): permission first, the levels' rules,
   * then one transaction writing them at the version read (else CONFLICT). Open requests keep the
   * levels they were filed under.
   */
  async updateSettings(input: UpdateAssetDisposalSettingsInput): Promise<AssetDisposalSettings> {
    const viewer = requirePermission(this.ctx.viewer, P.updateAssetDisposalSettings);
    const changes: { levelsValue?: DisposalLevel[]; basis?: AssetDisposalSettings['basis'] } = {};
    if (input.levels != null) {
      changes.levelsValue = input.levels.map((level, i) => ({
        role: level.role,
        upToFen: level.upTo != null && level.upTo !== '' ? parseYuan(level.upTo, `levels.${i}.upTo`) : null,
      }));
      const problem = levelsProblem(changes.levelsValue);
      if (problem) throw badInput(problem.field, problem.message);
    }
    if (input.basis != null) changes.basis = input.basis;
    if (!Object.keys(changes).length) throw badInput('version', 'Give at least one setting to change.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.settingsOf(manager, viewer.districtId);
      const stale = () =>
        conflict(
          `The disposal settings were changed by someone else (your version ${input.version}, current ${current.version}); reload.`,
          {
            currentVersion: current.version,
          },
        );
      if (input.version !== current.version) throw stale();
      if (current.version === 0) {
        try {
          await manager.insert(AssetDisposalSettings, {
            districtId: viewer.districtId,
            levelsValue: current.levelsValue,
            basis: current.basis,
            ...changes,
            updatedByAccountId: viewer.accountId,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw stale();
          throw error;
        }
      } else {
        const result = await disposalSql
          .updateSettings(manager, viewer.districtId, input.version, { ...changes, updatedByAccountId: viewer.accountId })
          .execute();
        if ((result.affected ?? 0) !== 1) throw stale();
      }
      await recordAudit(manager, this.ctx, {
        action: 'assetDisposalSettings.update',
        entityType: 'AssetDisposalSettings',
        entityId: viewer.districtId,
        districtId: viewer.districtId,
        changes: { ...changes },
      });
      return manager.findOneOrFail(AssetDisposalSettings, { where: { districtId: viewer.districtId } });
    });
  }
}
