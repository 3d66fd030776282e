import type { EntityManager } from 'typeorm';
import type { CanteenContext } from '../context';
import { healthSql } from './health.store';

/** Canteen staff health: the roster, health certificates (健康证) and morning checks (晨检). */
export class HealthService {
  constructor(private readonly ctx: CanteenContext) {}

  /**
   * Which of `staffIds` passed their morning check (晨检) at `canteenId` on `date` (YYYY-MM-DD): only
   * they may go on that day's duty lists. One statement, in the caller's transaction; no permission
   * check (the caller has made its own).
   */
  async passedOn(manager: EntityManager, canteenId: string, staffIds: readonly string[], date: string): Promise<Set<string>> {
    const ids = [...new Set(staffIds)];
    if (ids.length === 0) return new Set();
    const rows = await healthSql.passedOn(manager, canteenId, ids, date).getRawMany<{ staffId: string }>();
    return new Set(rows.map((row) => row.staffId));
  }
}
