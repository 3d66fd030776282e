import type { SubgraphContext } from '@houqin/subgraph-kit';
import type { DirectoryCopyService } from '@houqin/directory-copy';
import type { SupplierCopyService } from '@houqin/supplier-copy';
import type { PlaceService } from './place/place.service';
import type { FacilitiesReportService } from './report/report.service';
import type { StoreroomService } from './storeroom/storeroom.service';
import type { MeterService } from './meter/meter.service';
import type { PrintService } from './print/print.service';
import type { AssetService } from './asset/asset.service';
import type { StocktakeService } from './stocktake/stocktake.service';
import type { DisposalService } from './disposal/disposal.service';
import type { ReorderService } from './reorder/reorder.service';
import type { ReplacementService } from './replacement/replacement.service';
import type { WorkOrderService } from './repair/work-order.service';
import type { MaintenanceService } from './maintenance/maintenance.service';
import type { PatrolService } from './patrol/patrol.service';
import type { DutyService } from './duty/duty.service';
import type { AppraisalService } from './appraisal/appraisal.service';

/**
 * Per-request context of the facilities subgraph: one instance of each concept's service. Each
 * concept adds its own line (and its construction in subgraph.ts's createContext).
 */
export interface FacilitiesContext extends SubgraphContext {
  /** The clock every "today" is read from (depreciation months, due replacements, meter days); tests pass a fixed one. */
  now: () => Date;
  /** Facilities' copy of the directory's schools, campuses and staff (@houqin/directory-copy). */
  directoryCopy: DirectoryCopyService;
  /** Facilities' copy of finance's suppliers: who a repair may be given to (@houqin/supplier-copy). */
  supplierCopy: SupplierCopyService;
  /** Buildings and rooms, with their QR links (place/). */
  places: PlaceService;
  /** Utility meters (水电表): readings, consumption, tariffs, anomalies (meter/). */
  meters: MeterService;
  /** The print centre (文印中心): prices per page, print jobs by department, monthly charges (print/). */
  prints: PrintService;
  /** Fixed assets (固定资产): the register, its history, settings and depreciation (asset/). */
  assets: AssetService;
  /** Asset disposal (资产处置): requests, their approval levels, settings; `requestIn` for the stocktake (disposal/). */
  disposals: DisposalService;
  /** Asset stocktakes (资产盘点): open, scan, close, approve (stocktake/). */
  stocktakes: StocktakeService;
  /** The consumables storeroom (低值易耗品): items, stock, movements, receipts, requisitions (storeroom/); `receiveIn` for finance receipts. */
  storeroom: StoreroomService;
  /** Reorder (补货): the reorder list and its draft purchases in finance, and finance's receipts back (reorder/). */
  reorders: ReorderService;
  /** Replacement before it is asked for (预测更换): what to bring to which room this week (replacement/). */
  replacements: ReplacementService;
  /** Repair work orders (维修工单): 申报—核算—研究—维修—决算—评价, and the district's repair settings (repair/). */
  workOrders: WorkOrderService;
  /** Preventive maintenance (预防性维护): schedules, their due days and checklists (maintenance/). */
  maintenance: MaintenanceService;
  /** Patrols (巡视): routes, walks, scans and what was missed (patrol/). */
  patrols: PatrolService;
  /** Aggregate reports: assets by class and status, storeroom use, consumption per room (report/). */
  reports: FacilitiesReportService;
  /** The duty task sheet (工作叙事表): tasks, their planned occurrences, marks and checks (duty/). */
  duty: DutyService;
  /** Term appraisal per staff member (考核): figures from the evidence, proposals and confirmations (appraisal/). */
  appraisals: AppraisalService;
}
