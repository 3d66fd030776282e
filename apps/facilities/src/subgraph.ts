import { directoryCopyEntities, DirectoryCopyService, directoryCopySql } from '@houqin/directory-copy';
import { supplierCopyEntities, SupplierCopyService, supplierCopySql } from '@houqin/supplier-copy';
import { eventEntities, eventsExtension } from '@houqin/events';
import { schedulerEntities, schedulerExtension } from '@houqin/scheduler';
import type { SubgraphDefinition } from '@houqin/subgraph-kit';
import { FACILITIES_PORT } from './config';
import type { FacilitiesContext } from './context';
import { Campus } from './federation/campus';
import { School } from './federation/school';
import { Staff } from './federation/staff';
import { UserAccount, UserAccountFacilitiesResolver } from './federation/user-account';
import { facilitiesMigrations } from './migrations';
import { P } from './permissions';
import { seedFacilitiesDemo } from './demo/seed';
import { FacilitiesStep } from './workflow-step.entity';
import { facilitiesConsumer } from './events/facilities.consumer';
import { FacilitiesDeadLetterResolver } from './events/dead-letters';
// Each concept adds its imports below its own heading (resolvers load in this order: it is the schema's field order).
// place/
import { Building, Department, Room } from './place/place.entity';
import { PlaceService } from './place/place.service';
import { placeSql } from './place/place.store';
import { BuildingResolver, DepartmentResolver, RoomResolver } from './place/place.resolver';
import { CampusPlacesResolver } from './place/campus-places.resolver';
import { SchoolPlacesResolver } from './place/school-places.resolver';
// asset/
import { AssetEvent, FixedAsset } from './asset/asset.entity';
import { AssetSettings } from './asset/asset.settings';
import { AssetResolver } from './asset/asset.resolver';
import { StaffAssetsResolver } from './asset/staff-assets.resolver';
import { SchoolAssetsResolver } from './asset/school-assets.resolver';
import { AssetService } from './asset/asset.service';
import { assetSql } from './asset/asset.store';
// disposal/
import { AssetDisposal } from './disposal/disposal.entity';
import { AssetDisposalSettings } from './disposal/disposal.settings';
import { AssetDisposalResolver, FixedAssetDisposalsResolver } from './disposal/disposal.resolver';
import { DisposalService } from './disposal/disposal.service';
import { disposalSql } from './disposal/disposal.store';
// stocktake/
import { AssetStocktake, AssetStocktakeDifference, AssetStocktakeExpected, AssetStocktakeScan } from './stocktake/stocktake.entity';
import {
  AssetStocktakeDifferenceResolver,
  AssetStocktakeExpectedResolver,
  AssetStocktakeResolver,
  AssetStocktakeScanResolver,
} from './stocktake/stocktake.resolver';
import { StocktakeService } from './stocktake/stocktake.service';
import { stocktakeSql } from './stocktake/stocktake.store';
// storeroom/
import {
  ConsumableItem,
  Requisition,
  RequisitionLine,
  StoreMovement,
  StoreReceipt,
  StoreReceiptLine,
  StoreStock,
} from './storeroom/storeroom.entity';
import { StoreroomSettings } from './storeroom/storeroom-settings.entity';
import {
  ConsumableItemResolver,
  RequisitionLineResolver,
  RequisitionResolver,
  StoreMovementResolver,
  StoreReceiptLineResolver,
  StoreReceiptResolver,
  StoreStockResolver,
} from './storeroom/storeroom.resolver';
import { RoomRequisitionsResolver, StaffRequisitionsResolver } from './storeroom/staff-requisitions.resolver';
import { StoreroomService } from './storeroom/storeroom.service';
import { storeroomSql } from './storeroom/storeroom.store';
// reorder/, replacement/
import { ReorderRequest, ReorderRequestLine } from './reorder/reorder.entity';
import { ReorderRequestLineResolver, ReorderRequestResolver, ReorderSuggestionResolver } from './reorder/reorder.resolver';
import { ReorderService } from './reorder/reorder.service';
import { reorderSql } from './reorder/reorder.store';
import { ReplacementDueResolver } from './replacement/replacement.resolver';
import { ReplacementService } from './replacement/replacement.service';
import { replacementSql } from './replacement/replacement.store';
// meter/
import { MeterAnomaly, MeterReading, UtilityMeter, UtilityTariff } from './meter/meter.entity';
import { MeterAnomalyResolver, MeterResolver, SchoolMetersResolver } from './meter/meter.resolver';
import { MeterService } from './meter/meter.service';
import { meterSql } from './meter/meter.store';
// print/
import { PrintJob, PrintPriceEntry } from './print/print.entity';
import { DepartmentPrintingResolver, PrintResolver, PrintSchoolMonthResolver, SchoolPrintingResolver } from './print/print.resolver';
import { PrintService } from './print/print.service';
import { printSql } from './print/print.store';
// repair/
import { WorkOrder, WorkOrderAssignee, WorkOrderSettings } from './repair/work-order.entity';
import { WorkOrderResolver } from './repair/work-order.resolver';
import { QrRepairResolver } from './repair/qr-repair.resolver';
import { SchoolRepairsResolver } from './repair/school-repairs.resolver';
import { RoomWorkOrdersResolver, StaffWorkOrdersResolver } from './repair/staff-work-orders.resolver';
import { workOrderOverdueJob } from './repair/overdue.job';
// maintenance/
import { MaintenanceOccurrence, MaintenanceSchedule } from './maintenance/maintenance.entity';
import { maintenanceOpeningJob } from './maintenance/maintenance.job';
import { dutyReminderJob } from './duty/duty.job';
import {
  MaintenanceOccurrenceResolver,
  MaintenanceOccurrenceScheduleResolver,
  MaintenanceResolver,
  SchoolMaintenanceResolver,
  WorkOrderMaintenanceResolver,
} from './maintenance/maintenance.resolver';
import { MaintenanceService } from './maintenance/maintenance.service';
import { maintenanceSql } from './maintenance/maintenance.store';
// patrol/
import { Patrol, PatrolRoute, PatrolScan } from './patrol/patrol.entity';
import { PatrolResolver, SchoolPatrolResolver } from './patrol/patrol.resolver';
import { PatrolService } from './patrol/patrol.service';
import { patrolSql } from './patrol/patrol.store';
import { WorkOrderService } from './repair/work-order.service';
import { workOrderSql } from './repair/work-order.store';
// report/
import { RoomConsumptionResolver, SchoolFacilitiesReportResolver } from './report/report.resolver';
import { FacilitiesReportService } from './report/report.service';
import { facilitiesReportSql } from './report/report.store';
// duty/, appraisal/
import { DutyOccurrence, DutyTask } from './duty/duty.entity';
import { DutyOccurrenceResolver, DutyTaskResolver, StaffDutyResolver } from './duty/duty.resolver';
import { DutyService } from './duty/duty.service';
import { dutySql } from './duty/duty.store';
import { StaffAppraisal } from './appraisal/appraisal.entity';
import { SchoolAppraisalResolver, StaffAppraisalResolver, StaffAppraisalsResolver } from './appraisal/appraisal.resolver';
import { AppraisalService } from './appraisal/appraisal.service';
import { appraisalSql } from './appraisal/appraisal.store';

