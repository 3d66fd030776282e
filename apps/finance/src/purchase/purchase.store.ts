import { Role } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, exampleViewer, type ReadContext, ScopedReader } from '@houqin/persistence';
import { filterSubjects } from '../approval/approval.store';
import { requestReadersOrOwn } from '../visibility';
import { PurchaseRequest, PurchaseStatus } from './purchase.entity';
import { purchaseFlow } from './purchase.flow';
import type { PurchaseRequestFilter } from './purchase.inputs';

/** Requests the viewer may see: all of a school's for its finance staff and storekeeper, anyone else their own. */
export const purchaseReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, PurchaseRequest, 'PurchaseRequest', 'pr', { visibility: requestReadersOrOwn });

/** The purchase requests' hand-written SQL (printed to apps/finance/sql/purchase.sql). */
export const purchaseSql = defineSqlStore(
  'purchase',
  {
    /** Requests, narrowed by school, status, filer and "waiting for my approval". */
    list: (m, requests: ScopedReader<PurchaseRequest>, filter: PurchaseRequestFilter, viewer: Viewer) =>
      filterSubjects(requests.query(m), filter, viewer, purchaseFlow.transitions.APPROVED.from),
  },
  {
    list: [
      purchaseReader(exampleRequest(Role.GENERAL_AFFAIRS_DIRECTOR)),
      { schoolId: 'school-1', status: PurchaseStatus.PENDING_APPROVAL, requesterStaffId: 'staff-1', awaitingMyApproval: true },
      exampleViewer(Role.GENERAL_AFFAIRS_DIRECTOR),
    ],
  },
);
