import type { DataSource } from 'typeorm';
import { newId, type Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_HAZARD_REPAIR, DEMO_SCHOOLS, DEMO_SUPPLIER_IDS, demoStaffIdFor } from '@houqin/demo';
import { RoomKind } from '../place/place.entity';
import {
  WorkOrder,
  WorkOrderAssignee,
  WorkOrderCategory,
  WorkOrderPriority,
  WorkOrderResolution,
  WorkOrderSource,
  WorkOrderStatus,
} from '../repair/work-order.entity';
import { FacilitiesStep } from '../workflow-step.entity';
import { demoRooms } from './place';

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const DAY = 86_400_000;

/** One demo work order: where it got to, and the steps that took it there (actor, days before now, comment). */
interface DemoOrder {
  title: string;
  category: WorkOrderCategory;
  priority: WorkOrderPriority;
  status: WorkOrderStatus;
  kind: RoomKind;
  reportedDaysAgo: number;
  /** Days after the report it is due (the demo does not recount the calendar). */
  dueAfterDays: number;
  qr?: boolean;
  estimate?: [number, number];
  actual?: [number, number, number];
  contractor?: boolean;
  rating?: [number, string];
  rejection?: string;
  /** Opened by a safety hazard (隐患报修): its fixed ids, the same in safety's demo. */
  hazard?: typeof DEMO_HAZARD_REPAIR;
  steps: [string, string, number, string | null][];
}