export { facilitiesEnvSpec, loadFacilitiesConfig } from './config';
export type { FacilitiesContext } from './context';
// bench: the statements `npm run bench -- facilities` (tools/bench/facilities.ts) EXPLAINs, built as the services build them.
export { assetWriteReader } from './asset/asset.store';
export { facilitiesReportSql } from './report/report.store';
export { meterSql } from './meter/meter.store';
export { workOrderReader, workOrderSql } from './repair/work-order.store';

/** Every table of the facilities database. */
export const facilitiesEntities = [
  FacilitiesStep,
  ...directoryCopyEntities,
  // finance's suppliers: who a repair may be given to (维修外包)
  ...supplierCopyEntities,
  // place/
  Building,
  Room,
  Department,
  // asset/
  FixedAsset,
  AssetEvent,
  AssetSettings,
  // disposal/
  AssetDisposal,
  AssetDisposalSettings,
  // stocktake/
  AssetStocktake,
  AssetStocktakeExpected,
  AssetStocktakeScan,
  AssetStocktakeDifference,
  // storeroom/
  ConsumableItem,
  StoreStock,
  StoreMovement,
  StoreReceipt,
  StoreReceiptLine,
  Requisition,
  RequisitionLine,
  StoreroomSettings,
  // reorder/, replacement/
  ReorderRequest,
  ReorderRequestLine,
  // meter/
  UtilityMeter,
  MeterReading,
  MeterAnomaly,
  UtilityTariff,
  // print/
  PrintPriceEntry,
  PrintJob,
  // repair/
  WorkOrder,
  WorkOrderAssignee,
  WorkOrderSettings,
  // maintenance/
  MaintenanceSchedule,
  MaintenanceOccurrence,
  // patrol/
  PatrolRoute,
  Patrol,
  PatrolScan,
  // duty/, appraisal/
  DutyTask,
  DutyOccurrence,
  StaffAppraisal,
  // The outbox it publishes from and the inbox of what it consumed; its scheduled jobs' leases.
  ...eventEntities,
  ...schedulerEntities,
];

/** Facilities' scheduled jobs (docs/scheduler.md). */
export const facilitiesJobs = [workOrderOverdueJob, maintenanceOpeningJob, dutyReminderJob];

export interface FacilitiesOptions {
  /** The clock "today" is read from; the real one by default. */
  now?: () => Date;
}

/**
 * The facilities subgraph (后勤资产): buildings and rooms, fixed assets and their disposal, asset
 * stocktakes, the consumables storeroom and requisitions, utility meters and the print centre.
 * Extends the directory's `School`, `Campus`, `Staff` and `UserAccount`.
 */
