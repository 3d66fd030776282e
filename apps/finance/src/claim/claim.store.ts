import { Role } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, exampleViewer, type ReadContext, ScopedReader } from '@houqin/persistence';
import { filterSubjects } from '../approval/approval.store';
import { financeStaffOrOwn } from '../visibility';
import { ClaimStatus, ExpenseClaim } from './claim.entity';
import { claimFlow } from './claim.flow';
import type { ExpenseClaimFilter } from './claim.inputs';

/** Claims the viewer may see: all of a school's for its finance staff, anyone else their own. */
export const claimReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, ExpenseClaim, 'ExpenseClaim', 'ec', { visibility: financeStaffOrOwn });

/** The expense claims' hand-written SQL (printed to apps/finance/sql/claim.sql). */
export const claimSql = defineSqlStore(
  'claim',
  {
    /** Claims, narrowed by school, status, filer and "waiting for my approval". */
    list: (m, claims: ScopedReader<ExpenseClaim>, filter: ExpenseClaimFilter, viewer: Viewer) =>
      filterSubjects(claims.query(m), filter, viewer, claimFlow.transitions.APPROVED.from),
  },
  {
    list: [
      claimReader(exampleRequest(Role.PRINCIPAL)),
      { schoolId: 'school-1', status: ClaimStatus.REVIEWED, requesterStaffId: 'staff-1', awaitingMyApproval: true },
      exampleViewer(Role.PRINCIPAL),
    ],
  },
);
