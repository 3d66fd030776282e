import { createHash } from 'node:crypto';
import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { DEFAULT_TIME_ZONE, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import {
  DEMO_ACCOUNTS,
  DEMO_DISTRICT,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  demoStaffIdFor,
  demoStaffNumber,
  type DemoSchoolKey,
} from '@houqin/demo';
import { type Room, RoomKind } from '../place/place.entity';
import {
  ConsumableCategory,
  ConsumableItem,
  ConsumableUnit,
  Requisition,
  RequisitionLine,
  RequisitionStatus,
  StoreMovement,
  StoreMovementKind,
  StoreReceipt,
  StoreReceiptLine,
  StoreReceiptSource,
  StoreStock,
} from '../storeroom/storeroom.entity';
import { approvalRequired, issueValueFen } from '../storeroom/storeroom.rules';
import { DEFAULT_REQUISITION_APPROVAL_ABOVE_FEN } from '../storeroom/storeroom-settings.entity';
import { FacilitiesStep } from '../workflow-step.entity';
import { demoRooms, type DemoSchoolPlaces } from './place';

/** The demo's consumables: name, unit, category, reorder point and quantity, unit cost (fen). */
const ITEMS: [string, ConsumableUnit, ConsumableCategory, number, number, number][] = [
  ['白粉笔', ConsumableUnit.BOX, ConsumableCategory.CHALK_STATIONERY, 40, 200, 1250],
  ['彩色粉笔', ConsumableUnit.BOX, ConsumableCategory.CHALK_STATIONERY, 15, 60, 1500],
  ['白板笔', ConsumableUnit.STICK, ConsumableCategory.CHALK_STATIONERY, 30, 100, 300],
  ['A4复印纸', ConsumableUnit.REAM, ConsumableCategory.PAPER, 30, 100, 2300],
  ['8K试卷纸', ConsumableUnit.PACK, ConsumableCategory.PAPER, 20, 60, 3500],
  ['卫生纸', ConsumableUnit.ROLL, ConsumableCategory.PAPER, 80, 400, 250],
  ['LED灯管', ConsumableUnit.PIECE, ConsumableCategory.LIGHTING, 20, 60, 1800],
  ['LED灯泡', ConsumableUnit.PIECE, ConsumableCategory.LIGHTING, 20, 50, 950],
  ['扫帚', ConsumableUnit.HANDLE, ConsumableCategory.CLEANING, 15, 60, 2500],
  ['拖把', ConsumableUnit.HANDLE, ConsumableCategory.CLEANING, 10, 40, 3200],
  ['簸箕', ConsumableUnit.PIECE, ConsumableCategory.CLEANING, 10, 30, 800],
  ['清洁剂', ConsumableUnit.BOTTLE, ConsumableCategory.CLEANING, 20, 60, 1200],
  ['垃圾袋', ConsumableUnit.PACK, ConsumableCategory.CLEANING, 40, 200, 600],
  ['螺丝刀套装', ConsumableUnit.SET, ConsumableCategory.TOOLS, 2, 5, 4500],
];

/** A recurring requisition of a room or department: items and quantities, every `days` days from `phase`. */
interface Plan {
  roomId: string | null;
  departmentId: string | null;
  storeroom: Room;
  lines: [string, number][];
  /** Added every other time (colour chalk and whiteboard pens with every second monthly order). */
  everyOther?: [string, number][];
  days: number;
  phase: number;
  post: string;
}

/** A stable small number from text: the demo's "randomness". */
const hash = (text: string) => createHash('sha256').update(text).digest().readUInt32BE(0);

/** A weekday on or after `day` (requisitions are made on weekdays). */
function weekday(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow === 6 ? shiftDate(day, 2) : dow === 0 ? shiftDate(day, 1) : day;
}
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

/**
 * The requester's account: the demo account of the post where there is one (First Primary's teacher,
 * director, storekeeper), else a stable id standing for the staff member's account (the demo has one
 * account per role, not per person).
 */
function accountOf(school: DemoSchoolKey, post: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.school === school && (a.role === post || (a.role === 'STAFF' && post === 'TEACHER')));
  if (account) return account.id;
  return `01900000-0000-7000-8000-000095${String(demoStaffNumber(school, post)).padStart(6, '0')}`;
}

