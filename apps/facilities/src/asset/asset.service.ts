import type { EntityManager } from 'typeorm';
import { badInput, conflict, newId, notFound, parseId, parseYuan, type Page, type PageArgs } from '@houqin/common';
import { may, requirePermission, requireViewer } from '@houqin/auth';
import {
  groupedLoader,
  isUniqueViolation,
  paginate,
  recordAudit,
  recordAudits,
  ROWS_PER_INSERT,
  type ScopedReader,
} from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { AssetEvent, AssetEventKind, AssetEventSource, AssetStatus, FixedAsset, MANUAL_STATUSES } from './asset.entity';
import type { AssetFilter, ChangeAssetStatusInput, MoveAssetInput, RegisterAssetInput, UpdateAssetInput } from './asset.inputs';
import { assetClassOf, isRegistrableClass } from './classification';
import { bookValueAt, type BookValue } from './depreciation.rules';
import { assetReader, assetSql, assetWriteReader } from './asset.store';
import { AssetSettingsService } from './asset-settings.service';
import { type AssetSummary, summarize } from './asset.types';

/** Where an asset goes (moveIn): undefined leaves it, null clears it. */
export interface AssetMove {
  roomId?: string | null;
  custodianStaffId?: string | null;
}

/** How many history rows FixedAsset.history shows (the latest); the whole history is Query.assetHistory. */
export const ASSET_HISTORY_SHOWN = 50;
/** How many assets Staff.assetsInCustody shows; the full list is Query.assets with filter.custodianStaffId. */
export const CUSTODY_SHOWN = 100;

/** Why a change happened and what caused it (the history row's reason and source). */
export interface AssetChangeNote {
  reason?: string | null;
  source: AssetEventSource | 'MANUAL' | 'IMPORT' | 'STOCKTAKE' | 'DISPOSAL' | 'CAMPUS_MOVE';
}

/** The values of a new asset, checked by `checkNew` (registerAsset, importAssets). */
export interface NewAssetValues {
  tagNumber: string;
  name: string;
  classCode: string;
  model: string | null;
  serialNumber: string | null;
  acquiredOn: string;
  costFen: number;
  usefulLifeMonths: number;
  purchaseRequestId: string | null;
  roomId: string | null;
  custodianStaffId: string | null;
  status: AssetStatus;
}

/**
 * Fixed assets (固定资产): the register (资产卡片), its history (AssetEvent) and depreciation. At `ctx.assets`.
 *
 * Other concepts (disposal, stocktake) change assets only through `getIn`, `moveIn` and `setStatusIn`,
 * inside their own transaction and after their own permission check: these record the history row and
 * the audit entry and guard the asset's version (CONFLICT when it changed meanwhile).
 */
