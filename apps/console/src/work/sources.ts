/**
 * The sources of My work (我的待办). Each source is one small module under ./sources that lists one
 * kind of thing waiting for the signed-in viewer (purchase requests to approve, claims to review …)
 * and knows where its records open. To add one (canteen receiving to inspect, work orders to
 * repair, hazards to rectify …):
 *   1. write src/work/sources/<name>.tsx exporting a `WorkSource`: a `key`, a `title` in both
 *      languages, `visible(access)` (who could have such work: a role or a permission; keep it
 *      cheap, it decides whether the source queries the graph at all), a `Card` component that
 *      queries the graph for the viewer's items (bounded `first`, the graph's own "awaiting me"
 *      filter where there is one) and renders them with <WorkList> from ../WorkList, and `subjects`:
 *      the notification subjectType(s) of its records → the route of the record's detail page, so a
 *      notification about one links there;
 *   2. add it to WORK_SOURCES below, in the order the page shows it.
 * Nothing else changes: the page renders every visible source's card, and notifications link
 * through every source's `subjects`.
 */
import type { ComponentType } from 'react';
import type { Access } from '../session/access';
import { canteenMealServiceWorkSource } from './sources/canteen-kitchen';
import { canteenInspectionWorkSource, canteenStockDecisionWorkSource } from './sources/canteen-stores';
import { claimWorkSource } from './sources/claims';
import { facilitiesDisposalWorkSource } from './sources/facilities-disposals';
import { facilitiesDutyWorkSource } from './sources/facilities-duty';
import { facilitiesRequisitionWorkSource } from './sources/facilities-requisitions';
import { facilitiesStocktakeWorkSource } from './sources/facilities-stocktakes';
import { facilitiesWorkOrderWorkSource } from './sources/facilities-work-orders';
import { purchaseWorkSource } from './sources/purchases';
import { safetyWorkSource } from './sources/safety';

export interface WorkSource {
  key: string;
  title: { zh: string; en: string };
  /** Whether the viewer could have work of this kind; an invisible source is neither shown nor queried. */
  visible(access: Access): boolean;
  /** The card listing what waits for the viewer. */
  Card: ComponentType;
  /** Notification subjectType (e.g. "PurchaseRequest") → the path of that record's page. */
  subjects?: Record<string, (id: string) => string>;
}

export const WORK_SOURCES: readonly WorkSource[] = [
  purchaseWorkSource,
  claimWorkSource,
  canteenInspectionWorkSource,
  canteenStockDecisionWorkSource,
  canteenMealServiceWorkSource,
  facilitiesDisposalWorkSource,
  facilitiesStocktakeWorkSource,
  facilitiesRequisitionWorkSource,
  facilitiesWorkOrderWorkSource,
  facilitiesDutyWorkSource,
  safetyWorkSource,
];