async function insertChunks<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  // updateEntity(false): no read-back of defaulted columns per row (thousands of rows on the embedded database).
  for (let i = 0; i < rows.length; i += 200)
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + 200) as never)
      .updateEntity(false)
      .execute();
}

/** The recurring requisitions of a school: each classroom's chalk and bags, brooms every 5–9 weeks (Class 3-2: 6), mops; toilets; offices. */
function plansOf(school: DemoSchoolKey, places: DemoSchoolPlaces): Plan[] {
  const plans: Plan[] = [];
  const storeroomOf = (room: Room) => places.storeroom(room.campusId);
  for (const room of places.ofKind(RoomKind.CLASSROOM)) {
    const h = hash(`${school}:${room.campusId}:${room.number}:${room.name}`);
    const isClass32 = school === 'firstPrimary' && room.name.includes('三年级2班') && room.campusId === places.storeroom().campusId;
    const broomWeeks = isClass32 ? 6 : 5 + (h % 5);
    const base = { roomId: room.id, departmentId: null, storeroom: storeroomOf(room), post: 'TEACHER' };
    plans.push({ ...base, lines: [['扫帚', 1]], days: broomWeeks * 7, phase: h % (broomWeeks * 7) });
    plans.push({
      ...base,
      lines: [
        ['白粉笔', 2],
        ['垃圾袋', 2],
      ],
      everyOther: [
        ['彩色粉笔', 1],
        ['白板笔', 2],
      ],
      days: 28,
      phase: (h >> 3) % 28,
    });
    const mopWeeks = 10 + ((h >> 7) % 5);
    plans.push({ ...base, lines: [['拖把', 1]], days: mopWeeks * 7, phase: (h >> 9) % (mopWeeks * 7) });
  }
  for (const room of places.ofKind(RoomKind.TOILET)) {
    const h = hash(`${school}:${room.campusId}:${room.number}:${room.name}`);
    plans.push({
      roomId: room.id,
      departmentId: null,
      storeroom: storeroomOf(room),
      post: 'CLEANER',
      lines: [
        ['卫生纸', 18],
        ['清洁剂', 1],
      ],
      days: 21,
      phase: h % 21,
    });
  }
  const main = places.storeroom();
  const dept = (name: string) => places.departments.find((d) => d.name === name);
  const academic = dept('教务处');
  const affairs = dept('总务处');
  if (academic) {
    plans.push({
      roomId: null,
      departmentId: academic.id,
      storeroom: main,
      post: 'TEACHER',
      lines: [
        ['A4复印纸', 8],
        ['8K试卷纸', 4],
      ],
      days: 28,
      phase: 3,
    });
  }
  if (affairs) {
    plans.push({
      roomId: null,
      departmentId: affairs.id,
      storeroom: main,
      post: 'ELECTRICIAN',
      lines: [
        ['LED灯管', 6],
        ['LED灯泡', 4],
      ],
      days: 42,
      phase: 10,
    });
    plans.push({
      roomId: null,
      departmentId: affairs.id,
      storeroom: main,
      post: 'ELECTRICIAN',
      lines: [
        ['螺丝刀套装', 1],
        ['簸箕', 4],
      ],
      days: 120,
      phase: 30,
    });
  }
  return plans;
}

/**
 * The storeroom part of the demo: at each active school the consumables register (chalk, A4 paper,
 * bulbs, brooms 扫帚, mops, cleaning liquid, toilet paper …), an opening receipt into each campus's
 * storeroom a year ago and restocking receipts whenever stock would run short, and a year of
 * requisitions up to today, each room on its own rhythm — brooms for each classroom every 5–9 weeks
 * (Class 3-2 of First Primary every 6), chalk and bin bags every 4 weeks, mops every 10–14 weeks,
 * toilet paper for the toilets, paper for the 教务处 and bulbs for the 总务处 — requested, issued at
 * moving average cost and signed for; the last days' still issued or waiting; one large order of
 * paper waiting for the director and one rejected. Stock and movements agree. Deterministic from
 * today's date; idempotent (a school with items is left as it is). Needs the places demo first.
 */