export function createFacilitiesSubgraph(options: FacilitiesOptions = {}): SubgraphDefinition<FacilitiesContext> {
  const now = options.now ?? (() => new Date());
  return {
    name: 'facilities',
    defaultPort: FACILITIES_PORT,
    resolvers: [
      // place/
      BuildingResolver,
      RoomResolver,
      DepartmentResolver,
      CampusPlacesResolver,
      SchoolPlacesResolver,
      // asset/
      AssetResolver,
      StaffAssetsResolver,
      SchoolAssetsResolver,
      // disposal/
      AssetDisposalResolver,
      FixedAssetDisposalsResolver,
      // stocktake/
      AssetStocktakeResolver,
      AssetStocktakeScanResolver,
      AssetStocktakeExpectedResolver,
      AssetStocktakeDifferenceResolver,
      // storeroom/
      ConsumableItemResolver,
      StoreStockResolver,
      StoreMovementResolver,
      StoreReceiptResolver,
      StoreReceiptLineResolver,
      RequisitionResolver,
      RequisitionLineResolver,
      StaffRequisitionsResolver,
      RoomRequisitionsResolver,
      // reorder/, replacement/
      ReorderSuggestionResolver,
      ReorderRequestResolver,
      ReorderRequestLineResolver,
      ReplacementDueResolver,
      // meter/
      MeterResolver,
      MeterAnomalyResolver,
      SchoolMetersResolver,
      // print/
      PrintResolver,
      SchoolPrintingResolver,
      PrintSchoolMonthResolver,
      DepartmentPrintingResolver,
      // repair/
      WorkOrderResolver,
      QrRepairResolver,
      SchoolRepairsResolver,
      StaffWorkOrdersResolver,
      RoomWorkOrdersResolver,
      // maintenance/
      MaintenanceResolver,
      MaintenanceOccurrenceResolver,
      MaintenanceOccurrenceScheduleResolver,
      WorkOrderMaintenanceResolver,
      SchoolMaintenanceResolver,
      // patrol/
      PatrolResolver,
      SchoolPatrolResolver,
      // report/
      SchoolFacilitiesReportResolver,
      RoomConsumptionResolver,
      UserAccountFacilitiesResolver,
      // events/: the dead letters of what facilities consumed
      FacilitiesDeadLetterResolver,
      // duty/, appraisal/
      DutyTaskResolver,
      DutyOccurrenceResolver,
      StaffDutyResolver,
      StaffAppraisalResolver,
      StaffAppraisalsResolver,
      SchoolAppraisalResolver,
    ],
    orphanedTypes: [School, Campus, Staff, UserAccount],
    referenceResolvers: {
      // place/: Room is an entity other subgraphs extend (repairs, safety patrols); batched.
      Room: (ref, ctx) => ctx.places.rooms.byId(ref.id),
    },
    entities: facilitiesEntities,
    migrations: facilitiesMigrations,
    sqlStores: [
      // one per concept store
      directoryCopySql,
      supplierCopySql,
      placeSql,
      meterSql,
      printSql,
      assetSql,
      storeroomSql,
      stocktakeSql,
      disposalSql,
      reorderSql,
      replacementSql,
      workOrderSql,
      maintenanceSql,
      patrolSql,
      facilitiesReportSql,
      dutySql,
      appraisalSql,
    ],
    permissions: P,
    createContext(base) {
      // Services reach each other through ctx at call time (stocktake → asset), so the order here does not matter.
      const ctx = { ...base, now } as FacilitiesContext;
      ctx.directoryCopy = new DirectoryCopyService(ctx);
      ctx.supplierCopy = new SupplierCopyService(ctx);
      ctx.places = new PlaceService(ctx);
      ctx.reports = new FacilitiesReportService(ctx);
      ctx.storeroom = new StoreroomService(ctx);
      ctx.meters = new MeterService(ctx);
      ctx.prints = new PrintService(ctx);
      ctx.assets = new AssetService(ctx);
      ctx.stocktakes = new StocktakeService(ctx);
      ctx.disposals = new DisposalService(ctx);
      ctx.reorders = new ReorderService(ctx);
      ctx.replacements = new ReplacementService(ctx);
      ctx.workOrders = new WorkOrderService(ctx);
      ctx.maintenance = new MaintenanceService(ctx);
      ctx.patrols = new PatrolService(ctx);
      ctx.duty = new DutyService(ctx);
      ctx.appraisals = new AppraisalService(ctx);
      return ctx;
    },
    seedDemo: seedFacilitiesDemo,
    extensions: [
      // The relay delivers facilities' outbox; the consumer keeps its copy of the directory's facts.
      eventsExtension({ consumer: facilitiesConsumer }),
      schedulerExtension({ jobs: facilitiesJobs }),
    ],
  };
}