const FIRST_PRIMARY: DemoOrder[] = [
  {
    // Safety asked for it (safety.hazard.repairRequested); the hazard waits for it to close.
    title: '安全隐患: 实验室插座松动冒火花',
    category: WorkOrderCategory.ELECTRICAL,
    priority: WorkOrderPriority.SAFETY,
    status: WorkOrderStatus.ASSIGNED,
    kind: RoomKind.LAB,
    reportedDaysAgo: 0,
    dueAfterDays: 0.5,
    estimate: [5000, 3000],
    hazard: DEMO_HAZARD_REPAIR,
    steps: [
      ['COSTED', 'maintenance', 0, 'Replace the socket and its back box.'],
      ['APPROVED', 'director', 0, null],
      ['ASSIGNED', 'director', 0, null],
    ],
  },
  {
    title: '三年级2班日光灯闪烁',
    category: WorkOrderCategory.ELECTRICAL,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.REPORTED,
    kind: RoomKind.CLASSROOM,
    reportedDaysAgo: 0,
    dueAfterDays: 3,
    steps: [['REPORTED', 'teacher', 0, 'The light by the blackboard flickers.']],
  },
  {
    title: '楼梯扶手松动',
    category: WorkOrderCategory.BUILDING,
    priority: WorkOrderPriority.SAFETY,
    status: WorkOrderStatus.REPORTED,
    kind: RoomKind.OTHER,
    reportedDaysAgo: 3,
    dueAfterDays: 0.5,
    qr: true,
    steps: [],
  },
  {
    title: '教导处门锁损坏',
    category: WorkOrderCategory.CARPENTRY,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.COSTED,
    kind: RoomKind.OFFICE,
    reportedDaysAgo: 1,
    dueAfterDays: 3,
    estimate: [8000, 12000],
    steps: [
      ['REPORTED', 'teacher', 1, 'The lock sticks; the door cannot be locked.'],
      ['COSTED', 'maintenance', 0, 'A new lock cylinder.'],
    ],
  },
  {
    title: '教学楼屋面渗水',
    category: WorkOrderCategory.BUILDING,
    priority: WorkOrderPriority.URGENT,
    status: WorkOrderStatus.IN_PROGRESS,
    kind: RoomKind.CLASSROOM,
    reportedDaysAgo: 6,
    dueAfterDays: 1,
    estimate: [1800000, 3000000],
    contractor: true,
    steps: [
      ['REPORTED', 'director', 6, 'Water through the ceiling of the top floor after the rain.'],
      ['COSTED', 'maintenance', 5, 'Waterproofing of about 120 m² of roof: beyond our staff.'],
      ['APPROVED', 'principal', 4, 'Give it to the contractor on the district list.'],
      ['ASSIGNED', 'director', 4, 'The director supervises the contractor.'],
      ['STARTED', 'director', 2, null],
    ],
  },
  {
    title: '卫生间水管漏水',
    category: WorkOrderCategory.PLUMBING,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.REPAIRED,
    kind: RoomKind.TOILET,
    reportedDaysAgo: 4,
    dueAfterDays: 3,
    estimate: [10000, 6000],
    steps: [
      ['REPORTED', 'teacher', 4, 'The pipe under the sink drips.'],
      ['COSTED', 'maintenance', 4, null],
      ['APPROVED', 'director', 3, null],
      ['ASSIGNED', 'director', 3, null],
      ['STARTED', 'maintenance', 2, null],
      ['FINISHED', 'maintenance', 2, 'Joint resealed.'],
    ],
  },
  {
    title: '实验室投影仪不亮',
    category: WorkOrderCategory.EQUIPMENT,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.CLOSED,
    kind: RoomKind.LAB,
    reportedDaysAgo: 20,
    dueAfterDays: 3,
    estimate: [5000, 35000],
    actual: [5000, 32000, 0],
    rating: [5, '第二天就修好了, 谢谢!'],
    steps: [
      ['REPORTED', 'teacher', 20, null],
      ['COSTED', 'maintenance', 20, 'A new lamp.'],
      ['APPROVED', 'director', 19, null],
      ['ASSIGNED', 'director', 19, null],
      ['STARTED', 'maintenance', 19, null],
      ['FINISHED', 'maintenance', 19, null],
      ['ACCOUNTED', 'director', 18, null],
      ['RATED', 'teacher', 18, '第二天就修好了, 谢谢!'],
    ],
  },
  {
    title: '四年级1班窗户关不严',
    category: WorkOrderCategory.CARPENTRY,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.CLOSED,
    kind: RoomKind.CLASSROOM,
    reportedDaysAgo: 30,
    dueAfterDays: 3,
    estimate: [6000, 4000],
    actual: [9000, 4000, 0],
    rating: [2, '拖了一周才来修, 而且还是有缝.'],
    steps: [
      ['REPORTED', 'teacher', 30, 'Cold wind through the window frame.'],
      ['COSTED', 'maintenance', 29, null],
      ['APPROVED', 'director', 28, null],
      ['ASSIGNED', 'director', 28, null],
      ['STARTED', 'maintenance', 24, null],
      ['FINISHED', 'maintenance', 23, null],
      ['ACCOUNTED', 'director', 22, 'Two visits were needed.'],
      ['RATED', 'teacher', 21, '拖了一周才来修, 而且还是有缝.'],
    ],
  },
  {
    title: '操场跑道想换成塑胶',
    category: WorkOrderCategory.OTHER,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.REJECTED,
    kind: RoomKind.SPORTS,
    reportedDaysAgo: 12,
    dueAfterDays: 3,
    rejection: 'Not a repair: a renovation project for next year’s budget.',
    steps: [
      ['REPORTED', 'teacher', 12, null],
      ['REJECTED', 'director', 11, 'Not a repair: a renovation project for next year’s budget.'],
    ],
  },
];

/**
 * The demo school's repairs (维修工单): a handful at every step of 申报—核算—研究—维修—决算—评价 — a
 * safety matter reported from a QR link and overdue, one given to a contractor, one rated badly, one
 * rejected — dated back from `now`. Idempotent: skipped when the school has work orders.
 */