export async function seedStoreroomDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const start = shiftDate(today, -365);
  let requisitions = 0;
  for (const school of DEMO_SCHOOL_ORDER) {
    const schoolId = DEMO_SCHOOLS[school].id;
    if (!DEMO_SCHOOLS[school].active || (await dataSource.manager.existsBy(ConsumableItem, { schoolId }))) continue;
    const places = await demoRooms(dataSource, schoolId);
    if (!places.ofKind(RoomKind.STOREROOM).length) continue;
    requisitions += await dataSource.transaction((manager) => seedSchool(manager, school, places, start, today));
  }
  logger.info({ requisitions }, 'seeded the demo storeroom: items, receipts, a year of requisitions');
}

async function seedSchool(
  manager: EntityManager,
  school: DemoSchoolKey,
  places: DemoSchoolPlaces,
  start: string,
  today: string,
): Promise<number> {
  const districtId = DEMO_DISTRICT.id;
  const schoolId = DEMO_SCHOOLS[school].id;
  const own = { districtId, schoolId };
  const storekeeper = accountOf(school, 'STOREKEEPER');
  const director = accountOf(school, 'GENERAL_AFFAIRS_DIRECTOR');
  const items = ITEMS.map(([name, unit, category, reorderPoint, reorderQuantity, cost]) =>
    Object.assign(new ConsumableItem(), {
      ...own,
      id: newId(),
      name,
      unit,
      category,
      reorderPoint,
      reorderQuantity,
      standardUnitCostFen: cost,
      lastUnitCostFen: null as number | null,
      createdAt: at(start, '08:00'),
    }),
  );
  const itemOf = new Map(items.map((item) => [item.name, item]));

  const stock = new Map<string, { quantity: number; valueFen: number }>(); // storeroomId:itemId
  const receipts: StoreReceipt[] = [];
  const receiptLines: StoreReceiptLine[] = [];
  const movements: StoreMovement[] = [];
  const reqs: Requisition[] = [];
  const reqLines: RequisitionLine[] = [];
  const steps: FacilitiesStep[] = [];
  const key = (storeroom: Room, item: ConsumableItem) => `${storeroom.id}:${item.id}`;
  const stockOf = (storeroom: Room, item: ConsumableItem) => {
    const k = key(storeroom, item);
    if (!stock.has(k)) stock.set(k, { quantity: 0, valueFen: 0 });
    return stock.get(k)!;
  };
  let receiptNo = 0;
  const receive = (storeroom: Room, when: Date, lines: [ConsumableItem, number][], note: string) => {
    receiptNo++;
    const receipt = Object.assign(new StoreReceipt(), {
      ...own,
      id: newId(),
      storeroomRoomId: storeroom.id,
      source: StoreReceiptSource.MANUAL,
      purchaseRequestId: null,
      totalFen: 0,
      note,
      recordedByAccountId: storekeeper,
      receivedAt: when,
    });
    lines.forEach(([item, quantity], i) => {
      // the price drifts a little over the year, by a few fen, deterministically
      const unitCostFen = item.standardUnitCostFen + ((receiptNo + i) % 3) * Math.ceil(item.standardUnitCostFen / 100);
      const valueFen = quantity * unitCostFen;
      receipt.totalFen += valueFen;
      receiptLines.push(
        Object.assign(new StoreReceiptLine(), {
          ...own,
          id: newId(),
          receiptId: receipt.id,
          lineNo: i + 1,
          itemId: item.id,
          quantity,
          unitCostFen,
          lineTotalFen: valueFen,
        }),
      );
      const s = stockOf(storeroom, item);
      s.quantity += quantity;
      s.valueFen += valueFen;
      item.lastUnitCostFen = unitCostFen;
      movements.push(
        Object.assign(new StoreMovement(), {
          ...own,
          id: newId(),
          itemId: item.id,
          storeroomRoomId: storeroom.id,
          kind: StoreMovementKind.RECEIPT,
          quantity,
          valueFen,
          balanceAfter: s.quantity,
          receiptId: receipt.id,
          requisitionId: null,
          roomId: null,
          departmentId: null,
          byAccountId: storekeeper,
          occurredAt: when,
        }),
      );
    });
    receipts.push(receipt);
  };

  // Opening stock in every storeroom a year ago.
  for (const storeroom of places.ofKind(RoomKind.STOREROOM)) {
    receive(
      storeroom,
      at(start, '08:30'),
      items.map((item) => [item, item.reorderQuantity]),
      '期初入库 (opening stock)',
    );
  }

  // Every requisition of the year, in date order.
  const plans = plansOf(school, places);
  const events: { day: string; plan: Plan; n: number }[] = [];
  for (const plan of plans) {
    for (let d = plan.phase, n = 0; d <= 365; d += plan.days, n++) {
      const day = weekday(shiftDate(start, d));
      if (day <= today && day > start) events.push({ day, plan, n });
    }
  }
  events.sort(
    (a, b) =>
      a.day.localeCompare(b.day) || (a.plan.roomId ?? a.plan.departmentId ?? '').localeCompare(b.plan.roomId ?? b.plan.departmentId ?? ''),
  );
  // A big order of exam paper for the 教务处 at the start of each term needs the director's approval.
  const academic = places.departments.find((d) => d.name === '教务处');
  const termStarts = [shiftDate(today, -300), shiftDate(today, -90), today].map(weekday).filter((day) => day > start && day <= today);
  if (academic)
    for (const day of termStarts)
      events.push({
        day,
        plan: {
          roomId: null,
          departmentId: academic.id,
          storeroom: places.storeroom(),
          post: 'TEACHER',
          lines: [['A4复印纸', 30]],
          days: 0,
          phase: 0,
        },
        n: -1,
      });
  events.sort((a, b) => a.day.localeCompare(b.day));

  let index = 0;
  let lastDay = '';
  let ofDay = 0;
  for (const { day, plan, n } of events) {
    index++;
    ofDay = day === lastDay ? ofDay + 1 : 0;
    lastDay = day;
    const requester = accountOf(school, plan.post);
    const requesterStaffId = demoStaffIdFor(school, plan.post);
    const age = (Date.parse(today) - Date.parse(day)) / 86_400_000;
    const planned = plan.everyOther && n % 2 === 1 ? [...plan.lines, ...plan.everyOther] : plan.lines;
    const lines = planned.map(([name, quantity]) => [itemOf.get(name)!, quantity] as const);
    const estimate = lines.map(([item, quantity]) => {
      const s = stockOf(plan.storeroom, item);
      return quantity * (s.quantity > 0 ? Math.round(s.valueFen / s.quantity) : (item.lastUnitCostFen ?? item.standardUnitCostFen));
    });
    const estimatedValueFen = estimate.reduce((a, b) => a + b, 0);
    const needsApproval = approvalRequired(estimatedValueFen, DEFAULT_REQUISITION_APPROVAL_ABOVE_FEN);
    // Where it is now: the older ones signed for; today's and yesterday's issued or waiting.
    const rejected = n === -1 && day === termStarts[0];
    let status: RequisitionStatus;
    if (rejected) status = RequisitionStatus.REJECTED;
    else if (age === 0)
      status = needsApproval ? RequisitionStatus.REQUESTED : index % 2 ? RequisitionStatus.APPROVED : RequisitionStatus.ISSUED;
    else if (age <= 3) status = index % 3 ? RequisitionStatus.ISSUED : RequisitionStatus.RECEIVED;
    else status = RequisitionStatus.RECEIVED;
    const issued = status === RequisitionStatus.ISSUED || status === RequisitionStatus.RECEIVED;
    const requestedAt = at(day, '09:10');
    const approvedAt = at(day, '10:00');
    // Issued one after another in the afternoon, so a movement's balance follows the one before it.
    const issuedAt = new Date(at(day, '14:00').getTime() + ofDay * 30_000);
    const receivedAt = at(day, '15:00');
    const requisition = Object.assign(new Requisition(), {
      ...own,
      id: newId(),
      requesterAccountId: requester,
      requesterStaffId,
      roomId: plan.roomId,
      departmentId: plan.departmentId,
      status,
      approvalRequired: needsApproval,
      estimatedValueFen,
      issuedValueFen: null as number | null,
      storeroomRoomId: issued ? plan.storeroom.id : null,
      purpose: n === -1 ? '新学期考试用纸' : null,
      rejectionReason: rejected ? '上月已领足, 请按月领用' : null,
      issuedAt: issued ? issuedAt : null,
      receivedAt: status === RequisitionStatus.RECEIVED ? receivedAt : null,
      version: 1,
      createdAt: requestedAt,
    });
    const step = (action: string, actor: string, when: Date, comment: string | null = null) =>
      steps.push(
        Object.assign(new FacilitiesStep(), {
          ...own,
          id: newId(),
          subjectType: 'REQUISITION',
          subjectId: requisition.id,
          action,
          actorAccountId: actor,
          comment,
          occurredAt: when,
        }),
      );
    step('REQUESTED', requester, requestedAt, requisition.purpose);
    if (needsApproval && status !== RequisitionStatus.REQUESTED && !rejected) step('APPROVED', director, approvedAt, '同意');
    if (rejected) step('REJECTED', director, approvedAt, requisition.rejectionReason);
    let issuedTotal = 0;
    lines.forEach(([item, quantity], i) => {
      let issuedValueFen: number | null = null;
      if (issued) {
        const s = stockOf(plan.storeroom, item);
        if (s.quantity < quantity) {
          // Restocked just before, as the storekeeper would have: the item's reorder quantity (or what is needed).
          receive(
            plan.storeroom,
            new Date(issuedAt.getTime() - 10_000),
            [[item, Math.max(item.reorderQuantity, quantity)]],
            '补货入库 (restocking)',
          );
        }
        issuedValueFen = issueValueFen(s.quantity, s.valueFen, quantity);
        s.quantity -= quantity;
        s.valueFen -= issuedValueFen;
        issuedTotal += issuedValueFen;
        movements.push(
          Object.assign(new StoreMovement(), {
            ...own,
            id: newId(),
            itemId: item.id,
            storeroomRoomId: plan.storeroom.id,
            kind: StoreMovementKind.ISSUE,
            quantity: -quantity,
            valueFen: -issuedValueFen,
            balanceAfter: s.quantity,
            receiptId: null,
            requisitionId: requisition.id,
            roomId: plan.roomId,
            departmentId: plan.departmentId,
            byAccountId: storekeeper,
            occurredAt: issuedAt,
          }),
        );
      }
      reqLines.push(
        Object.assign(new RequisitionLine(), {
          ...own,
          id: newId(),
          requisitionId: requisition.id,
          lineNo: i + 1,
          itemId: item.id,
          quantity,
          note: null,
          estimatedValueFen: estimate[i],
          issuedValueFen,
        }),
      );
    });
    if (issued) {
      requisition.issuedValueFen = issuedTotal;
      step('ISSUED', storekeeper, issuedAt);
    }
    if (status === RequisitionStatus.RECEIVED) step('RECEIVED', requester, receivedAt);
    reqs.push(requisition);
  }

  const stockRows = [...stock.entries()].map(([k, s]) => {
    const [storeroomRoomId, itemId] = k.split(':');
    return Object.assign(new StoreStock(), {
      ...own,
      id: newId(),
      itemId,
      storeroomRoomId,
      quantity: s.quantity,
      valueFen: s.valueFen,
      updatedAt: at(today, '08:00'),
    });
  });
  await insertChunks(manager, ConsumableItem, items);
  await insertChunks(manager, StoreReceipt, receipts);
  await insertChunks(manager, StoreReceiptLine, receiptLines);
  await insertChunks(manager, StoreStock, stockRows);
  await insertChunks(manager, Requisition, reqs);
  await insertChunks(manager, RequisitionLine, reqLines);
  await insertChunks(manager, StoreMovement, movements);
  await insertChunks(manager, FacilitiesStep, steps);
  return reqs.length;
}
