import { Column, Entity, Index, type EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { RefColumn, SchoolOwnedEntity } from '@houqin/persistence';

/**
 * A published menu day's nutrition check (营养核查结果), kept when its week is published: a published
 * week no longer changes, so the district's nutrition-check pass rate counts these rows instead of
 * recomputing every school's menus for every report.
 */
@Entity('menu_day_check')
@Index(['menuWeekId', 'servedOn'], { unique: true })
@Index(['schoolId', 'servedOn'])
export class MenuDayCheck extends SchoolOwnedEntity() {
  @RefColumn()
  canteenId: string;

  @RefColumn()
  menuWeekId: string;

  @Column('date')
  servedOn: string;

  @Column('boolean')
  passes: boolean;
}

/** Keeps a week's day-by-day check as it was published, in the publishing transaction (menu publishWeek). */
export async function recordMenuDayChecks(
  manager: EntityManager,
  week: { id: string; districtId: string; schoolId: string; canteenId: string },
  days: readonly { servedOn: string; passes: boolean }[],
): Promise<void> {
  if (!days.length) return;
  await manager.insert(
    MenuDayCheck,
    days.map((day) => ({
      id: newId(),
      districtId: week.districtId,
      schoolId: week.schoolId,
      canteenId: week.canteenId,
      menuWeekId: week.id,
      servedOn: day.servedOn,
      passes: day.passes,
    })),
  );
}
