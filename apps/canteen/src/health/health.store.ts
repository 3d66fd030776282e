import { defineSqlStore } from '@houqin/persistence';
import { MorningCheck } from './health.entity';

/** The staff-health SQL (printed to apps/canteen/sql/health.sql). */
export const healthSql = defineSqlStore(
  'health',
  {
    /** Which of these staff passed their morning check at this canteen on this day: one statement for a duty list. */
    passedOn: (m, canteenId: string, staffIds: readonly string[], checkedOn: string) =>
      m
        .createQueryBuilder(MorningCheck, 'chk')
        .select('chk.staffId', 'staffId')
        .where('chk.canteenId = :canteenId', { canteenId })
        .andWhere('chk.checkedOn = :checkedOn', { checkedOn })
        .andWhere('chk.passed = :passed', { passed: true })
        .andWhere('chk.staffId IN (:...staffIds)', { staffIds }),
  },
  {
    passedOn: ['canteen-1', ['staff-1', 'staff-2'], '2026-03-02'],
  },
);
