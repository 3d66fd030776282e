import { z } from 'zod';
import { defineEvent, field } from '../event-definition';

/** What both duty notices say of an occurrence (duty/, the reminder job). */
const dutyNotice = {
  occurrenceId: field.id().describe('The occurrence (任务实例).'),
  taskId: field.id().describe('Its duty task.'),
  schoolId: field.id().describe('The school.'),
  title: field.text(200).describe('What is to be done.'),
  kind: z.enum(['ROUTINE', 'URGENT']).describe('A routine (常规) or an urgent (突击) task.'),
  deadline: z.iso.datetime().describe('Its deadline (截止时间), an instant.'),
  deadlineLocal: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    .describe('The deadline as the school reads it: YYYY-MM-DD HH:mm in the school’s zone.'),
  responsibleStaffId: field.id().describe('The person responsible (责任人).'),
};

/**
 * Events facilities publishes. Each concept adds its events here under its own heading: an approved
 * disposal tells finance to write the asset off; a reorder list asks finance for a draft purchase
 * request; a meter anomaly (a suspected leak) is raised for part 2's work orders; a repair's final
 * account tells finance to post its cost against the repairs budget.
 */
export const facilitiesEvents = {
  // place/:     facilities.room.changed
  roomChanged: defineEvent({
    type: 'facilities.room.changed',
    version: 1,
    publisher: 'facilities',
    description:
      "A room (房间) was registered or changed (name, number, use, floor): the room's whole facts, published in the change's transaction. Safety keeps a copy so a hazard, a zone or an inspection names only a room of its own school; the room's school is its campus's (a campus move in the directory takes its rooms along).",
    payload: z.object({
      roomId: field.id().describe('The room.'),
      schoolId: field.id().describe('The school that has it at publication (its campus’s school).'),
      campusId: field.id().describe('The campus it is on.'),
      buildingId: field.id().describe('The building it is in.'),
      floor: z.int().describe('Its floor: 1 the ground floor, -1 the first basement.'),
      number: field.text(20).describe('Its number in the building, e.g. "203".'),
      name: field.text(100).describe('Its name, e.g. "Class 3-2 (三年级2班)".'),
      kind: z
        .enum(['CLASSROOM', 'LAB', 'OFFICE', 'DORMITORY', 'CANTEEN', 'TOILET', 'STOREROOM', 'SPORTS', 'OTHER'])
        .describe('Its use (RoomKind, 房间用途).'),
    }),
  }),
  // disposal/:  facilities.asset.disposed
  assetDisposed: defineEvent({
    type: 'facilities.asset.disposed',
    version: 1,
    publisher: 'facilities',
    description:
      "A fixed asset's disposal (报废/处置) was approved at its last level: published once per disposal, in the approval's transaction; finance records the write-off (资产核销) against the school's books, once.",
    payload: z.object({
      disposalId: field.id().describe('The disposal request (处置申请).'),
      assetId: field.id().describe('The asset written off (资产卡片).'),
      schoolId: field.id().describe('The school whose register carried it.'),
      tagNumber: field.text(40).describe("The asset's tag number (资产编号), unique per school."),
      name: field.text(200).describe("The asset's name."),
      classCode: field.text(20).describe('Its classification code (GB/T 14885 资产分类代码).'),
      costFen: field.fen().describe('Its acquisition cost (原值) in fen.'),
      accumulatedDepreciationFen: field.fen().describe('Depreciation accumulated (累计折旧) up to the disposal month, in fen.'),
      netBookValueFen: field.fen().describe('Net book value (净值) = cost − accumulated depreciation, in fen.'),
      method: z
        .enum(['SCRAPPED', 'SOLD', 'TRANSFERRED', 'DONATED', 'LOST'])
        .describe('How it leaves the register: scrapped (报废), sold (出售), transferred (调拨), donated (捐赠), lost (盘亏/丢失).'),
      proceedsFen: field.fen().describe('Money received for it (处置收入), in fen; 0 when none.'),
      disposedOn: field.date().describe('The day the disposal was approved.'),
    }),
  }),
  // reorder/:   facilities.reorder.requested
  reorderRequested: defineEvent({
    type: 'facilities.reorder.requested',
    version: 1,
    publisher: 'facilities',
    description:
      "A storekeeper or the general-affairs director turned a storeroom's reorder list (补货清单: items at or below their reorder point) into a purchase: published once per reorder request, in its transaction; finance creates one DRAFT purchase request (采购申请草稿) with these lines, which the requester submits into the approval flow. Its receipt comes back as finance.purchaseRequest.received.",
    payload: z.object({
      reorderId: field.id().describe('The reorder request (ReorderRequest); the draft carries it as its source reference.'),
      schoolId: field.id().describe('The school buying.'),
      storeroomRoomId: field.id().describe('The storeroom (仓库) the goods go into when received.'),
      requestedByAccountId: field.id().describe("The requester's account (the storekeeper's): the draft's requester, who submits it."),
      requestedByStaffId: field.id().nullable().describe("The requester's staff record; null for an account without one."),
      title: field.text(200).describe('A title for the draft, e.g. "补货: 白粉笔 等 2 项".'),
      lines: z
        .array(
          z.object({
            itemId: field.id().describe('The consumable item (ConsumableItem): finance keeps it as the line’s sourceItemId.'),
            itemName: field.text(100).describe("The item's name."),
            unit: field.text(12).describe("The item's unit (计量单位), e.g. BOX, HANDLE."),
            quantity: z.int().positive().describe('Units to buy.'),
            estimatedUnitPriceFen: field
              .fen()
              .describe("Estimated price of one unit in fen: the item's last receipt cost, else its standard cost."),
          }),
        )
        .min(1)
        .max(100)
        .describe('What to buy, one line per item.'),
      estimatedTotalFen: field.fen().describe('Sum of quantity × estimated unit price over the lines, in fen.'),
    }),
  }),
  // meter/:     facilities.meter.anomaly
  meterAnomaly: defineEvent({
    type: 'facilities.meter.anomaly',
    version: 1,
    publisher: 'facilities',
    description:
      "A utility meter's readings showed an anomaly (水电表异常): use at night or on a non-school day far above the meter's own baseline, or a reading lower than the last one (meter swap or error). Published once per meter, kind and interval, in the transaction of the reading that revealed it; part 2 turns a suspected leak (漏水) into a work order.",
    payload: z.object({
      anomalyId: field.id().describe('The anomaly record (MeterAnomaly).'),
      meterId: field.id().describe('The meter (UtilityMeter).'),
      schoolId: field.id().describe('The school the meter belongs to.'),
      campusId: field.id().describe('The campus the meter is on (or measures as a whole).'),
      buildingId: field.id().nullable().describe('The building the meter is on; null for a campus meter.'),
      utility: z.enum(['WATER', 'ELECTRICITY', 'GAS']).describe('What the meter measures: water (水), electricity (电) or gas (燃气).'),
      kind: z
        .enum(['NIGHT_USE', 'NON_SCHOOL_DAY_USE', 'READING_DECREASED'])
        .describe(
          'Night use above baseline (夜间用量异常), non-school-day use above baseline (非上学日用量异常), or a reading lower than the last (读数倒退).',
        ),
      from: z.iso.datetime().describe('Start of the interval (UTC instant): the earlier reading, or the start of the non-school day.'),
      to: z.iso.datetime().describe('End of the interval (UTC instant): the later reading, or the end of the non-school day.'),
      consumption: z
        .string()
        .regex(/^\d+\.\d{3}$/)
        .describe(
          "Consumption in the interval in the meter's unit (m³ or kWh, × multiplier), exact with 3 decimals; for READING_DECREASED how much lower the reading is.",
        ),
      baseline: z
        .string()
        .regex(/^\d+\.\d{3}$/)
        .nullable()
        .describe(
          "The meter's own baseline it was compared with, same unit and basis (per hour for NIGHT_USE, per day for NON_SCHOOL_DAY_USE); null for READING_DECREASED.",
        ),
      suspectedLeak: z
        .boolean()
        .describe('True for water NIGHT_USE and NON_SCHOOL_DAY_USE: a suspected leak (疑似漏水) to send someone to.'),
    }),
  }),
  // repair/:    facilities.workOrder.accounted
  workOrderAccounted: defineEvent({
    type: 'facilities.workOrder.accounted',
    version: 1,
    publisher: 'facilities',
    description:
      "A repair work order's final account (维修决算) was recorded: published once per work order, in the final account's transaction; finance posts the expense against the school's repairs budget line (预算科目 REPAIRS; its block/warn policy applies), once.",
    payload: z.object({
      workOrderId: field.id().describe('The work order (维修工单).'),
      schoolId: field.id().describe('The school whose repair it was.'),
      title: field.text(200).describe('What was repaired, e.g. "三年级2班水龙头漏水".'),
      category: z
        .enum(['ELECTRICAL', 'PLUMBING', 'CARPENTRY', 'BUILDING', 'EQUIPMENT', 'OTHER'])
        .describe('The kind of repair: electrical (电), plumbing (水), carpentry (木工), building (土建), equipment (设备), other.'),
      labourFen: field.fen().describe('Actual labour cost (人工费), in fen.'),
      materialsFen: field.fen().describe('Actual materials cost (材料费), storeroom issues included, in fen.'),
      storeroomMaterialsFen: field
        .fen()
        .describe(
          'The part of materialsFen issued from the school’s storeroom (维修领料): goods bought and paid for before, not a new expense.',
        ),
      contractorFen: field.fen().describe('What the contractor (外包单位) is paid, in fen; 0 for an in-house repair.'),
      totalFen: field.fen().describe('labourFen + materialsFen + contractorFen: the expense to post.'),
      estimateFen: field.fen().describe('The approved estimate (核算) it is compared with, in fen.'),
      contractorSupplierId: field.id().nullable().describe("The contractor, one of finance's suppliers; null for an in-house repair."),
      accountedOn: field.date().describe('The day of the final account.'),
      accountedByAccountId: field.id().describe('Who recorded the final account.'),
    }),
  }),
  // repair/:    facilities.workOrder.closed
  workOrderClosed: defineEvent({
    type: 'facilities.workOrder.closed',
    version: 1,
    publisher: 'facilities',
    description:
      'A repair work order ended: closed after its final account (and the rating, when it has a reporter), or rejected at review. Published once per work order, in that transaction, so the source that opened it (a meter anomaly, a safety hazard) learns the outcome.',
    payload: z.object({
      workOrderId: field.id().describe('The work order (维修工单).'),
      schoolId: field.id().describe('The school.'),
      source: z
        .enum(['STAFF', 'QR', 'METER', 'HAZARD', 'PM'])
        .describe(
          'What opened it: a staff member, a QR report, a meter anomaly (疑似漏水), a safety hazard (隐患), a maintenance schedule (预防性维护).',
        ),
      sourceRef: field
        .id()
        .nullable()
        .describe('The record that opened it (the meter anomaly, the hazard, the maintenance occurrence); null for a report.'),
      outcome: z.enum(['CLOSED', 'REJECTED']).describe('Repaired and closed, or rejected at review.'),
      finishedAt: z.iso.datetime().nullable().describe('When the repair was finished; null when rejected.'),
      comment: field.text(500).nullable().describe('The rejection reason, or the last step’s comment.'),
    }),
  }),
  // repair/:    facilities.workOrder.overdue
  workOrderOverdue: defineEvent({
    type: 'facilities.workOrder.overdue',
    version: 1,
    publisher: 'facilities',
    description:
      'A repair work order is still open after its due time (超期): the scheduled job escalates it once to the general-affairs director, and once more to the principal when it is still open a day after its due time. The directory tells them.',
    payload: z.object({
      workOrderId: field.id().describe('The work order (维修工单).'),
      schoolId: field.id().describe('The school.'),
      title: field.text(200).describe('What is to be repaired.'),
      priority: z.enum(['SAFETY', 'URGENT', 'NORMAL']).describe('Its priority (优先级).'),
      dueAt: z.iso.datetime().describe('When it was due.'),
      level: z.enum(['DIRECTOR', 'PRINCIPAL']).describe('Whom it is escalated to now: the general-affairs director, then the principal.'),
    }),
  }),
  // duty/:     facilities.duty.due
  dutyDue: defineEvent({
    type: 'facilities.duty.due',
    version: 1,
    publisher: 'facilities',
    description:
      'A duty task occurrence is due today (工作提醒): the reminder job announces it once, at 07:00 on its day in the school’s zone (an hour before an earlier deadline, at once for an urgent task set later). The directory tells the person responsible.',
    payload: z.object(dutyNotice),
  }),
  // duty/:     facilities.duty.overdue
  dutyOverdue: defineEvent({
    type: 'facilities.duty.overdue',
    version: 1,
    publisher: 'facilities',
    description:
      'A duty task occurrence is still to do after its deadline (逾期): the reminder job announces it once (not for deadlines more than a week old). The directory tells the person responsible and the checker.',
    payload: z.object({ ...dutyNotice, checkerStaffId: field.id().describe('The checker (检查人).') }),
  }),
};
