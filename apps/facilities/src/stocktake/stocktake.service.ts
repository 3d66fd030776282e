import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, newId, notFound, parseId, type Page, type PageArgs } from '@houqin/common';
import { paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { AssetStatus, FixedAsset } from '../asset/asset.entity';
import type { FacilitiesContext } from '../context';
import type { FacilitiesStep } from '../workflow-step.entity';
import {
  AssetStocktake,
  AssetStocktakeDifference,
  AssetStocktakeDifferenceKind,
  AssetStocktakeDifferenceOutcome,
  AssetStocktakeExpected,
  AssetStocktakeScan,
  AssetStocktakeScope,
  AssetStocktakeStatus,
} from './stocktake.entity';
import { AssetStocktakeAction, assetStocktakeFlow } from './stocktake.flow';
import type {
  ApproveAssetStocktakeInput,
  AssetStocktakeFilter,
  CloseAssetStocktakeInput,
  OpenAssetStocktakeInput,
  RecordAssetScansInput,
  RejectAssetStocktakeInput,
} from './stocktake.inputs';
import {
  acceptedDifferences,
  prepareCodes,
  roomInScope,
  type ScopeRef,
  scopeProblem,
  scopesOverlap,
  stocktakeDifferences,
} from './stocktake.rules';
import { stocktakeReader, stocktakeSql, stocktakeWriteReader } from './stocktake.store';
import type { AssetScanResult, AssetStocktakeSummary } from './stocktake.types';

/** Rows per INSERT of expected assets and differences (a school-wide stocktake has thousands). */
const ROWS_PER_INSERT = 500;

const chunks = <T>(rows: readonly T[], size = ROWS_PER_INSERT): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** MySQL / MariaDB chose this transaction as a deadlock victim (ER_LOCK_DEADLOCK): it was rolled back and may run again. */
function isDeadlock(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } } | null;
  return e?.driverError?.errno === 1213 || e?.errno === 1213;
}

/**
 * Runs a transaction again when the database rolled it back as a deadlock victim. Only for work that
 * is safe to repeat as a whole (a scan call: first scan wins, so a repeat records nothing twice).
 */
async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/**
 * Asset stocktakes (资产盘点): open (snapshot of the expected assets), scan, close (differences frozen),
 * approve (moves and disposal requests) or reject. At `ctx.stocktakes`.
 */
