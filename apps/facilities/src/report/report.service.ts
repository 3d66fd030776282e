import { requirePermission } from '@houqin/auth';
import {
  dayStart,
  DEFAULT_TIME_ZONE,
  monthOrCurrent,
  monthSpan,
  type Page,
  type PageArgs,
  resolvePage,
  shiftDate,
  toPage,
} from '@houqin/common';
import { groupedLoader, LoadersByArgument } from '@houqin/persistence';
import { assetWriteReader } from '../asset/asset.store';
import { ASSET_CLASSES } from '../asset/classification';
import { monthIndex } from '../asset/depreciation.rules';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import { movementReader, stockReader } from '../storeroom/storeroom.store';
import type { AssetStatus } from '../asset/asset.entity';
import { type AssetValueRow, facilitiesReportSql } from './report.store';
import { AssetClassStatusLine, RoomConsumption, StoreroomUse } from './report.types';

const toInt = (value: string | number | null | undefined): number => Number(value ?? 0);

/** The instants a month of the school calendar spans, [from, to), in `timeZone`. */
export function monthInstants(month: string, timeZone: string): { from: Date; to: Date } {
  const { to } = monthSpan(month);
  return { from: dayStart(`${month}-01`, timeZone), to: dayStart(shiftDate(to, 1), timeZone) };
}

/**
 * Facilities' aggregate reports (report/): assets by class and status with cost and net book value,
 * storeroom use, consumption per room. Each is one grouped statement per page of schools. At `ctx.reports`.
 */
export class FacilitiesReportService {
  private assetValueLoaders = new LoadersByArgument<string, ReturnType<typeof groupedLoader<AssetValueRow>>>();
  private storeroomLoaders = new LoadersByArgument<string, ReturnType<typeof groupedLoader<StoreroomUse>>>();

  constructor(private readonly ctx: FacilitiesContext) {}

  /** The aggregate rows (school × class × status) of a school's assets at the end of `month`, batched over the schools asked in one request. */
  assetValueRows(schoolId: string, month: string): Promise<AssetValueRow[]> {
    const loader = this.assetValueLoaders.get(month, () => {
      const acquiredBefore = shiftDate(monthSpan(month).to, 1);
      return groupedLoader(
        (ids) =>
          facilitiesReportSql
            .assetValues(this.ctx.dataSource.manager, assetWriteReader(this.ctx), ids, monthIndex(month), acquiredBefore)
            .getRawMany<AssetValueRow>(),
        (row) => row.schoolId,
      );
    });
    return loader.load(schoolId);
  }

  /** School.assetsByClass: the register's readers; null for others. */
  async assetsByClass(schoolId: string, month: string | null | undefined): Promise<AssetClassStatusLine[]> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    const asOf = monthOrCurrent(month, this.ctx.now());
    const rows = await this.assetValueRows(schoolId, asOf);
    return rows
      .map((row) => {
        const classCode = `${row.classTop}000000`;
        const klass = ASSET_CLASSES.find((c) => c.code === classCode);
        const costFen = toInt(row.costFen);
        const accumulatedFen = toInt(row.accumulatedFen);
        return Object.assign(new AssetClassStatusLine(), {
          classCode,
          className: klass ? `${klass.nameZh} (${klass.nameEn})` : classCode,
          status: row.status as AssetStatus,
          count: toInt(row.count),
          costFen,
          accumulatedFen,
          netBookValueFen: costFen - accumulatedFen,
        });
      })
      .sort((a, b) => a.classCode.localeCompare(b.classCode) || a.status.localeCompare(b.status));
  }

  /** School.storeroomUse: stock value now and the month's issues, batched over a page of schools. */
  async storeroomUse(schoolId: string, month: string | null | undefined): Promise<StoreroomUse> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    const asOf = monthOrCurrent(month, this.ctx.now());
    const loader = this.storeroomLoaders.get(asOf, () => {
      // One span for the page of schools, so one statement: the district's zone, which its schools share
      // (consumptionByRoom, one school at a time, uses that school's own).
      const { from, to } = monthInstants(asOf, DEFAULT_TIME_ZONE);
      return groupedLoader(
        async (ids) => {
          const manager = this.ctx.dataSource.manager;
          const [stock, issues] = await Promise.all([
            facilitiesReportSql.stockValues(manager, stockReader(this.ctx), ids).getRawMany<{ schoolId: string; valueFen: string }>(),
            facilitiesReportSql
              .issuesOf(manager, movementReader(this.ctx), ids, from, to)
              .getRawMany<{ schoolId: string; valueFen: string; lines: string; rooms: string }>(),
          ]);
          return ids.map((id) => {
            const s = stock.find((row) => row.schoolId === id);
            const i = issues.find((row) => row.schoolId === id);
            return Object.assign(new StoreroomUse(), {
              schoolId: id,
              month: asOf,
              stockValueFen: toInt(s?.valueFen),
              // Issue movements carry negative values (stock going out): the report shows what was given out.
              issuedValueFen: Math.abs(toInt(i?.valueFen)),
              issuedLines: toInt(i?.lines),
              roomsServed: toInt(i?.rooms),
            });
          });
        },
        (row) => row.schoolId,
      );
    });
    return (await loader.load(schoolId))[0];
  }

  /** storeroomConsumptionByRoom: what each room received in a month, a page of rooms at a time. */
  async consumptionByRoom(schoolId: string, month: string, page: PageArgs): Promise<Page<RoomConsumption>> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    monthSpan(month, 'month');
    const { limit, afterId } = resolvePage(page);
    const { from, to } = monthInstants(month, await this.ctx.directoryCopy.timeZoneOf(schoolId));
    const rows = await facilitiesReportSql
      .issuesByRoom(this.ctx.dataSource.manager, movementReader(this.ctx), schoolId, from, to, afterId, limit + 1)
      .getRawMany<{ roomId: string; valueFen: string; lines: string; units: string }>();
    const nodes = rows.map((row) =>
      Object.assign(new RoomConsumption(), {
        roomId: row.roomId,
        issuedValueFen: Math.abs(toInt(row.valueFen)),
        issuedLines: toInt(row.lines),
        units: Math.abs(toInt(row.units)),
      }),
    );
    return toPage(nodes, limit, (node) => node.roomId);
  }
}
