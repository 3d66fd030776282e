import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { financeStaff } from '../visibility';
import { AssetWriteOff } from './writeoff.entity';

/** Write-offs of the books the viewer reads (finance staff of the school, district roles). */
export const writeOffReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, AssetWriteOff, 'AssetWriteOff', 'wo', { visibility: financeStaff });

/** The write-off register's hand-written SQL (printed to apps/finance/sql/writeoff.sql). */
export const writeOffSql = defineSqlStore(
  'writeoff',
  {
    /** Write-offs in the viewer's scope, narrowed to a school and a month. */
    list: (m, writeOffs: ScopedReader<AssetWriteOff>, filter: { schoolId: string | null; period: string | null }) => {
      const qb = writeOffs.query(m);
      if (filter.schoolId) qb.andWhere('wo.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.period) qb.andWhere('wo.period = :period', { period: filter.period });
      return qb;
    },
  },
  { list: [writeOffReader(exampleRequest(Role.ACCOUNTANT)), { schoolId: 'school-1', period: '2026-11' }] },
);
