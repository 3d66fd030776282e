import {
  badInput,
  conflict,
  dayStart,
  DEFAULT_TIME_ZONE,
  forbidden,
  newId,
  notFound,
  parseId,
  shiftDate,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { requirePermission, requireViewer } from '@houqin/auth';
import { groupedLoader, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { isQrCode } from '../place/place.rules';
import { Room } from '../place/place.entity';
import { WorkOrderCategory } from '../repair/work-order.entity';
import { Patrol, PatrolRoute, PatrolScan, PatrolStatus } from './patrol.entity';
import type { CreatePatrolRouteInput, FinishPatrolInput, RecordPatrolScanInput, StartPatrolInput } from './patrol.inputs';
import { checkCheckpoints, checkWindow, inWindow, isOutOfOrder, patrolResult, SCANS_MAX } from './patrol.rules';
import { patrolReader, patrolSql, routeReader } from './patrol.store';
import { PatrolCompleteness } from './patrol.types';

type CompletenessRow = {
  schoolId: string;
  patrols: string;
  expected: string;
  scanned: string;
  missed: string;
  outOfOrder: string;
  outsideWindow: string;
};

/** Patrols (巡视): routes of ordered checkpoints, walks scanning each room's QR code, and what was missed. At `ctx.patrols`. */
export class PatrolService {
  readonly routes: ScopedReader<PatrolRoute>;
  readonly patrols: ScopedReader<Patrol>;
  private scansLoader?: ReturnType<typeof groupedLoader<PatrolScan>>;
  private completenessLoaders = new Map<string, ReturnType<typeof groupedLoader<CompletenessRow>>>();

  constructor(private readonly ctx: FacilitiesContext) {
    this.routes = routeReader(ctx);
    this.patrols = patrolReader(ctx);
  }

  listRoutes(schoolId: string | null, page: PageArgs): Promise<Page<PatrolRoute>> {
    requireViewer(this.ctx.viewer);
    return paginate(patrolSql.routes(this.ctx.dataSource.manager, this.routes, schoolId ? parseId(schoolId, 'schoolId') : null), page);
  }

  listPatrols(filter: { schoolId?: string | null; routeId?: string | null }, page: PageArgs): Promise<Page<Patrol>> {
    requireViewer(this.ctx.viewer);
    return paginate(
      patrolSql.patrols(this.ctx.dataSource.manager, this.patrols, {
        schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
        routeId: filter.routeId ? parseId(filter.routeId, 'filter.routeId') : null,
      }),
      page,
      'DESC',
    );
  }

  scansOf(patrolId: string): Promise<PatrolScan[]> {
    this.scansLoader ??= groupedLoader(
      (ids) => patrolSql.scansOf(this.ctx.dataSource.manager, ids).getMany(),
      (scan) => scan.patrolId,
    );
    return this.scansLoader.load(patrolId);
  }

  /** A route of rooms of the school (the director): permission first, the window and checkpoints, then the rooms in one transaction. */
  async createRoute(input: CreatePatrolRouteInput): Promise<PatrolRoute> {
    const viewer = requirePermission(this.ctx.viewer, P.createPatrolRoute, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    checkWindow(input.windowStart, input.windowEnd);
    const checkpoints = checkCheckpoints(input.roomIds.map((id, i) => parseId(id, `roomIds.${i}`)));
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      for (const [i, c] of checkpoints.entries()) await this.ctx.places.requireRoomOf(manager, schoolId, c.roomId, `roomIds.${i}`);
      const route = manager.create(PatrolRoute, {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        name: input.name,
        checkpoints,
        windowStart: input.windowStart,
        windowEnd: input.windowEnd,
        active: true,
      });
      await manager.insert(PatrolRoute, route);
      await recordAudit(manager, this.ctx, {
        action: 'patrolRoute.create',
        entityType: 'PatrolRoute',
        entityId: route.id,
        districtId: viewer.districtId,
        schoolId,
        changes: { name: input.name, checkpoints, windowStart: input.windowStart, windowEnd: input.windowEnd },
      });
      return manager.findOneOrFail(PatrolRoute, { where: { id: route.id } });
    });
  }

  /** Starts a walk of a route (maintenance staff, security, the director): inside the window or not, it is recorded. */
  async start(input: StartPatrolInput): Promise<Patrol> {
    requirePermission(this.ctx.viewer, P.startPatrol);
    return this.ctx.dataSource.transaction(async (manager) => {
      const route = await this.routes.getIn(manager, input.routeId, 'routeId');
      const viewer = requirePermission(this.ctx.viewer, P.startPatrol, route.schoolId);
      if (!route.active) throw badInput('routeId', 'The route is retired.');
      const now = this.ctx.now();
      const timeZone = await this.ctx.directoryCopy.timeZoneOf(route.schoolId, manager);
      const patrol = manager.create(Patrol, {
        id: newId(),
        districtId: route.districtId,
        schoolId: route.schoolId,
        routeId: route.id,
        patrollerAccountId: viewer.accountId,
        patrollerStaffId: viewer.staffId,
        status: PatrolStatus.IN_PROGRESS,
        startedAt: now,
        finishedAt: null,
        inWindow: inWindow(format(new TZDate(now, timeZone), 'HH:mm'), route.windowStart, route.windowEnd),
        expectedCount: route.checkpoints.length,
        scannedCount: null,
        missedCount: null,
        outOfOrderCount: null,
      });
      await manager.insert(Patrol, patrol);
      return manager.findOneOrFail(Patrol, { where: { id: patrol.id } });
    });
  }

  /**
   * A scan by the patroller: the room's QR code (BAD_USER_INPUT on qrCode unless a room of the route's
   * school), in order or not; an issue may become a work order at once. The patrol row is locked, so two
   * scanners of one patrol lose no scan and each gets its place.
   */
  async scan(input: RecordPatrolScanInput): Promise<PatrolScan> {
    requirePermission(this.ctx.viewer, P.recordPatrolScan);
    const code = input.qrCode.trim();
    if (!isQrCode(code)) throw badInput('qrCode', 'qrCode must be the 12 characters after /r/ in the room’s QR link.');
    if (input.reportRepair && !input.issue) throw badInput('issue', 'Describe the issue to report it as a repair.');
    const { patrol, room } = await this.ctx.dataSource.transaction(async (manager) => {
      const locked = await this.lockOwn(manager, input.patrolId);
      const found = await manager.findOne(Room, { where: { qrCode: code, schoolId: locked.schoolId } });
      if (!found) throw badInput('qrCode', 'That is not the QR code of a room of the school.');
      return { patrol: locked, room: found };
    });
    const workOrder =
      input.reportRepair && input.issue
        ? await this.ctx.workOrders.report({
            schoolId: patrol.schoolId,
            roomId: room.id,
            title: `巡视发现: ${input.issue}`.slice(0, 200),
            description: input.issue,
            category: input.category ?? WorkOrderCategory.OTHER,
            safety: false,
            urgent: false,
            photoRefs: [],
          })
        : null;
    return this.ctx.dataSource.transaction(async (manager) => {
      const locked = await this.lockOwn(manager, input.patrolId);
      const route = await manager.findOneOrFail(PatrolRoute, { where: { id: locked.routeId } });
      const scans = await patrolSql.scansOf(manager, [locked.id]).getMany();
      if (scans.length >= SCANS_MAX) throw conflict(`A patrol takes at most ${SCANS_MAX} scans.`);
      const checkpointOrder = route.checkpoints.find((c) => c.roomId === room.id)?.order ?? null;
      const scan = manager.create(PatrolScan, {
        id: newId(),
        patrolId: locked.id,
        schoolId: locked.schoolId,
        seq: scans.length + 1,
        roomId: room.id,
        checkpointOrder,
        outOfOrder: isOutOfOrder(
          checkpointOrder,
          scans.map((s) => s.checkpointOrder).filter((o): o is number => o != null),
        ),
        issue: input.issue ?? null,
        workOrderId: workOrder?.id ?? null,
        scannedAt: this.ctx.now(),
      });
      await manager.insert(PatrolScan, scan);
      return manager.findOneOrFail(PatrolScan, { where: { id: scan.id } });
    });
  }

  /** Finishes a patrol (the patroller): its checkpoints scanned, missed and out of order are counted and kept. */
  async finish(input: FinishPatrolInput): Promise<Patrol> {
    requirePermission(this.ctx.viewer, P.finishPatrol);
    return this.ctx.dataSource.transaction(async (manager) => {
      const patrol = await this.lockOwn(manager, input.patrolId);
      const route = await manager.findOneOrFail(PatrolRoute, { where: { id: patrol.routeId } });
      const result = patrolResult(route.checkpoints, await patrolSql.scansOf(manager, [patrol.id]).getMany());
      await manager.update(
        Patrol,
        { id: patrol.id },
        {
          status: PatrolStatus.FINISHED,
          finishedAt: this.ctx.now(),
          scannedCount: result.scanned,
          missedCount: result.missed,
          outOfOrderCount: result.outOfOrder,
        },
      );
      await recordAudit(manager, this.ctx, {
        action: 'patrol.finish',
        entityType: 'Patrol',
        entityId: patrol.id,
        districtId: patrol.districtId,
        schoolId: patrol.schoolId,
        changes: { ...result },
      });
      return manager.findOneOrFail(Patrol, { where: { id: patrol.id } });
    });
  }

  /** School.patrolCompleteness over [from, to] (days in the district's zone), batched over a page of schools. */
  async completenessOf(schoolId: string, from: string, to: string): Promise<PatrolCompleteness> {
    requirePermission(this.ctx.viewer, P.readWorkOrders, schoolId);
    const key = `${from}/${to}`;
    let loader = this.completenessLoaders.get(key);
    if (!loader) {
      const [start, end] = [dayStart(from, DEFAULT_TIME_ZONE), dayStart(shiftDate(to, 1), DEFAULT_TIME_ZONE)];
      loader = groupedLoader(
        (ids) => patrolSql.completenessOf(this.ctx.dataSource.manager, this.patrols, ids, start, end).getRawMany<CompletenessRow>(),
        (row) => row.schoolId,
      );
      this.completenessLoaders.set(key, loader);
    }
    const [row] = await loader.load(schoolId);
    const n = (v: string | undefined) => Number(v ?? 0);
    const expected = n(row?.expected);
    const scanned = n(row?.scanned);
    return Object.assign(new PatrolCompleteness(), {
      schoolId,
      patrols: n(row?.patrols),
      expected,
      scanned,
      missed: n(row?.missed),
      outOfOrder: n(row?.outOfOrder),
      outsideWindow: n(row?.outsideWindow),
      completenessPercent: expected ? Math.floor((scanned * 100) / expected) : null,
    });
  }

  /** The viewer's own patrol in progress, locked: NOT_FOUND outside their schools, FORBIDDEN for another's, CONFLICT once finished. */
  private async lockOwn(manager: Parameters<typeof patrolSql.lockPatrol>[0], patrolId: string): Promise<Patrol> {
    const viewer = requireViewer(this.ctx.viewer);
    const patrol = await patrolSql.lockPatrol(manager, parseId(patrolId, 'patrolId')).getOne();
    if (!patrol || !viewer.canSeeSchool(patrol.schoolId, patrol.districtId)) throw notFound('Patrol', patrolId);
    if (patrol.patrollerAccountId !== viewer.accountId) throw forbidden('Only the person walking it scans and finishes a patrol.');
    if (patrol.status !== PatrolStatus.IN_PROGRESS) throw conflict('The patrol is finished.', { status: patrol.status });
    return patrol;
  }
}