export class StocktakeService {
  /** Stocktakes as the viewer may read them (readFacilities). */
  readonly stocktakes: ScopedReader<AssetStocktake>;
  /** Tenancy only: the steps read the stocktake here, then the flow checks the viewer's permission at its school. */
  private readonly writeStocktakes: ScopedReader<AssetStocktake>;
  private stepsLoader?: DataLoader<string, FacilitiesStep[]>;
  private scanCountLoader?: DataLoader<string, number>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.stocktakes = stocktakeReader(ctx);
    this.writeStocktakes = stocktakeWriteReader(ctx);
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  /**
   * Opens a stocktake and snapshots what it expects: the school's assets in a room of the scope, not
   * disposed, not lent. CONFLICT while another running stocktake (OPEN or CLOSED) of the school counts
   * some of the same rooms.
   */
  async open(input: OpenAssetStocktakeInput): Promise<AssetStocktake> {
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = assetStocktakeFlow.allow(this.ctx.viewer, AssetStocktakeAction.OPENED, schoolId);
    const problem = scopeProblem(input);
    if (problem) throw badInput(problem.field, problem.message);
    const campusId = input.campusId ? parseId(input.campusId, 'campusId') : null;
    const roomId = input.roomId ? parseId(input.roomId, 'roomId') : null;
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      let scope: ScopeRef = { scope: AssetStocktakeScope.SCHOOL, campusId: null, roomId: null };
      if (input.scope === AssetStocktakeScope.CAMPUS) {
        await this.ctx.directoryCopy.requireCampusOf(manager, schoolId, campusId as string, 'campusId');
        scope = { scope: AssetStocktakeScope.CAMPUS, campusId, roomId: null };
      } else if (input.scope === AssetStocktakeScope.ROOM) {
        const room = await this.ctx.places.requireRoomOf(manager, schoolId, roomId as string, 'roomId');
        scope = { scope: AssetStocktakeScope.ROOM, campusId: room.campusId, roomId: room.id };
      }
      const clash = (await stocktakeSql.running(manager, schoolId).getMany()).find((running) => scopesOverlap(running, scope));
      if (clash)
        throw conflict(
          `Stocktake ${clash.id} (${clash.scope}) of this school is ${clash.status} and counts some of the same rooms; finish it first.`,
          {
            stocktakeId: clash.id,
          },
        );
      const assets = await stocktakeSql.assetsInScope(manager, schoolId, scope).getMany();
      const stocktake = manager.create(AssetStocktake, {
        id: newId(),
        districtId: school.districtId,
        schoolId,
        ...scope,
        note: input.note ?? null,
        status: AssetStocktakeStatus.OPEN,
        openedByAccountId: viewer.accountId,
        closedByAccountId: null,
        closedAt: null,
        expectedCount: assets.length,
      });
      await manager.insert(AssetStocktake, stocktake);
      for (const part of chunks(assets))
        await manager.insert(
          AssetStocktakeExpected,
          part.map((asset) => ({
            id: newId(),
            stocktakeId: stocktake.id,
            assetId: asset.id,
            tagNumber: asset.tagNumber,
            name: asset.name,
            roomId: asset.roomId as string,
          })),
        );
      const saved = await manager.findOneByOrFail(AssetStocktake, { id: stocktake.id });
      await assetStocktakeFlow.recordCreation(manager, this.ctx, AssetStocktakeAction.OPENED, saved, {
        comment: input.note,
        changes: { ...scope, expected: assets.length },
      });
      return saved;
    });
  }

  /**
   * Records the codes scanned in one room. Each code is one row, first scan wins: a code scanned before
   * (by anyone, anywhere in this stocktake) keeps its first scan. Scanners never conflict with each
   * other: no counter or version is updated; the calls of one stocktake queue on its row lock for the
   * moment of their insert (closing takes the same lock, so it sees every scan committed before it);
   * a deadlock, should one still happen, is retried (a repeat records nothing twice).
   */
  async recordScans(input: RecordAssetScansInput): Promise<AssetScanResult> {
    const stocktakeId = parseId(input.stocktakeId, 'stocktakeId');
    const roomId = parseId(input.roomId, 'roomId');
    return retryOnDeadlock(() =>
      this.ctx.dataSource.transaction(async (manager) => {
        // First statement: queues behind other scan calls and a closing of this stocktake.
        const stocktake = await this.lockedOrNotFound(manager, stocktakeId);
        const step = assetStocktakeFlow.check(this.ctx.viewer, AssetStocktakeAction.SCANNED, stocktake);
        const { codes, problems } = prepareCodes(input.codes);
        if (problems.length) throw badInput(`codes.${problems[0].index}`, problems[0].message);
        const room = await this.ctx.places.requireRoomOf(manager, stocktake.schoolId, roomId, 'roomId');
        if (!roomInScope(stocktake, room)) throw badInput('roomId', "roomId: the room is outside the stocktake's scope.");
        const scannedAt = this.ctx.now();
        const rows = codes.map((code) =>
          Object.assign(new AssetStocktakeScan(), {
            id: newId(),
            stocktakeId,
            code,
            roomId: room.id,
            scannedByAccountId: step.viewer.accountId,
            scannedAt,
          }),
        );
        await stocktakeSql.insertScans(manager, rows).execute();
        const stored = await stocktakeSql.scansOfCodes(manager, stocktakeId, codes).getMany();
        const mine = new Set(rows.map((row) => row.id));
        const recorded = stored.filter((scan) => mine.has(scan.id)).length;
        await recordAudit(manager, this.ctx, {
          action: 'assetStocktake.scan',
          entityType: 'AssetStocktake',
          entityId: stocktake.id,
          districtId: stocktake.districtId,
          schoolId: stocktake.schoolId,
          changes: { roomId: room.id, codes: codes.length, recorded },
        });
        const byCode = new Map(stored.map((scan) => [scan.code.toUpperCase(), scan]));
        return {
          stocktake,
          recorded,
          alreadyScanned: codes.length - recorded,
          scans: codes.map((code) => byCode.get(code)).filter((scan): scan is AssetStocktakeScan => !!scan),
        };
      }),
    );
  }

  /** Closes an open stocktake: its differences are computed from the snapshot, the scans and the register, and frozen. */
  async close(input: CloseAssetStocktakeInput): Promise<AssetStocktake> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      // First statement: waits for the scans in flight, so every committed scan is read below.
      const stocktake = await this.lockedOrNotFound(manager, id);
      const step = assetStocktakeFlow.check(this.ctx.viewer, AssetStocktakeAction.CLOSED, stocktake);
      const expected = await stocktakeSql.allExpected(manager, id).getMany();
      const scans = await stocktakeSql.allScans(manager, id).getMany();
      const register = await stocktakeSql.registerOf(manager, stocktake.schoolId).getMany();
      const { differences, summary } = stocktakeDifferences(
        expected,
        scans,
        register.map((asset) => ({
          assetId: asset.id,
          tagNumber: asset.tagNumber,
          roomId: asset.roomId,
          disposed: asset.status === AssetStatus.DISPOSED,
        })),
      );
      for (const part of chunks(differences))
        await manager.insert(
          AssetStocktakeDifference,
          part.map((difference) => ({
            id: newId(),
            districtId: stocktake.districtId,
            schoolId: stocktake.schoolId,
            stocktakeId: id,
            ...difference,
            outcome: null,
            disposalId: null,
          })),
        );
      const set = {
        closedByAccountId: step.viewer.accountId,
        closedAt: this.ctx.now(),
        scannedCount: summary.scanned,
        foundCount: summary.found,
        missingCount: summary.missing,
        wrongRoomCount: summary.wrongRoom,
        unregisteredCount: summary.unregistered,
      };
      return step.commit(manager, this.ctx, { comment: input.comment, set, changes: { ...summary } });
    });
  }

  /**
   * The director approves a closed stocktake (never one they closed): each accepted WRONG_ROOM moves
   * the asset to the room it was scanned in, each accepted MISSING files a disposal request (method
   * LOST), an accepted UNREGISTERED is only noted; the others are dismissed. One transaction: a refusal
   * of any part (an asset changed meanwhile: CONFLICT) leaves everything as it was.
   */
  async approve(input: ApproveAssetStocktakeInput): Promise<AssetStocktake> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.lockedOrNotFound(manager, id);
      const step = assetStocktakeFlow.check(this.ctx.viewer, AssetStocktakeAction.APPROVED, stocktake);
      const differences = await stocktakeSql.allDifferences(manager, id).getMany();
      const { accepted, problem } = acceptedDifferences(
        differences.map((d) => d.id),
        input.accept,
      );
      if (problem) throw badInput(`accept.${problem.index}`, problem.message);
      const acting = differences.filter((d) => accepted.has(d.id) && d.assetId && d.kind !== AssetStocktakeDifferenceKind.UNREGISTERED);
      const assetIds = [...new Set(acting.map((d) => d.assetId as string))];
      // The assets still of this school (one moved away with its campus since is left alone).
      const assets = new Map(
        (assetIds.length ? await manager.findBy(FixedAsset, { id: In(assetIds), schoolId: stocktake.schoolId }) : []).map((a) => [a.id, a]),
      );
      const moves: { differenceId: string; assetId: string; toRoomId: string }[] = [];
      const disposals: { differenceId: string; assetId: string; disposalId: string }[] = [];
      const skipped: { differenceId: string; why: string }[] = [];
      for (const difference of acting) {
        const asset = assets.get(difference.assetId as string);
        if (!asset || asset.status === AssetStatus.DISPOSED) {
          skipped.push({ differenceId: difference.id, why: asset ? 'disposed' : 'no longer of the school' });
          continue;
        }
        if (difference.kind === AssetStocktakeDifferenceKind.WRONG_ROOM) {
          const toRoomId = difference.scannedRoomId as string;
          if (asset.roomId === toRoomId) {
            skipped.push({ differenceId: difference.id, why: 'already in that room' });
            continue;
          }
          assets.set(
            asset.id,
            await this.ctx.assets.moveIn(
              manager,
              asset,
              { roomId: toRoomId },
              { reason: `盘点: found in this room by stocktake ${stocktake.id}`, source: 'STOCKTAKE' },
            ),
          );
          moves.push({ differenceId: difference.id, assetId: asset.id, toRoomId });
        } else {
          const disposal = await this.ctx.disposals.requestIn(manager, asset, {
            reason: `盘亏: stocktake ${stocktake.id}`,
            method: 'LOST',
            source: 'STOCKTAKE',
          });
          await stocktakeSql.linkDisposal(manager, difference.id, disposal.id).execute();
          disposals.push({ differenceId: difference.id, assetId: asset.id, disposalId: disposal.id });
        }
      }
      const acceptedIds = differences.filter((d) => accepted.has(d.id)).map((d) => d.id);
      const dismissedIds = differences.filter((d) => !accepted.has(d.id)).map((d) => d.id);
      for (const part of chunks(acceptedIds))
        await stocktakeSql.decide(manager, id, part, AssetStocktakeDifferenceOutcome.ACCEPTED).execute();
      for (const part of chunks(dismissedIds))
        await stocktakeSql.decide(manager, id, part, AssetStocktakeDifferenceOutcome.DISMISSED).execute();
      return step.commit(manager, this.ctx, {
        comment: input.comment,
        changes: { moves, disposals, skipped, dismissed: dismissedIds },
      });
    });
  }

  /** The director rejects a closed stocktake, saying why: nothing changes in the register; count again in a new one. */
  async reject(input: RejectAssetStocktakeInput): Promise<AssetStocktake> {
    const id = parseId(input.id, 'id');
    return this.ctx.dataSource.transaction(async (manager) => {
      const stocktake = await this.lockedOrNotFound(manager, id);
      const step = assetStocktakeFlow.check(this.ctx.viewer, AssetStocktakeAction.REJECTED, stocktake);
      return step.commit(manager, this.ctx, { comment: input.reason, changes: { reason: input.reason } });
    });
  }

  /** The stocktake in the viewer's schools, locked for update: NOT_FOUND outside them. */
  private async lockedOrNotFound(manager: EntityManager, id: string): Promise<AssetStocktake> {
    const stocktake = await stocktakeSql.lockForStep(manager, this.writeStocktakes, id).getOne();
    if (!stocktake) throw notFound('AssetStocktake', id);
    return stocktake;
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  list(filter: AssetStocktakeFilter, page: PageArgs): Promise<Page<AssetStocktake>> {
    const schoolId = filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null;
    const qb = stocktakeSql.list(this.ctx.dataSource.manager, this.stocktakes, {
      schoolId,
      status: filter.status ?? null,
      scope: filter.scope ?? null,
    });
    return paginate(qb, page, 'DESC');
  }

  /** The counts frozen at closing; null while open. */
  summaryOf(stocktake: AssetStocktake): AssetStocktakeSummary | null {
    if (stocktake.status === AssetStocktakeStatus.OPEN || stocktake.foundCount == null) return null;
    return {
      expected: stocktake.expectedCount,
      scanned: stocktake.scannedCount ?? 0,
      found: stocktake.foundCount,
      missing: stocktake.missingCount ?? 0,
      wrongRoom: stocktake.wrongRoomCount ?? 0,
      unregistered: stocktake.unregisteredCount ?? 0,
    };
  }

  /** Distinct codes scanned so far; batched over a page of stocktakes (one statement). */
  scannedCountOf(stocktakeId: string): Promise<number> {
    this.scanCountLoader ??= new DataLoader<string, number>(
      async (ids) => {
        const rows = await stocktakeSql
          .scanCounts(this.ctx.dataSource.manager, ids)
          .getRawMany<{ stocktakeId: string; scanned: string | number }>();
        const byId = new Map(rows.map((r) => [r.stocktakeId, Number(r.scanned)]));
        return ids.map((id) => byId.get(id) ?? 0);
      },
      { maxBatchSize: 500 },
    );
    return this.scanCountLoader.load(stocktakeId);
  }

  /** A page of the stocktake's scans in scan order (one statement per stocktake: ask it of one stocktake). */
  scansOf(stocktake: AssetStocktake, page: PageArgs, roomId: string | null): Promise<Page<AssetStocktakeScan>> {
    const room = roomId ? parseId(roomId, 'roomId') : null;
    return paginate(stocktakeSql.scans(this.ctx.dataSource.manager, stocktake.id, room), page);
  }

  /** A page of the assets the stocktake expected (one statement per stocktake). */
  expectedOf(stocktake: AssetStocktake, page: PageArgs): Promise<Page<AssetStocktakeExpected>> {
    return paginate(stocktakeSql.expected(this.ctx.dataSource.manager, stocktake.id), page);
  }

  /** A page of the stocktake's differences (one statement per stocktake). */
  differencesOf(
    stocktake: AssetStocktake,
    page: PageArgs,
    kind: AssetStocktakeDifferenceKind | null,
  ): Promise<Page<AssetStocktakeDifference>> {
    return paginate(stocktakeSql.differences(this.ctx.dataSource.manager, stocktake.id, kind), page);
  }

  /** Its steps, oldest first; batched over a page of stocktakes. */
  stepsOf(id: string): Promise<FacilitiesStep[]> {
    this.stepsLoader ??= assetStocktakeFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.stepsLoader.load(id);
  }
}