export class AssetService {
  /** The register as the viewer may read it: its readers all of a school's, anyone else their own custody. */
  readonly reader: ScopedReader<FixedAsset>;
  /** Tenancy only, for writes (their callers check the permission at the asset's school). */
  readonly writeReader: ScopedReader<FixedAsset>;
  /** The district's asset settings (thresholds, useful lives). */
  readonly settings: AssetSettingsService;
  private historyLoader?: ReturnType<typeof groupedLoader<AssetEvent>>;
  private custodyLoader?: ReturnType<typeof groupedLoader<FixedAsset>>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.reader = assetReader(ctx);
    this.writeReader = assetWriteReader(ctx);
    this.settings = new AssetSettingsService(ctx);
  }

  // ── The contract for other concepts ─────────────────────────────────────────────────────

  /** An asset of `schoolId` an input names (a work order's broken projector), else BAD_USER_INPUT on `field`. */
  async requireAssetOf(manager: EntityManager, schoolId: string, assetId: string, field: string): Promise<FixedAsset> {
    const asset = await manager.findOne(FixedAsset, { where: { id: parseId(assetId, field), schoolId } });
    if (!asset) throw badInput(field, `${field} does not name an asset of the school.`);
    return asset;
  }

  /** The asset an input names (`field`), read in the caller's transaction: NOT_FOUND outside the viewer's schools. */
  getIn(manager: EntityManager, assetId: string, field = 'assetId'): Promise<FixedAsset> {
    return this.writeReader.getIn(manager, assetId, field);
  }

  /**
   * Moves an asset to another room and/or custodian of its school (undefined leaves a part, null clears
   * it), recording a MOVED history row and an audit entry. BAD_USER_INPUT on `roomId` / `custodianStaffId`
   * for another school's; CONFLICT for a disposed asset or one changed since it was read. Answers the
   * asset as it now is (the same object when nothing changes).
   */
  async moveIn(manager: EntityManager, asset: FixedAsset, to: AssetMove, note: AssetChangeNote): Promise<FixedAsset> {
    if (asset.status === AssetStatus.DISPOSED) throw conflict(`Asset ${asset.tagNumber} is disposed; it no longer moves.`);
    const set: Partial<FixedAsset> = {};
    if (to.roomId !== undefined && to.roomId !== asset.roomId) {
      if (to.roomId !== null) await this.ctx.places.requireRoomOf(manager, asset.schoolId, to.roomId, 'roomId');
      set.roomId = to.roomId;
    }
    if (to.custodianStaffId !== undefined && to.custodianStaffId !== asset.custodianStaffId) {
      if (to.custodianStaffId !== null)
        await this.ctx.directoryCopy.assertStaffOf(manager, asset.schoolId, to.custodianStaffId, 'custodianStaffId');
      set.custodianStaffId = to.custodianStaffId;
    }
    if (!Object.keys(set).length) return asset;
    await this.change(manager, asset, set);
    await this.record(manager, asset, note, {
      kind: AssetEventKind.MOVED,
      fromRoomId: asset.roomId,
      toRoomId: set.roomId !== undefined ? set.roomId : asset.roomId,
      fromCustodianStaffId: asset.custodianStaffId,
      toCustodianStaffId: set.custodianStaffId !== undefined ? set.custodianStaffId : asset.custodianStaffId,
    });
    await this.audit(manager, asset, 'asset.move', { ...set, reason: note.reason ?? null, source: note.source });
    return manager.findOneOrFail(FixedAsset, { where: { id: asset.id } });
  }

  /**
   * Sets an asset's status, recording a STATUS_CHANGED history row and an audit entry. DISPOSED is for
   * the disposal concept only (it sets the disposal day, from which depreciation stops); a disposed
   * asset never changes again (CONFLICT), nor one changed since it was read.
   */
  async setStatusIn(manager: EntityManager, asset: FixedAsset, status: AssetStatus, note: AssetChangeNote): Promise<FixedAsset> {
    if (asset.status === AssetStatus.DISPOSED) throw conflict(`Asset ${asset.tagNumber} is disposed; its status no longer changes.`);
    if (status === asset.status) return asset;
    const set: Partial<FixedAsset> = { status };
    if (status === AssetStatus.DISPOSED) set.disposedOn = await this.ctx.directoryCopy.todayAt(asset.schoolId, manager);
    await this.change(manager, asset, set);
    await this.record(manager, asset, note, { kind: AssetEventKind.STATUS_CHANGED, fromStatus: asset.status, toStatus: status });
    await this.audit(manager, asset, 'asset.status', { ...set, from: asset.status, reason: note.reason ?? null, source: note.source });
    return manager.findOneOrFail(FixedAsset, { where: { id: asset.id } });
  }

  /** Depreciation to the end of `month` (YYYY-MM) and the net book value then (pure: see depreciation.rules.ts). */
  bookValue(asset: FixedAsset, month: string): BookValue {
    return bookValueAt(asset, month);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** The register, narrowed by the filter: what the viewer may read of it. */
  list(filter: AssetFilter, page: PageArgs): Promise<Page<FixedAsset>> {
    requirePermission(this.ctx.viewer, P.readAssetsInCustody);
    return paginate(assetSql.list(this.ctx.dataSource.manager, this.reader, filter), page);
  }

  /** One asset the viewer may read; NOT_FOUND otherwise (another school's, or not in their custody). */
  get(id: string): Promise<FixedAsset> {
    requirePermission(this.ctx.viewer, P.readAssetsInCustody);
    return this.reader.get(id);
  }

  /** The asset of a school by its tag number (a scanned label), or NOT_FOUND. */
  async byTag(schoolId: string, tagNumber: string): Promise<FixedAsset> {
    requirePermission(this.ctx.viewer, P.readAssetsInCustody);
    const school = parseId(schoolId, 'schoolId');
    const found = await this.reader
      .query()
      .andWhere('fa.schoolId = :school AND fa.tagNumber = :tag', { school, tag: tagNumber.trim() })
      .getOne();
    if (!found) throw notFound('FixedAsset', tagNumber.trim());
    return found;
  }

  /** An asset's latest ASSET_HISTORY_SHOWN history rows, oldest first (batched over a page of assets). */
  history(asset: FixedAsset): Promise<AssetEvent[]> {
    this.historyLoader ??= groupedLoader(
      (ids) => assetSql.historyOf(this.ctx.dataSource.manager, ids).getMany(),
      (ev) => ev.assetId,
    );
    return this.historyLoader.load(asset.id).then((events) => events.slice(-ASSET_HISTORY_SHOWN));
  }

  /** An asset's whole history, oldest first, a page at a time: NOT_FOUND for an asset the viewer may not read. */
  async historyPage(assetId: string, page: PageArgs): Promise<Page<AssetEvent>> {
    const asset = await this.get(assetId);
    return paginate(assetSql.historyOf(this.ctx.dataSource.manager, [asset.id]), page);
  }

  /** The first CUSTODY_SHOWN assets in a staff member's custody that the viewer may read, not disposed (batched over a page of staff). */
  inCustodyOf(staffId: string): Promise<FixedAsset[]> {
    const viewer = requireViewer(this.ctx.viewer);
    if (!may(viewer, P.readAssetsInCustody)) return Promise.resolve([]);
    this.custodyLoader ??= groupedLoader(
      (ids) => assetSql.inCustodyOf(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (a) => a.custodianStaffId!,
    );
    return this.custodyLoader.load(staffId).then((assets) => assets.slice(0, CUSTODY_SHOWN));
  }

  /** A school's assets by status with cost and net book value at the end of `month` (batched over a page of schools). */
  async summaryOf(schoolId: string, month: string): Promise<AssetSummary> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    // Summed in the database (report/: one grouped statement per page of schools), not asset by asset here.
    return summarize(schoolId, month, await this.ctx.reports.assetValueRows(schoolId, month));
  }

  // ── Mutations ───────────────────────────────────────────────────────────────────────────

  /** Registers an asset (建卡): permission at the school first, then the card's checks, then one transaction. */
  async register(input: RegisterAssetInput): Promise<FixedAsset> {
    const viewer = requirePermission(this.ctx.viewer, P.registerAsset, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const values = this.valuesOf(input);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const checked = await this.checkNew(manager, schoolId, values, {});
      if (await manager.findOne(FixedAsset, { where: { schoolId, tagNumber: checked.tagNumber } }))
        throw badInput('tagNumber', `Tag number ${checked.tagNumber} is already used at the school.`);
      return this.insert(manager, viewer.districtId, schoolId, checked, AssetEventSource.MANUAL);
    });
  }

  /** Moves an asset (moveAsset): the asset in the viewer's schools, then the permission at its school. */
  async move(input: MoveAssetInput): Promise<FixedAsset> {
    requireViewer(this.ctx.viewer);
    if (input.clearRoom && input.roomId) throw badInput('roomId', 'Give roomId or clearRoom, not both.');
    if (input.clearCustodian && input.custodianStaffId)
      throw badInput('custodianStaffId', 'Give custodianStaffId or clearCustodian, not both.');
    if (!input.roomId && !input.custodianStaffId && !input.clearRoom && !input.clearCustodian)
      throw badInput('roomId', 'Give the new room, the new custodian, or both.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const asset = await this.getIn(manager, input.assetId);
      requirePermission(this.ctx.viewer, P.moveAsset, asset.schoolId);
      const to: AssetMove = {};
      if (input.roomId) to.roomId = parseId(input.roomId, 'roomId');
      else if (input.clearRoom) to.roomId = null;
      if (input.custodianStaffId) to.custodianStaffId = parseId(input.custodianStaffId, 'custodianStaffId');
      else if (input.clearCustodian) to.custodianStaffId = null;
      const moved = await this.moveIn(manager, asset, to, { reason: input.reason, source: AssetEventSource.MANUAL });
      if (moved === asset)
        throw badInput(to.roomId !== undefined ? 'roomId' : 'custodianStaffId', 'The asset is already there, in that custody.');
      return moved;
    });
  }

  /** Changes an asset's status by hand (changeAssetStatus): never to DISPOSED. */
  async changeStatus(input: ChangeAssetStatusInput): Promise<FixedAsset> {
    requireViewer(this.ctx.viewer);
    return this.ctx.dataSource.transaction(async (manager) => {
      const asset = await this.getIn(manager, input.assetId);
      requirePermission(this.ctx.viewer, P.changeAssetStatus, asset.schoolId);
      if (!MANUAL_STATUSES.includes(input.status))
        throw badInput(
          'status',
          'Only an approved disposal (AssetDisposal) disposes of an asset; choose IN_USE, IDLE, UNDER_REPAIR or LENT.',
        );
      if (asset.status === input.status && asset.status !== AssetStatus.DISPOSED)
        throw badInput('status', `The asset is already ${input.status}.`);
      return this.setStatusIn(manager, asset, input.status, { reason: input.reason, source: AssetEventSource.MANUAL });
    });
  }

  /** Corrects an asset card's name, model or serial (updateAsset), at the version read. */
  async update(input: UpdateAssetInput): Promise<FixedAsset> {
    requireViewer(this.ctx.viewer);
    return this.ctx.dataSource.transaction(async (manager) => {
      const asset = await this.getIn(manager, input.assetId);
      requirePermission(this.ctx.viewer, P.updateAsset, asset.schoolId);
      const set: Partial<Pick<FixedAsset, 'name' | 'model' | 'serialNumber'>> = {};
      if (input.name != null) set.name = input.name;
      if (input.model !== undefined) set.model = input.model;
      if (input.serialNumber !== undefined) set.serialNumber = input.serialNumber;
      if (!Object.keys(set).length) throw badInput('name', 'Give the name, model or serial number to change.');
      if (asset.status === AssetStatus.DISPOSED) throw conflict(`Asset ${asset.tagNumber} is disposed; its card no longer changes.`);
      const result = await assetSql.edit(manager, asset.id, input.version, set).execute();
      if ((result.affected ?? 0) !== 1) throw stale(asset, input.version);
      await this.audit(manager, asset, 'asset.update', { ...set });
      return manager.findOneOrFail(FixedAsset, { where: { id: asset.id } });
    });
  }

  // ── Shared by register and import ────────────────────────────────────────────────────────

  /** The input's values with the checks that need no database (fields named as in the input). */
  valuesOf(input: {
    tagNumber: string;
    name: string;
    classCode: string;
    model?: string | null;
    serialNumber?: string | null;
    acquiredOn: string;
    cost: string;
    purchaseRequestId?: string | null;
    roomId?: string | null;
    custodianStaffId?: string | null;
    status?: AssetStatus | null;
  }): Omit<NewAssetValues, 'usefulLifeMonths'> {
    const classCode = input.classCode.trim();
    if (!isRegistrableClass(classCode))
      throw badInput(
        'classCode',
        assetClassOf(classCode)
          ? `${classCode} is a top-level class (门类); choose a class under it.`
          : `${classCode} is not an asset class code (资产分类代码) of assetClasses.`,
      );
    const status = input.status ?? AssetStatus.IN_USE;
    if (!MANUAL_STATUSES.includes(status))
      throw badInput('status', 'A new asset is not disposed: choose IN_USE, IDLE, UNDER_REPAIR or LENT.');
    return {
      tagNumber: input.tagNumber.trim().toUpperCase(),
      name: input.name,
      classCode,
      model: input.model ?? null,
      serialNumber: input.serialNumber ?? null,
      acquiredOn: input.acquiredOn,
      costFen: parseYuan(input.cost, 'cost'),
      purchaseRequestId: input.purchaseRequestId ? parseId(input.purchaseRequestId, 'purchaseRequestId') : null,
      roomId: input.roomId ? parseId(input.roomId, 'roomId') : null,
      custodianStaffId: input.custodianStaffId ? parseId(input.custodianStaffId, 'custodianStaffId') : null,
      status,
    };
  }

  /**
   * The checks of a new asset that read the database: acquired not after today at the school, cost at
   * least the district's threshold of its class, room and custodian of the school. `roomOf` resolves an
   * import's room reference first when given. Answers the values with the useful life fixed.
   */
  async checkNew(
    manager: EntityManager,
    schoolId: string,
    values: Omit<NewAssetValues, 'usefulLifeMonths'>,
    options: { today?: string },
  ): Promise<NewAssetValues> {
    const today = options.today ?? (await this.ctx.directoryCopy.todayAt(schoolId, manager));
    if (values.acquiredOn > today) throw badInput('acquiredOn', `acquiredOn ${values.acquiredOn} is after today (${today}).`);
    const settings = await this.settings.of(manager, requireViewer(this.ctx.viewer).districtId);
    const cls = assetClassOf(values.classCode)!;
    const threshold = cls.special ? settings.specialThresholdFen : settings.generalThresholdFen;
    if (values.costFen < threshold)
      throw badInput(
        'cost',
        `cost is below the fixed-asset threshold of ${cls.special ? 'special equipment' : 'its class'} (¥${(threshold / 100).toFixed(2)}): ` +
          'it is a low-value consumable (低值易耗品) for the storeroom, not a fixed asset.',
      );
    if (values.roomId) await this.ctx.places.requireRoomOf(manager, schoolId, values.roomId, 'roomId');
    if (values.custodianStaffId) await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, values.custodianStaffId, 'custodianStaffId');
    return { ...values, usefulLifeMonths: this.settings.usefulLifeMonths(settings, values.classCode) };
  }

  /** Inserts a checked asset with its REGISTERED history row and audit entry. */
  async insert(
    manager: EntityManager,
    districtId: string,
    schoolId: string,
    values: NewAssetValues,
    source: AssetEventSource,
  ): Promise<FixedAsset> {
    const asset = manager.create(FixedAsset, { id: newId(), districtId, schoolId, ...values, disposedOn: null });
    try {
      await manager.insert(FixedAsset, asset);
    } catch (error) {
      // Registered by someone else since the check: as the check would have said.
      if (isUniqueViolation(error)) throw badInput('tagNumber', `Tag number ${values.tagNumber} is already used at the school.`);
      throw error;
    }
    await this.record(
      manager,
      asset,
      { source },
      {
        kind: AssetEventKind.REGISTERED,
        toRoomId: values.roomId,
        toCustodianStaffId: values.custodianStaffId,
        toStatus: values.status,
      },
    );
    await this.audit(manager, asset, source === AssetEventSource.IMPORT ? 'asset.import' : 'asset.register', { ...values });
    return manager.findOneOrFail(FixedAsset, { where: { id: asset.id } });
  }

  /**
   * Inserts many checked assets of one school (an import) with their REGISTERED rows and audit entries,
   * ROWS_PER_INSERT to a statement, and reads them back in one: answers them in the order given. A tag
   * taken meanwhile is BAD_USER_INPUT (the caller's transaction rolls back).
   */
  async insertMany(
    manager: EntityManager,
    districtId: string,
    schoolId: string,
    values: readonly NewAssetValues[],
    source: AssetEventSource,
  ): Promise<FixedAsset[]> {
    const assets = values.map((v) => manager.create(FixedAsset, { id: newId(), districtId, schoolId, ...v, disposedOn: null }));
    const occurredAt = this.ctx.now();
    const actorAccountId = this.ctx.viewer?.accountId ?? null;
    for (let i = 0; i < assets.length; i += ROWS_PER_INSERT) {
      try {
        await manager.insert(FixedAsset, assets.slice(i, i + ROWS_PER_INSERT));
      } catch (error) {
        if (isUniqueViolation(error))
          throw badInput('rows', 'A tag number of the file was registered at the school meanwhile; check the file again.');
        throw error;
      }
      await manager.insert(
        AssetEvent,
        assets.slice(i, i + ROWS_PER_INSERT).map((a) => ({
          id: newId(),
          districtId,
          schoolId,
          assetId: a.id,
          kind: AssetEventKind.REGISTERED,
          fromRoomId: null,
          toRoomId: a.roomId,
          fromCustodianStaffId: null,
          toCustodianStaffId: a.custodianStaffId,
          fromStatus: null,
          toStatus: a.status,
          reason: null,
          source,
          actorAccountId,
          occurredAt,
        })),
      );
    }
    await recordAudits(
      manager,
      this.ctx,
      assets.map((a, i) => ({
        action: 'asset.import',
        entityType: 'FixedAsset',
        entityId: a.id,
        districtId,
        schoolId,
        changes: { ...values[i] },
      })),
    );
    const byId = new Map(
      (
        await assetSql
          .byIds(
            manager,
            assets.map((a) => a.id),
          )
          .getMany()
      ).map((a) => [a.id, a]),
    );
    return assets.map((a) => byId.get(a.id)!);
  }

  private async change(manager: EntityManager, asset: FixedAsset, set: Partial<FixedAsset>): Promise<void> {
    const result = await assetSql.change(manager, asset.id, asset.version, set).execute();
    if ((result.affected ?? 0) !== 1) throw stale(asset, asset.version);
  }

  /** Appends a history row (never updated or deleted). */
  async record(
    manager: EntityManager,
    asset: FixedAsset,
    note: AssetChangeNote,
    row: Partial<
      Pick<AssetEvent, 'kind' | 'fromRoomId' | 'toRoomId' | 'fromCustodianStaffId' | 'toCustodianStaffId' | 'fromStatus' | 'toStatus'>
    > & {
      kind: AssetEventKind;
    },
    schoolId = asset.schoolId,
  ): Promise<void> {
    await manager.insert(AssetEvent, {
      id: newId(),
      districtId: asset.districtId,
      schoolId,
      assetId: asset.id,
      fromRoomId: null,
      toRoomId: null,
      fromCustodianStaffId: null,
      toCustodianStaffId: null,
      fromStatus: null,
      toStatus: null,
      ...row,
      reason: note.reason ?? null,
      source: note.source as AssetEventSource,
      actorAccountId: this.ctx.viewer?.accountId ?? null,
      occurredAt: this.ctx.now(),
    });
  }

  private audit(manager: EntityManager, asset: FixedAsset, action: string, changes: Record<string, unknown>): Promise<void> {
    return recordAudit(manager, this.ctx, {
      action,
      entityType: 'FixedAsset',
      entityId: asset.id,
      districtId: asset.districtId,
      schoolId: asset.schoolId,
      changes,
    });
  }
}

function stale(asset: FixedAsset, version: number) {
  return conflict(`Asset ${asset.tagNumber} was changed by someone else (your version ${version}); reload and try again.`, {
    assetId: asset.id,
  });
}