export async function seedRepairDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(WorkOrder, { schoolId })) return;
  const places = await demoRooms(dataSource, schoolId);
  if (!places.rooms.length) return;
  const districtId = places.rooms[0].districtId;
  const roomOf = (kind: RoomKind) => places.ofKind(kind)[0] ?? places.rooms[0];
  await dataSource.transaction(async (manager) => {
    for (const demo of FIRST_PRIMARY) {
      const id = demo.hazard?.workOrderId ?? newId();
      const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
      const reportedAt = at(demo.reportedDaysAgo);
      const finished = demo.steps.find(([action]) => action === 'FINISHED');
      const reporter = demo.qr || demo.hazard ? null : (demo.steps[0]?.[1] ?? 'teacher');
      const [labour, materials] = demo.estimate ?? [null, null];
      const [actualLabour, actualMaterials, contractorCost] = demo.actual ?? [null, null, null];
      await manager.insert(WorkOrder, {
        id,
        districtId,
        schoolId,
        title: demo.title,
        description: demo.steps[0]?.[3] ?? demo.title,
        photoRefs: [],
        category: demo.category,
        safety: demo.priority === WorkOrderPriority.SAFETY,
        priority: demo.priority,
        status: demo.status,
        source: demo.hazard ? WorkOrderSource.HAZARD : demo.qr ? WorkOrderSource.QR : WorkOrderSource.STAFF,
        sourceRef: demo.hazard?.hazardId ?? null,
        roomId: roomOf(demo.kind).id,
        assetId: null,
        reporterAccountId: reporter ? account(reporter) : null,
        reporterStaffId: null,
        reporterName: demo.qr ? '李家长' : null,
        reporterPhone: null,
        clientKey: null,
        reportedAt,
        dueAt: new Date(reportedAt.getTime() + demo.dueAfterDays * DAY),
        estimatedLabourFen: labour,
        estimatedMaterialsFen: materials,
        estimateFen: labour == null ? null : labour + materials!,
        resolution: demo.steps.some(([a]) => a === 'APPROVED')
          ? demo.contractor
            ? WorkOrderResolution.CONTRACTOR
            : WorkOrderResolution.IN_HOUSE
          : null,
        contractorSupplierId: demo.contractor ? DEMO_SUPPLIER_IDS.repairs : null,
        rejectionReason: demo.rejection ?? null,
        startedAt: demo.steps.find(([a]) => a === 'STARTED') ? at(demo.steps.find(([a]) => a === 'STARTED')![2]) : null,
        finishedAt: finished ? at(finished[2]) : null,
        repairMinutes: finished ? Math.round((demo.reportedDaysAgo - finished[2]) * 24 * 60) : null,
        actualLabourFen: actualLabour,
        actualMaterialsFen: actualMaterials,
        contractorCostFen: contractorCost,
        actualTotalFen: demo.actual ? demo.actual.reduce((sum, fen) => sum + fen, 0) : null,
        varianceExplanation: null,
        rating: demo.rating?.[0] ?? null,
        ratingComment: demo.rating?.[1] ?? null,
        ratedAt: demo.rating ? at(demo.steps[demo.steps.length - 1][2]) : null,
        statusTokenHash: null,
      });
      if (demo.steps.some(([a]) => a === 'ASSIGNED'))
        await manager.insert(WorkOrderAssignee, {
          workOrderId: id,
          staffId: demoStaffIdFor('firstPrimary', demo.contractor ? 'GENERAL_AFFAIRS_DIRECTOR' : 'PLUMBER'),
          schoolId,
        });
      for (const [i, [action, actor, daysAgo, comment]] of demo.steps.entries())
        await manager.insert(FacilitiesStep, {
          id: newId(),
          districtId,
          schoolId,
          subjectType: 'WORK_ORDER',
          subjectId: id,
          action,
          actorAccountId: account(actor),
          comment,
          occurredAt: new Date(at(daysAgo).getTime() + i * 60_000),
        });
    }
  });
  logger.info({ workOrders: FIRST_PRIMARY.length }, 'seeded the demo repairs: work orders at every step');
}
